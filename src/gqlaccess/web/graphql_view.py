"""Strawberry's ASGI view with our context."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLRequestData

from ..graphql.context import Context
from ..graphql.fastpath import FastPath
from ..graphql.loaders import Loaders
from ..policy.principal import ANONYMOUS
from .graphql_http import PREPARED_REQUEST, GraphQLOverHTTP
from .runtime import Runtime


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


class GraphQLView(GraphQL):  # type: ignore[type-arg]
    def __init__(self, runtime: Runtime) -> None:
        settings = runtime.settings
        super().__init__(
            runtime.schema,
            graphql_ide=None if settings.is_production else "graphiql",
            allow_queries_via_get=True,
        )
        self.runtime = runtime
        # GraphQL-over-HTTP rules, persisted queries and idempotency keys (web/graphql_http.py).
        self.protocol = GraphQLOverHTTP(self._answer, settings, lambda: runtime.redis.pool)
        # --- compiled fast path (graphql/fastpath, issue 8); GQLACCESS_FASTPATH=0 turns it off ---
        self.fastpath: FastPath | None = FastPath(runtime.schema, settings) if settings.fastpath else None

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A prepared operation: the compiled plan when it has one, else Strawberry."""
        prepared = PREPARED_REQUEST.get()
        if self.fastpath is not None and prepared is not None and scope["type"] == "http":
            answer = await self.fastpath.execute(prepared, scope.get("principal", ANONYMOUS))
            if answer is not None:
                await Response(answer, media_type="application/json")(scope, receive, send)
                return
        await GraphQL.__call__(self, scope, receive, send)

    def encode_json(self, data: object) -> bytes:
        # orjson for every response: both paths encode alike (and faster than json.dumps).
        return orjson.dumps(data)
    # --- end of the fast path hook ---

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.protocol(scope, receive, send)

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A request the protocol layer prepared (e.g. a persisted query by hash) is an operation.
        return PREPARED_REQUEST.get() is None and super().should_render_graphql_ide(request)

    async def parse_http_body(self, request_adapter: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        prepared = PREPARED_REQUEST.get()
        if prepared is None:
            return await super().parse_http_body(request_adapter)
        return GraphQLRequestData(
            query=prepared.get("query"),
            variables=prepared.get("variables"),
            operation_name=prepared.get("operationName"),
            extensions=prepared.get("extensions"),
        )

    async def get_context(self, request: Request, response: Response) -> Any:  # type: ignore[override]
        runtime = self.runtime
        return Context(
            request=request,
            response=response,
            settings=runtime.settings,
            principal=request.scope.get("principal", ANONYMOUS),
            deps=runtime.deps,
            throttle=runtime.throttle,
            loaders=Loaders(),
            ip=client_ip(request),
        )
