"""GraphQL over HTTP (https://graphql.github.io/graphql-over-http/) in front of Strawberry's view.

What this layer adds, before the view executes anything:
- media types: `application/graphql-response+json` when the client accepts it (request errors
  then answer 4xx without `data`), `application/json` otherwise (200 for any GraphQL response);
  406 when neither is acceptable;
- POST bodies must be `application/json`: form-encoded, multipart and text/plain bodies (what a
  cross-site form or "simple request" can send without a CORS preflight) are refused with 415;
- GET executes queries only: a mutation over GET answers 405 with `Allow: POST`;
- automatic persisted queries (Apollo APQ): `extensions.persistedQuery {version: 1, sha256Hash}`,
  hash → document kept in Redis; an unknown hash answers PERSISTED_QUERY_NOT_FOUND;
- `Idempotency-Key` on mutations: the first response is stored (Redis, per principal, with a TTL)
  and replayed to retries; the same key with another body is a 409 IDEMPOTENCY_KEY_REUSED.

The parsed request travels to the view on the ASGI scope, under `PREPARED_REQUEST`
(read by GraphQLView and its request adapter).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ...config import Settings
from ...observability import metrics, tracing
from ...policy.principal import ANONYMOUS, Principal
from . import refusals
from .idempotency import IdempotencyKeys, principal_key
from .persisted_queries import PersistedQueries
from .protocol import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, CapturedResponse, operation_type
from .refusals import ProtocolError

PREPARED_REQUEST = "gqlaccess.prepared_request"  # ASGI scope key: the parsed request (dict)


# --- content negotiation ----------------------------------------------------------------------


def negotiate(accept: str | None) -> str | None:
    """The response media type for an Accept header; None when nothing we speak is acceptable."""
    if not accept or not accept.strip():
        return APPLICATION_JSON
    best: dict[str, float] = {}
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = media.lower()
        best[media] = max(best.get(media, 0.0), quality)
    graphql_q = best.get(GRAPHQL_RESPONSE_JSON, 0.0)
    json_q = max(best.get(APPLICATION_JSON, 0.0), best.get("application/*", 0.0), best.get("*/*", 0.0))
    if graphql_q > 0 and graphql_q >= json_q:
        return GRAPHQL_RESPONSE_JSON
    if json_q > 0:
        return APPLICATION_JSON
    return None


def _is_ide_page(headers: dict[str, str], query_string: str) -> bool:
    """A browser opening GraphiQL with its own URL state (`?q=…&variables=…`), not an operation."""
    if "text/html" not in headers.get("accept", ""):
        return False
    params = dict(parse_qsl(query_string, keep_blank_values=True))
    return "query" not in params and "extensions" not in params


# --- documents --------------------------------------------------------------------------------


def _json_param(raw: str | None, name: str) -> Any:
    if raw is None or raw == "":
        return None
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ProtocolError(400, "INVALID_JSON", f"`{name}` is not valid JSON.") from exc
    if value is not None and not isinstance(value, dict):
        raise ProtocolError(400, "BAD_REQUEST", f"`{name}` must be a JSON object.")
    return value


class GraphQLOverHTTP:
    def __init__(self, inner: ASGIApp, settings: Settings, redis: Callable[[], Any]) -> None:
        self.inner = inner
        self.persisted_queries = PersistedQueries(settings, redis)
        self.idempotency = IdempotencyKeys(settings, redis)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        method = scope["method"]
        query_string = scope.get("query_string", b"").decode("latin-1")
        if method == "GET" and (not query_string or _is_ide_page(headers, query_string)):
            await self.inner(scope, receive, send)  # GraphiQL in development, 404/400 otherwise
            return
        media_type = negotiate(headers.get("accept"))
        if media_type is None:
            await self._send_error(send, APPLICATION_JSON, refusals.not_acceptable())
            return
        started = time.perf_counter()
        data: dict[str, Any] = {}
        with tracing.operation_span(headers) as span:
            try:
                data = await self._read_request(scope, receive, method, headers, query_string)
                data = await self.persisted_queries.resolve(data, media_type)
                principal: Principal = scope.get("principal", ANONYMOUS)
                key = headers.get("idempotency-key")
                owner = principal_key(principal)
                # The operation's type matters only for GET, idempotency keys and traces: parse only then.
                needs_type = method == "GET" or (key is not None and owner is not None) or tracing.enabled()
                kind = operation_type(data.get("query"), data.get("operationName")) if needs_type else None
                tracing.name_operation(span, data.get("operationName"), kind)
                if method == "GET" and kind in ("mutation", "subscription"):
                    raise refusals.method_not_allowed()
                if key is not None and method == "POST" and kind == "mutation" and owner is not None:
                    response = await self.idempotency.run(
                        owner, key, data, lambda: self._execute(scope, data, media_type)
                    )
                else:
                    response = await self._execute(scope, data, media_type)
            except ProtocolError as error:
                metrics.observe_request(data.get("operationName"), "refused", started)
                await self._send_error(send, media_type, error)
                return
            metrics.observe_request(data.get("operationName"), _outcome(response.body), started)
        await _send(send, response)

    # --- request ------------------------------------------------------------------------------

    async def _read_request(
        self, scope: Scope, receive: Receive, method: str, headers: dict[str, str], query_string: str
    ) -> dict[str, Any]:
        if method == "GET":
            params = dict(parse_qsl(query_string, keep_blank_values=True))
            return {
                "query": params.get("query") or None,
                "operationName": params.get("operationName") or None,
                "variables": _json_param(params.get("variables"), "variables"),
                "extensions": _json_param(params.get("extensions"), "extensions"),
            }
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != APPLICATION_JSON:
            raise refusals.unsupported_media_type()
        body = await _read_body(receive)
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise ProtocolError(400, "INVALID_JSON", "The body is not valid JSON.") from exc
        if not isinstance(data, dict):
            raise ProtocolError(400, "BAD_REQUEST", "The body must be one JSON object (no batches).")
        for name in ("variables", "extensions"):
            if data.get(name) is not None and not isinstance(data[name], dict):
                raise ProtocolError(400, "BAD_REQUEST", f"`{name}` must be a JSON object.")
        if data.get("query") is not None and not isinstance(data["query"], str):
            raise ProtocolError(400, "BAD_REQUEST", "`query` must be a string.")
        if data.get("operationName") is not None and not isinstance(data["operationName"], str):
            raise ProtocolError(400, "BAD_REQUEST", "`operationName` must be a string.")
        return data

    @staticmethod
    async def _send_error(send: Send, media_type: str, error: ProtocolError) -> None:
        await refusals.send_refusal(send, error, f"{media_type}; charset=utf-8")

    # --- execution and the response -----------------------------------------------------------

    async def _execute(self, scope: Scope, data: dict[str, Any], media_type: str) -> CapturedResponse:
        captured = CapturedResponse(500, [], b"")
        chunks: list[bytes] = []

        async def receive() -> Message:
            return {"type": "http.disconnect"}  # the body was read already (scope[PREPARED_REQUEST])

        async def send(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured.status = message["status"]
                captured.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.inner({**scope, PREPARED_REQUEST: data}, receive, send)
        captured.body = b"".join(chunks)
        return _shape(captured, media_type)


def _outcome(body: bytes) -> str:
    """"error" when the response carries top-level GraphQL errors. A payload's own `errors: []`
    is no error; the JSON is parsed only when some non-empty errors list is there at all."""
    if b'"errors":[{' not in body:
        return "ok"
    try:
        return "error" if "errors" in orjson.loads(body) else "ok"
    except orjson.JSONDecodeError:
        return "error"


def _shape(response: CapturedResponse, media_type: str) -> CapturedResponse:
    """Sets the negotiated media type and the spec's status codes on the view's answer."""
    content_type = (response.header(b"content-type") or b"").decode().split(";")[0].strip()
    status = response.status
    if content_type == APPLICATION_JSON:
        body = response.body
        if media_type == GRAPHQL_RESPONSE_JSON:
            payload = orjson.loads(body)
            if isinstance(payload, dict) and payload.get("data") is None and payload.get("errors") and not any(
                e.get("path") for e in payload["errors"]
            ):
                # A request error (parse, validation): no `data` entry, and a 4xx.
                payload.pop("data", None)
                body = orjson.dumps(payload)
                status = 400 if status == 200 else status
    else:
        # Strawberry's own refusals are plain text: answer them as GraphQL responses.
        message = response.body.decode("utf-8", "replace") or "Bad request."
        body = orjson.dumps({"errors": [{"message": message, "extensions": {"code": "BAD_REQUEST"}}]})
    kept = [(k, v) for k, v in response.headers if k.lower() not in (b"content-type", b"content-length")]
    headers = [*kept, (b"content-type", f"{media_type}; charset=utf-8".encode())]
    return CapturedResponse(status, headers, body)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send(send: Send, response: CapturedResponse) -> None:
    headers = [
        *[(k, v) for k, v in response.headers if k.lower() != b"content-length"],
        (b"content-length", str(len(response.body)).encode()),
    ]
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})
