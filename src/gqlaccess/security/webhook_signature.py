"""Standard Webhooks signatures (https://www.standardwebhooks.com/).

    webhook-id:        the message id (the same on every attempt of one event)
    webhook-timestamp: unix seconds of this attempt
    webhook-signature: "v1,<base64(HMAC-SHA256(key, f"{id}.{timestamp}.{body}"))>" (space-separated
                       when several secrets are valid, e.g. during a rotation)

Secrets look like "whsec_<base64 of 32 random bytes>"; the HMAC key is the decoded bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE_SECONDS = 5 * 60


class SignatureError(ValueError):
    """The message is not authentic (bad signature) or not fresh (timestamp out of tolerance)."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(secrets_: list[str], message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(sign(s, message_id, timestamp, body) for s in secrets_),
    }


def verify(
    secret: str,
    headers_: dict[str, str],
    body: bytes,
    *,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> None:
    """Raises SignatureError unless one v1 signature matches and the timestamp is fresh."""
    lowered = {k.lower(): v for k, v in headers_.items()}
    message_id = lowered.get("webhook-id", "")
    raw_timestamp = lowered.get("webhook-timestamp", "")
    if not message_id or not raw_timestamp.isdigit():
        raise SignatureError("missing webhook-id or webhook-timestamp")
    timestamp = int(raw_timestamp)
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise SignatureError("timestamp outside the tolerance (replayed or clock skew)")
    expected = sign(secret, message_id, timestamp, body)
    for candidate in lowered.get("webhook-signature", "").split():
        if hmac.compare_digest(candidate, expected):
            return
    raise SignatureError("no matching signature")
