from __future__ import annotations

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientUserType
from ._lookup import client_user_for_mutation


@strawberry.input
class DeactivateClientUserInput:
    client_user_id: strawberry.ID


@strawberry.type
class DeactivateClientUserPayload(Payload):
    client_user: ClientUserType | None = None


async def deactivate_client_user(info: Info, input: DeactivateClientUserInput) -> DeactivateClientUserPayload:
    """ACTIVE → INACTIVE; the user's sessions stop when this was their only way in."""

    async def body(scope: MutationScope) -> DeactivateClientUserPayload:
        client_user = await client_user_for_mutation(info, input.client_user_id)
        updated = await client_access.deactivate_client_user(client_user)
        return DeactivateClientUserPayload(client_user=ClientUserType.from_model(updated))

    return await run_mutation(info, "client_user.deactivate", DeactivateClientUserPayload, body)
