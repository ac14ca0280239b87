from __future__ import annotations

import asyncio

import strawberry

from ..context import Info
from ..errors import BadUserInput
from ..guards import require_principal
from ..ids import decode_id, decode_pair
from ..types.node import Node, node_resolver, pair_node_resolver

MAX_NODES = 100


async def _resolve(info: Info, global_id: str) -> Node | None:
    decoded = decode_id(global_id)
    if decoded is None:
        pair = decode_pair(global_id)
        pair_resolver = pair_node_resolver(pair[0]) if pair else None
        return await pair_resolver(info, pair[1], pair[2]) if pair and pair_resolver else None
    resolver = node_resolver(decoded[0])
    if resolver is None:
        return None
    return await resolver(info, decoded[1])


@strawberry.type
class NodeQueries:
    @strawberry.field(description="Any object by global ID; null when it does not exist for the viewer.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        require_principal(info)
        return await _resolve(info, id)

    @strawberry.field(description="Up to 100 objects by global ID, in order; null for those out of reach.")
    async def nodes(self, info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
        require_principal(info)
        if len(ids) > MAX_NODES:
            raise BadUserInput(f"At most {MAX_NODES} ids at a time.")
        # Gathered, so that DataLoaders batch: 100 memberships cost one query, not 100.
        return list(await asyncio.gather(*(_resolve(info, i) for i in ids)))
