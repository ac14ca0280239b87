from __future__ import annotations

import strawberry

from ....services.clients import clients
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientType
from ._lookup import client_for_mutation


@strawberry.input
class ReactivateClientInput:
    client_id: strawberry.ID


@strawberry.type
class ReactivateClientPayload(Payload):
    client: ClientType | None = None


async def reactivate_client(info: Info, input: ReactivateClientInput) -> ReactivateClientPayload:
    """The client gets back the status it had before the suspension."""

    async def body(scope: MutationScope) -> ReactivateClientPayload:
        client = await client_for_mutation(info, input.client_id)
        reactivated = await clients.reactivate_client(client, deps=info.context.deps)
        return ReactivateClientPayload(client=ClientType.from_model(reactivated))

    return await run_mutation(info, "client.reactivate", ReactivateClientPayload, body)
