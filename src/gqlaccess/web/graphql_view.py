"""Strawberry's ASGI view with our context, and the transport rules of issue 9.

- POST bodies must be `application/json`: form-encoded, multipart and text/plain bodies are the
  ones a browser sends cross-site without a CORS preflight, so they are refused (CSRF).
- JSON array batches are refused (one operation per request keeps the per-request limits and
  throttles meaningful).
- GET runs queries only outside production (GraphiQL); mutations never run over GET.
- Every refusal is JSON with `extensions.code`; unlabelled GraphQL errors get a code too.

The integrator branch's web/graphql_http.py applies the same transport rules (same codes); when
both are merged, its layer runs first and the content-type check here is a harmless second gate.
"""

from __future__ import annotations

from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.types import ExecutionResult

from ..graphql.context import Context
from ..graphql.extensions import label_error
from ..graphql.fastpath import FastPath
from ..graphql.loaders import Loaders
from ..policy.principal import ANONYMOUS
from .graphql_http import PREPARED_REQUEST, GraphQLOverHTTP
from .runtime import Runtime


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def refusal(status: int, code: str, message: str) -> Response:
    body = orjson.dumps({"errors": [{"message": message, "extensions": {"code": code}}]})
    return Response(body, status_code=status, media_type="application/json")


def _code_for(exc: HTTPException) -> str:
    reason = (exc.reason or "").lower()
    if exc.status_code == 405 or "not allowed when using get" in reason:
        return "METHOD_NOT_ALLOWED"
    if "json" in reason:
        return "INVALID_JSON"
    return {404: "NOT_FOUND", 413: "PAYLOAD_TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE"}.get(
        exc.status_code, "BAD_REQUEST"
    )


class GraphQLView(GraphQL):  # type: ignore[type-arg]
    def __init__(self, runtime: Runtime) -> None:
        settings = runtime.settings
        super().__init__(
            runtime.schema,
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            allow_queries_via_get=not settings.is_production,
        )
        self.runtime = runtime
        # GraphQL-over-HTTP rules, persisted queries and idempotency keys (web/graphql_http.py).
        # It runs first, then `_handle` (the transport refusals, labelled) and Strawberry.
        self.protocol = GraphQLOverHTTP(self._answer, settings, lambda: runtime.redis.pool)
        # --- compiled fast path (graphql/fastpath, issue 8); GQLACCESS_FASTPATH=0 turns it off ---
        self.fastpath: FastPath | None = FastPath(runtime.schema, settings) if settings.fastpath else None

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A prepared operation: the compiled plan when it has one, else `_handle` (Strawberry)."""
        prepared = PREPARED_REQUEST.get()
        if (
            self.fastpath is not None and prepared is not None and scope["type"] == "http"
            and (scope["method"] == "POST" or self.allow_queries_via_get)  # GET is closed in production
        ):
            answer = await self.fastpath.execute(prepared, scope.get("principal", ANONYMOUS))
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

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        response: Response
        if request.method == "POST" and not _is_json(request.headers.get("content-type", "")):
            response = refusal(
                415, "UNSUPPORTED_MEDIA_TYPE",
                "Send GraphQL requests as application/json (form and text bodies are refused).",
            )
        else:
            try:
                response = await self.run(request)
            except HTTPException as exc:
                code = _code_for(exc)
                status = 405 if code == "METHOD_NOT_ALLOWED" else exc.status_code
                message = exc.reason or "Bad request."
                if "batching" in message.lower():
                    message = "The body must be one JSON object (no batches)."
                response = refusal(status, code, message)
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


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))
