"""CORS for the GraphQL endpoint: Starlette's middleware, an allowlist of exact origins.

Browsers on other origins (an SPA, a console on its own port) call `/graphql` with a bearer
token, never with cookies, so credentials stay off and `*` is never answered. Development
allows loopback origins on any port by default (`http://localhost:5173`, `http://127.0.0.1:3000`);
production allows only `GQLACCESS_CORS_ORIGINS`.

Two tightenings of Starlette's behaviour, both about origins the list does not hold:
- a refused preflight (origin, method or header) answers 400 with no `Access-Control-*` header
  at all (Starlette keeps its allowed methods, headers and max-age on the refusal);
- an ordinary response to such an origin carries no `Access-Control-Expose-Headers` either.
A preflight never reaches the application (no side effect). The CSRF protections stay where they
are (`web/graphql/http.py`): JSON-only POST bodies, queries only over GET.
"""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Settings

CORS_PATHS = frozenset({"/graphql"})
ALLOWED_METHODS = ("GET", "POST")
# Every request header the API reads, plus the ones GraphQL clients send with their operations:
# Apollo's client awareness and CSRF-prevention headers (APQ itself travels in `extensions`).
ALLOWED_HEADERS = (
    "Authorization", "Content-Type", "Accept", "Idempotency-Key",
    "apollographql-client-name", "apollographql-client-version", "apollo-require-preflight",
    "x-apollo-operation-name",
)
EXPOSED_HEADERS = ("Idempotent-Replayed", "Retry-After", "RateLimit", "RateLimit-Policy")
# Chromium caps a cached preflight at 2 hours; a longer value would only be ignored.
MAX_AGE_SECONDS = 7200


class AllowlistCORSMiddleware(CORSMiddleware):
    """Starlette's CORSMiddleware on `CORS_PATHS` only, silent towards origins it refuses."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        super().__init__(
            app,
            allow_origins=settings.cors_origins,
            allow_origin_regex=settings.cors_origin_regex,
            allow_methods=ALLOWED_METHODS,
            allow_headers=ALLOWED_HEADERS,
            allow_credentials=False,
            expose_headers=EXPOSED_HEADERS,
            max_age=MAX_AGE_SECONDS,
        )
        self.inner = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in CORS_PATHS:
            await self.inner(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code == 200:
            return response
        refusal = PlainTextResponse("Disallowed CORS request", status_code=400)
        refusal.headers["vary"] = response.headers["vary"]
        return refusal

    async def send(self, message: Message, send: Send, request_headers: Headers) -> None:
        origin = request_headers.get("origin")
        if message["type"] != "http.response.start" or origin is None or self.is_allowed_origin(origin):
            await super().send(message, send, request_headers)
            return
        message.setdefault("headers", [])
        headers = MutableHeaders(scope=message)
        headers["vary"] = ", ".join([*headers.getlist("vary"), "Origin"])
        await send(message)
