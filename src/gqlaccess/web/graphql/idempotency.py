"""`Idempotency-Key` on mutations: a retried request gets the first response, never a second effect.

Per principal (`{prefix}:idem:<user|token>:<sha256(key)>`, TTL settings.idempotency_ttl_seconds):
a claim (SET NX) marks the key pending with the request's fingerprint; the response is stored
encrypted when it is done. Same key + other body → 409 IDEMPOTENCY_KEY_REUSED; same key while the
first still runs → 409 IDEMPOTENCY_KEY_IN_PROGRESS (Retry-After); Redis down → 503 (a client that
asked for idempotency is not silently given a duplicate).

Secrets are never stored for replay (issue 15 §4): fields declared `Secret()` (graphql/secrets.py:
API tokens, webhook secrets, view-as-client tokens, TOTP secrets, recovery codes, one-time links)
are stored as null, and a replay answers the same body without them (header
`Idempotent-Redacted: true`). A replay is refused (409 IDEMPOTENCY_RIGHTS_CHANGED) once the caller's
rights changed since the first answer (policy/fingerprint.py): a caller who lost the right to the
mutation is never served its stored answer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import structlog

from ...policy.principal import Principal, PrincipalKind
from ...security import crypto
from .protocol import APPLICATION_JSON, CapturedResponse
from .redis_store import RedisStore
from .refusals import ProtocolError

log = structlog.get_logger(__name__)

_MAX_IDEMPOTENCY_KEY = 255
_RESPONSE_PURPOSE = "idempotent-response"


def principal_key(principal: Principal) -> str | None:
    if principal.kind == PrincipalKind.USER and principal.user_id:
        return f"user:{principal.user_id}"
    if principal.kind == PrincipalKind.API_TOKEN and principal.api_token_id:
        return f"token:{principal.api_token_id}"
    return None  # anonymous callers (and read-only impersonation) get no idempotency


def redact(body: bytes, paths: list[tuple[Any, ...]]) -> tuple[bytes, bool]:
    """The response body with the value at each path (under `data`) set to null."""
    if not paths:
        return body, False
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return b"{}", True  # cannot tell where the secret is: store nothing of it
    redacted = False
    for path in paths:
        node: Any = document.get("data") if isinstance(document, dict) else None
        for step in path[:-1]:
            if isinstance(node, dict) and isinstance(step, str):
                node = node.get(step)
            elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                node = node[step]
            else:
                node = None
                break
        last = path[-1]
        if isinstance(node, dict) and isinstance(last, str) and node.get(last) is not None:
            node[last] = None
            redacted = True
    return orjson.dumps(document), redacted


class IdempotencyKeys(RedisStore):
    namespace = "idem"

    async def run(
        self, owner: str, key: str, data: dict[str, Any], execute: Callable[[], Awaitable[CapturedResponse]],
        *, rights: str = "", secret_paths: Callable[[], list[tuple[Any, ...]]] = list,
    ) -> CapturedResponse:
        """The first response for (owner, key); `execute` runs at most once per key and body."""
        if not 1 <= len(key) <= _MAX_IDEMPOTENCY_KEY or not key.isprintable():
            raise ProtocolError(400, "IDEMPOTENCY_KEY_INVALID", "An Idempotency-Key has 1 to 255 printable characters.")
        fingerprint = hashlib.sha256(
            orjson.dumps(
                {"query": data.get("query"), "variables": data.get("variables"), "operationName": data.get("operationName")},
                option=orjson.OPT_SORT_KEYS,
            )
        ).hexdigest()
        redis_key = self.key(owner, hashlib.sha256(key.encode()).hexdigest())
        ttl = self.settings.idempotency_ttl_seconds
        try:
            claimed = await self.redis.set(redis_key, orjson.dumps({"state": "pending", "fp": fingerprint}), nx=True, ex=ttl)
            stored = None if claimed else await self.redis.get(redis_key)
        except Exception as exc:
            log.warning("idempotency_unavailable", error=str(exc))
            raise ProtocolError(
                503, "IDEMPOTENCY_UNAVAILABLE", "Idempotency keys cannot be checked right now; retry later.",
                {"retry-after": "5"},
            ) from exc
        if not claimed:
            record = orjson.loads(stored) if stored else None
            if record is None:
                raise ProtocolError(409, "IDEMPOTENCY_KEY_IN_PROGRESS", "Retry in a moment.", {"retry-after": "1"})
            if record["fp"] != fingerprint:
                raise ProtocolError(
                    409, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used with a different request."
                )
            if record["state"] == "pending":
                raise ProtocolError(
                    409, "IDEMPOTENCY_KEY_IN_PROGRESS", "The first request with this key is still running.",
                    {"retry-after": "1"},
                )
            if record.get("rights", "") != rights:
                raise ProtocolError(
                    409, "IDEMPOTENCY_RIGHTS_CHANGED",
                    "Your rights changed since the first request with this key: send a new request.",
                )
            headers = [(b"content-type", record["contentType"].encode()), (b"idempotent-replayed", b"true")]
            if record.get("redacted"):
                headers.append((b"idempotent-redacted", b"true"))
            return CapturedResponse(
                record["status"], headers,
                crypto.decrypt(self.settings.secret_key, _RESPONSE_PURPOSE, record["body"]).encode("utf-8"),
            )
        try:
            response = await execute()
        except BaseException:
            await self._forget(redis_key)
            raise
        if response.status >= 500:
            await self._forget(redis_key)
            return response
        body, redacted = redact(response.body, secret_paths())
        record = {
            "state": "done",
            "fp": fingerprint,
            "rights": rights,
            "redacted": redacted,
            "status": response.status,
            "contentType": (response.header(b"content-type") or APPLICATION_JSON.encode()).decode(),
            # Secrets are out (redact); what remains is still personal data: encrypted at rest.
            "body": crypto.encrypt(self.settings.secret_key, _RESPONSE_PURPOSE, body.decode("utf-8")),
        }
        try:
            await self.redis.set(redis_key, orjson.dumps(record), ex=ttl)
        except Exception as exc:
            log.warning("idempotency_store_failed", error=str(exc))
        return response

    async def _forget(self, redis_key: str) -> None:
        try:
            await self.redis.delete(redis_key)
        except Exception as exc:
            log.warning("idempotency_forget_failed", error=str(exc))
