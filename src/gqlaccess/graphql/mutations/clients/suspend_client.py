from __future__ import annotations

import strawberry

from ....services.clients import clients
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientType
from ._lookup import client_for_mutation


@strawberry.input
class SuspendClientInput:
    client_id: strawberry.ID


@strawberry.type
class SuspendClientPayload(Payload):
    client: ClientType | None = None


async def suspend_client(info: Info, input: SuspendClientInput) -> SuspendClientPayload:
    """The client's users cannot log in any more and their sessions stop at once; data is kept."""

    async def body(scope: MutationScope) -> SuspendClientPayload:
        client = await client_for_mutation(info, input.client_id)
        suspended = await clients.suspend_client(client, info.context.deps.now(), deps=info.context.deps)
        return SuspendClientPayload(client=ClientType.from_model(suspended))

    return await run_mutation(info, "client.suspend", SuspendClientPayload, body)
