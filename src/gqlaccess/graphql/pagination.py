"""Relay cursor connections with totalCount; page size capped at 100 (SPEC §3)."""

from __future__ import annotations

from typing import Generic, TypeVar

import strawberry

from ..services.core import cursors
from .errors import BadUserInput

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

NodeT = TypeVar("NodeT")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[NodeT]):
    cursor: str
    node: NodeT


@strawberry.type
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]]
    page_info: PageInfo
    total_count: int


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE_SIZE
    if first < 0 or first > MAX_PAGE_SIZE:
        raise BadUserInput(f"`first` must be between 0 and {MAX_PAGE_SIZE}.")
    return first


def encode_cursor(values: list[object]) -> str:
    return cursors.encode_cursor(values)


def decode_cursor(cursor: str | None) -> list[object] | None:
    if cursor is None:
        return None
    try:
        return cursors.decode_cursor(cursor)
    except cursors.InvalidCursor as exc:
        raise BadUserInput("Malformed cursor.") from exc


def build_connection(
    nodes: list[NodeT], cursors: list[str], *, has_next: bool, has_previous: bool, total: int
) -> Connection[NodeT]:
    edges = [Edge(cursor=c, node=n) for c, n in zip(cursors, nodes, strict=True)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=has_previous,
            start_cursor=cursors[0] if cursors else None,
            end_cursor=cursors[-1] if cursors else None,
        ),
        total_count=total,
    )
