"""Opaque Relay global IDs: base64url("Type:uuid")."""

from __future__ import annotations

import base64
import binascii
import uuid
from functools import lru_cache

from .errors import NotFound


@lru_cache(maxsize=16384)
def encode_id(type_name: str, raw_id: uuid.UUID | str) -> str:
    # Cached: the same objects come back request after request (a viewer's memberships, roles,
    # accounts), and encoding is a tenth of a `me` response's build time.
    return base64.urlsafe_b64encode(f"{type_name}:{raw_id}".encode()).decode().rstrip("=")


def _split(global_id: str) -> tuple[str, str] | None:
    if not global_id or len(global_id) > 200:
        return None
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        type_name, _, raw = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return type_name, raw


def decode_id(global_id: str) -> tuple[str, uuid.UUID] | None:
    split = _split(global_id)
    if split is None:
        return None
    try:
        return split[0], uuid.UUID(split[1])
    except ValueError:
        return None


def encode_sealed_int(type_name: str, number: int, secret_key: str) -> str:
    """For objects keyed by a sequence number (webhook deliveries): the number never shows."""
    from ..security.crypto import seal_int

    return encode_id(type_name, seal_int(secret_key, type_name, number))


def decode_sealed_int(global_id: str, expected: str, secret_key: str) -> int:
    from ..security.crypto import open_int

    split = _split(global_id)
    number = open_int(secret_key, expected, split[1]) if split is not None and split[0] == expected else None
    if number is None:
        raise NotFound()
    return number


def decode_typed(global_id: str, expected: str | tuple[str, ...]) -> uuid.UUID:
    """An ID of the wrong type or malformed is reported like a missing object."""
    decoded = decode_id(global_id)
    allowed = (expected,) if isinstance(expected, str) else expected
    if decoded is None or decoded[0] not in allowed:
        raise NotFound()
    return decoded[1]


def decode_optional(global_id: str | None, expected: str) -> uuid.UUID | None:
    """For input lists and filters: None when malformed or of another type."""
    decoded = decode_id(global_id or "")
    if decoded is None or decoded[0] != expected:
        return None
    return decoded[1]


def encode_pair(type_name: str, first: uuid.UUID, second: uuid.UUID) -> str:
    """The ID of an object that is a pair (a role as used in one account: `AccountRole`)."""
    return encode_id(type_name, f"{first}:{second}")


def decode_pair(global_id: str) -> tuple[str, uuid.UUID, uuid.UUID] | None:
    split = _split(global_id)
    if split is None:
        return None
    first, _, second = split[1].partition(":")
    try:
        return split[0], uuid.UUID(first), uuid.UUID(second)
    except ValueError:
        return None
