"""Counting the SQL statements a request sends (constant-query tests)."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Any

from asyncpg.connection import Connection as AsyncpgConnection
from tortoise import connections

_COUNTING: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("counting", default=None)
_IN_CLIENT: contextvars.ContextVar[bool] = contextvars.ContextVar("in_client", default=False)


@contextlib.contextmanager
def count_sql() -> Iterator[list[str]]:
    """Counts statements sent through the database client (both dialects), by wrapping its class,
    and, on PostgreSQL, those `models/raw.py` sends on an asyncpg connection directly.

    Only statements issued from this test's context are counted (httpx's ASGI transport runs the
    app in the caller's task), not those of the in-process worker delivering e-mails meanwhile.
    """
    client_class = type(connections.get("default"))
    statements: list[str] = []
    token = _COUNTING.set(statements)
    patched: list[tuple[type, str, Any]] = []

    def through_client(original: Any) -> Any:
        async def counted(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
            sink = _COUNTING.get()
            if sink is not None:
                sink.append(query)
            inside = _IN_CLIENT.set(True)
            try:
                return await original(self, query, *args, **kwargs)
            finally:
                _IN_CLIENT.reset(inside)
        return counted

    def on_driver(original: Any) -> Any:
        async def counted(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
            sink = _COUNTING.get()
            if sink is not None and not _IN_CLIENT.get():
                sink.append(query)
            return await original(self, query, *args, **kwargs)
        return counted

    for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many"):
        patched.append((client_class, name, getattr(client_class, name)))
        setattr(client_class, name, through_client(getattr(client_class, name)))
    for name in ("fetch", "fetchrow", "fetchval", "execute"):
        patched.append((AsyncpgConnection, name, getattr(AsyncpgConnection, name)))
        setattr(AsyncpgConnection, name, on_driver(getattr(AsyncpgConnection, name)))
    try:
        yield statements
    finally:
        _COUNTING.reset(token)
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)
