"""Opaque bearer secrets. Only their SHA-256 is stored; the prefix tells the kind apart."""

from __future__ import annotations

import hashlib
import secrets

SESSION_PREFIX = "gqs_"
API_TOKEN_PREFIX = "gqt_"
INVITATION_PREFIX = "gqi_"
REFRESH_TOKEN_PREFIX = "gqr_"


def new_secret(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
