"""The Relay Node interface and the registry `node(id)` resolves through."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import strawberry

from ..context import Info

NodeResolver = Callable[[Info, uuid.UUID], Awaitable[Any]]
PairResolver = Callable[[Info, uuid.UUID, uuid.UUID], Awaitable[Any]]
_RESOLVERS: dict[str, NodeResolver] = {}
_PAIR_RESOLVERS: dict[str, PairResolver] = {}


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


def register_pair_node(type_name: str) -> Callable[[PairResolver], PairResolver]:
    """For objects identified by two ids (`ids.encode_pair`)."""

    def register(resolver: PairResolver) -> PairResolver:
        _PAIR_RESOLVERS[type_name] = resolver
        return resolver

    return register


def pair_node_resolver(type_name: str) -> PairResolver | None:
    return _PAIR_RESOLVERS.get(type_name)
