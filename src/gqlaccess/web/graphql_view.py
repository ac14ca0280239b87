"""Strawberry's ASGI view with our context."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send
from strawberry.asgi import GraphQL

from ..graphql.context import Context
from ..graphql.fastpath import FastPath
from ..graphql.loaders import Loaders
from ..policy.principal import ANONYMOUS
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
        # --- compiled fast path (graphql/fastpath, issue 8); GQLACCESS_FASTPATH=0 turns it off ---
        self.fastpath: FastPath | None = (
            FastPath(runtime.schema, settings) if settings.fastpath else None
        )

    def encode_json(self, data: object) -> bytes:
        # orjson for every response, so both paths encode alike (and faster than json.dumps).
        return orjson.dumps(data)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.fastpath is None or scope["type"] != "http" or scope["method"] != "POST" or not _is_json(scope):
            await super().__call__(scope, receive, send)
            return
        body, receive = await _read_body(receive)
        answer = await self.fastpath.execute(body, scope.get("principal", ANONYMOUS))
        if answer is None:
            await super().__call__(scope, receive, send)
            return
        await Response(answer, media_type="application/json")(scope, receive, send)
    # --- end of the fast path hook ---

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


def _is_json(scope: Scope) -> bool:
    for name, value in scope["headers"]:
        if name == b"content-type":
            return value.split(b";", 1)[0].strip().lower() == b"application/json"
    return False


async def _read_body(receive: Receive) -> tuple[bytes, Receive]:
    """Reads the whole body and returns a receive that replays it for the normal executor."""
    chunks: list[bytes] = []
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    body = b"".join(chunks)
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay
