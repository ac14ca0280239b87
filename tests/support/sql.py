"""Counting the SQL statements a request sends (constant-query tests)."""

from __future__ import annotations

import contextlib
import contextvars

from tortoise import connections

_COUNTING: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("counting", default=None)


@contextlib.contextmanager
def count_sql():
    """Counts statements sent through the database client (both dialects), by wrapping its class.

    Only statements issued from this test's context are counted (httpx's ASGI transport runs the
    app in the caller's task), not those of the in-process worker delivering e-mails meanwhile.
    """
    client_class = type(connections.get("default"))
    statements: list[str] = []
    token = _COUNTING.set(statements)
    originals = {}
    for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many"):
        original = getattr(client_class, name)
        originals[name] = original

        def wrap(original=original):
            async def counted(self, query, *args, **kwargs):
                sink = _COUNTING.get()
                if sink is not None:
                    sink.append(query)
                return await original(self, query, *args, **kwargs)
            return counted

        setattr(client_class, name, wrap())
    try:
        yield statements
    finally:
        _COUNTING.reset(token)
        for name, original in originals.items():
            setattr(client_class, name, original)
