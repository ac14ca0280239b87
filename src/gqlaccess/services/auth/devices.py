"""OWASP "device cookies": a browser that signed in to an e-mail before keeps its own counter.

After a successful login the client gets a signed cookie bound to the e-mail (`issue`). A login
that presents a valid one for that e-mail is counted per device only: someone else's failures
(per e-mail, per e-mail and address) never block it. Failures with a device cookie lock out that
device alone. The cookie carries no session and grants nothing by itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

COOKIE = "gqlaccess_device"
MAX_AGE_SECONDS = 365 * 86400


def _signature(secret_key: str, email: str, nonce: str) -> str:
    return hmac.new(secret_key.encode(), f"device:{email}:{nonce}".encode(), hashlib.sha256).hexdigest()[:32]


def issue(secret_key: str, email: str) -> str:
    nonce = secrets.token_urlsafe(12)
    return f"{nonce}.{_signature(secret_key, email, nonce)}"


def device_id(secret_key: str, email: str, cookie: str | None) -> str | None:
    """The device's id when the cookie is valid for this e-mail, else None."""
    if not cookie or "." not in cookie or len(cookie) > 100:
        return None
    nonce, _, signature = cookie.partition(".")
    if not hmac.compare_digest(signature, _signature(secret_key, email, nonce)):
        return None
    return nonce
