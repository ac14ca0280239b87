from __future__ import annotations

import strawberry

from ....services.clients import clients
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ._lookup import client_for_mutation


@strawberry.input
class DeleteClientInput:
    client_id: strawberry.ID
    confirm: bool = strawberry.field(default=False, description="Must be true: deletion cannot be undone.")


@strawberry.type
class DeleteClientPayload(Payload):
    deleted_client_id: strawberry.ID | None = None


async def delete_client(info: Info, input: DeleteClientInput) -> DeleteClientPayload:
    """Irreversible (seed 002): suspend instead to keep the client's data."""

    async def body(scope: MutationScope) -> DeleteClientPayload:
        client = await client_for_mutation(info, input.client_id)
        await clients.delete_client(client, confirm=input.confirm)
        return DeleteClientPayload(deleted_client_id=input.client_id)

    return await run_mutation(info, "client.delete", DeleteClientPayload, body)
