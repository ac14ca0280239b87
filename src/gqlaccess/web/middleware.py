"""Pure ASGI middleware (no BaseHTTPMiddleware: it costs a task per request)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..outages import UNAVAILABLE_BODY, is_dependency_outage
from ..policy.principal import ANONYMOUS
from ..services.auth.sessions import authenticate_bearer
from .graphql.refusals import payload_too_large, request_timeout, send_refusal


class BearerAuthMiddleware:
    """Resolves `Authorization: Bearer …` once per request into scope["principal"]."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope["principal"] = ANONYMOUS
            for name, value in scope["headers"]:
                if name == b"authorization":
                    scheme, _, secret = value.decode("latin-1").partition(" ")
                    if scheme.lower() == "bearer" and secret.strip():
                        try:
                            scope["principal"] = await authenticate_bearer(secret.strip())
                        except Exception as exc:
                            if not is_dependency_outage(exc):
                                raise
                            await _unavailable(send)  # the database is down: typed 503, not a bare 500
                            return
                    break
        await self.app(scope, receive, send)


class BodySizeLimitMiddleware:
    """Refuses bodies over the limit with 413, whether announced or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await _too_large(send)
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge()
            return message

        await _refusing_on(_BodyTooLarge, self.app, scope, limited_receive, send, _too_large)


async def _unavailable(send: Send) -> None:
    headers: list[Any] = [
        (b"content-type", b"application/json"), (b"content-length", str(len(UNAVAILABLE_BODY)).encode()),
        (b"retry-after", b"5"),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": UNAVAILABLE_BODY})


class _BodyTooLarge(Exception):
    pass


async def _refusing_on(
    refusal: type[Exception], app: ASGIApp, scope: Scope, receive: Receive, send: Send,
    answer: Callable[[Send], Awaitable[None]],
) -> None:
    """Runs the app; when the wrapped `receive` raises `refusal`, answers with `answer` unless
    a response has already started."""
    response_started = False

    async def tracking_send(message: Message) -> None:
        nonlocal response_started
        if message["type"] == "http.response.start":
            response_started = True
        await send(message)

    try:
        await app(scope, receive, tracking_send)
    except refusal:
        if not response_started:
            await answer(send)


async def _timed_out(send: Send) -> None:
    await send_refusal(send, request_timeout())


async def _too_large(send: Send) -> None:
    await send_refusal(send, payload_too_large())


class BodyTimeoutMiddleware:
    """Refuses a client that takes longer than `timeout` seconds to send its body (slow-loris) with 408.

    uvicorn bounds idle keep-alive connections but not a body trickled a byte at a time; without
    this a few hundred such clients hold every connection slot.
    """

    def __init__(self, app: ASGIApp, timeout: float) -> None:
        self.app = app
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        body_done = False

        async def timed_receive() -> Message:
            nonlocal body_done
            if body_done:
                return await receive()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(deadline - loop.time(), 0.001))
            except TimeoutError:
                raise _BodyTimeout() from None
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_done = True
            return message

        await _refusing_on(_BodyTimeout, self.app, scope, timed_receive, send, _timed_out)


class _BodyTimeout(Exception):
    pass
