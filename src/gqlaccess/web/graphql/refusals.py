"""Every HTTP-level refusal of the GraphQL endpoint, one place: status, `extensions.code`, message.

The transport layers raise these (`ProtocolError`) or answer them directly from a middleware
(`send_refusal`); the body is always a GraphQL response with `extensions.code`.
"""

from __future__ import annotations

from typing import Any

import orjson
from cross_web import HTTPException
from starlette.types import Send

from .protocol import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON


class ProtocolError(Exception):
    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extensions = extensions or {}


def error_body(error: ProtocolError) -> bytes:
    extensions = {"code": error.code, **error.extensions}
    return orjson.dumps({"errors": [{"message": error.message, "extensions": extensions}]})


def not_acceptable() -> ProtocolError:  # 406
    return ProtocolError(406, "NOT_ACCEPTABLE", f"Accept {APPLICATION_JSON} or {GRAPHQL_RESPONSE_JSON}.")


def method_not_allowed() -> ProtocolError:  # 405
    return ProtocolError(405, "METHOD_NOT_ALLOWED", "Mutations need POST.", {"allow": "POST"})


def unsupported_media_type() -> ProtocolError:  # 415
    return ProtocolError(
        415, "UNSUPPORTED_MEDIA_TYPE",
        "Send the request body as application/json (form and text posts are refused: CSRF).",
    )


def payload_too_large() -> ProtocolError:  # 413
    return ProtocolError(413, "PAYLOAD_TOO_LARGE", "Request body too large.")


def request_timeout() -> ProtocolError:  # 408
    return ProtocolError(408, "REQUEST_TIMEOUT", "The request body was not received in time.", {"connection": "close"})


def rate_limited(retry_after: int, cost: int, quota: int) -> ProtocolError:  # 429
    message = (
        f"This request costs {cost} points, more than the {quota} points per minute allowed."
        if cost > quota else f"Rate limit reached ({quota} points per minute). Retry in {retry_after} s."
    )
    return ProtocolError(
        429, "RATE_LIMITED", message, {"retry-after": str(retry_after)},
        {"retryAfter": retry_after, "cost": cost, "limit": quota},
    )


def from_strawberry(exc: HTTPException) -> ProtocolError:
    """Strawberry's own refusals (plain text) as labelled ones."""
    reason = exc.reason or "Bad request."
    lowered = reason.lower()
    if exc.status_code == 405 or "not allowed when using get" in lowered:
        return ProtocolError(405, "METHOD_NOT_ALLOWED", reason)
    if "batching" in lowered:
        return ProtocolError(exc.status_code, "BAD_REQUEST", "The body must be one JSON object (no batches).")
    if "json" in lowered:
        return ProtocolError(exc.status_code, "INVALID_JSON", reason)
    code = {404: "NOT_FOUND", 413: "PAYLOAD_TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE"}.get(exc.status_code, "BAD_REQUEST")
    return ProtocolError(exc.status_code, code, reason)


async def send_refusal(send: Send, error: ProtocolError, content_type: str = APPLICATION_JSON) -> None:
    body = error_body(error)
    headers: list[Any] = [
        (b"content-type", content_type.encode()),
        (b"content-length", str(len(body)).encode()),
        *[(k.encode(), v.encode()) for k, v in error.headers.items()],
    ]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
