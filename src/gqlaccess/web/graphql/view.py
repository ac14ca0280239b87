"""Strawberry's ASGI view with our context, behind the GraphQL-over-HTTP layer (`http.py`).

The protocol layer has refused what the transport does not take (non-JSON POST bodies, batches,
mutations over GET) and parsed the request onto the scope; the view runs it on the compiled fast
path when it can, else through Strawberry, and labels every GraphQL error with `extensions.code`.
GET runs queries only outside production (GraphiQL).
"""

from __future__ import annotations

from typing import Any

import orjson
from cross_web import HTTPException, StarletteRequestAdapter
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.types import ExecutionResult

from ...graphql.context import Context
from ...graphql.extensions import label_error
from ...graphql.fastpath import FastPath
from ...graphql.loaders import Loaders
from ...observability import metrics
from ...policy.principal import ANONYMOUS
from .. import graphiql
from ..runtime import Runtime
from . import refusals
from .http import PREPARED_REQUEST, GraphQLOverHTTP


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


class ScopedRequestAdapter(StarletteRequestAdapter):
    @property
    def prepared(self) -> dict[str, Any] | None:
        """The request the protocol layer parsed (None for GraphiQL's page)."""
        return self._request.scope.get(PREPARED_REQUEST)


class GraphQLView(GraphQL):  # type: ignore[type-arg]
    request_adapter_class = ScopedRequestAdapter

    def __init__(self, runtime: Runtime) -> None:
        settings = runtime.settings
        super().__init__(
            runtime.schema,
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            allow_queries_via_get=not settings.is_production,
        )
        self.runtime = runtime
        # GraphQL-over-HTTP rules, persisted queries and idempotency keys (http.py).
        # It runs first, then `_handle` (the transport refusals, labelled) and Strawberry.
        self.protocol = GraphQLOverHTTP(self._answer, settings, lambda: runtime.redis.pool)
        # --- compiled fast path (graphql/fastpath, issue 8); GQLACCESS_FASTPATH=0 turns it off ---
        self.fastpath: FastPath | None = FastPath(runtime.schema, settings) if settings.fastpath else None

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A prepared operation: the compiled plan when it has one, else `_handle` (Strawberry)."""
        prepared = scope.get(PREPARED_REQUEST)
        if (
            self.fastpath is not None and prepared is not None and scope["type"] == "http"
            and (scope["method"] == "POST" or self.allow_queries_via_get)  # GET is closed in production
        ):
            answer = await self.fastpath.execute(prepared, scope.get("principal", ANONYMOUS))
            metrics.count(metrics.FASTPATH, "hit" if answer is not None else "fallback")
            if answer is not None:
                await Response(answer, media_type="application/json")(scope, receive, send)
                return
        await self._handle(scope, receive, send)

    def encode_json(self, data: object) -> bytes:
        # orjson for every response: both paths encode alike (and faster than json.dumps).
        return orjson.dumps(data)
    # --- end of the fast path hook ---

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.protocol(scope, receive, send)

    @property
    def graphql_ide_html(self) -> str:
        return graphiql.page_html()  # every asset served by the service (web/graphiql), no CDN

    async def render_graphql_ide(self, request: Request) -> Response:
        return graphiql.page()

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A request the protocol layer prepared (e.g. a persisted query by hash) is an operation.
        return request.prepared is None and super().should_render_graphql_ide(request)

    async def parse_http_body(self, request_adapter: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        prepared = request_adapter.prepared
        if prepared is None:
            return await super().parse_http_body(request_adapter)
        return GraphQLRequestData(
            query=prepared.get("query"),
            variables=prepared.get("variables"),
            operation_name=prepared.get("operationName"),
            extensions=prepared.get("extensions"),
        )

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as exc:
            await refusals.send_refusal(send, refusals.from_strawberry(exc))
            return
        await response(scope, receive, send)

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        data = await super().process_result(request, result)
        suggestions = self.runtime.settings.field_suggestions_enabled
        for error in data.get("errors") or []:
            label_error(error, suggestions=suggestions)  # type: ignore[arg-type]
        return data

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
