"""Opaque keyset cursors: the sort values of the last row seen, base64url(JSON list)."""

from __future__ import annotations

import base64
from typing import Any

import orjson


class InvalidCursor(ValueError):
    """A cursor this service did not hand out."""


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        values = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except Exception as exc:
        raise InvalidCursor("Malformed cursor.") from exc
    if not isinstance(values, list):
        raise InvalidCursor("Malformed cursor.")
    return values
