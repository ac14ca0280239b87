"""The Relay Node interface and the registry `node(id)` resolves through."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from ..context import Info

NodeResolver = Callable[[Info, uuid.UUID], Awaitable[Any]]
_RESOLVERS: dict[str, NodeResolver] = {}


@strawberry.interface(description="An object with an opaque global ID.")
class Node:
    id: strawberry.ID


def register_node(type_name: str) -> Callable[[NodeResolver], NodeResolver]:
    """Each type says how to load one of its objects for the viewer (None when out of reach)."""

    def register(resolver: NodeResolver) -> NodeResolver:
        _RESOLVERS[type_name] = resolver
        return resolver

    return register


def node_resolver(type_name: str) -> NodeResolver | None:
    return _RESOLVERS.get(type_name)
