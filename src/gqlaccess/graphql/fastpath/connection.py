"""The one builder of Relay connections and their pageInfo on the compiled path (users, clients)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from .compiler import Selection, Unsupported


def page_info(selections: list[Selection], page: Any) -> dict[str, Any]:
    values = {
        "hasNextPage": page.has_next_page, "hasPreviousPage": page.has_previous_page,
        "startCursor": page.start_cursor, "endCursor": page.end_cursor, "__typename": "PageInfo",
    }
    out = {}
    for sel in selections:
        if sel.name not in values:
            raise Unsupported(sel.name)  # a field without a builder
        out[sel.key] = values[sel.name]
    return out


async def connection(
    selections: list[Selection], type_name: str, connection: Any,
    edges: Callable[[Selection], Awaitable[list[dict[str, Any]]]],
) -> dict[str, Any]:
    """`connection` is the resolver's Connection (edges, page_info, total_count); `edges` builds
    the `edges` selection."""
    out: dict[str, Any] = {}
    for sel in selections:
        if sel.name == "edges":
            out[sel.key] = await edges(sel)
        elif sel.name == "pageInfo":
            out[sel.key] = page_info(sel.children, connection.page_info)
        elif sel.name == "totalCount":
            out[sel.key] = connection.total_count
        elif sel.name == "__typename":
            out[sel.key] = type_name
        else:
            raise Unsupported(sel.name)  # a field without a builder
    return out
