from __future__ import annotations

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientUserType
from ._lookup import client_user_for_mutation


@strawberry.input
class ReactivateClientUserInput:
    client_user_id: strawberry.ID


@strawberry.type
class ReactivateClientUserPayload(Payload):
    client_user: ClientUserType | None = None


async def reactivate_client_user(info: Info, input: ReactivateClientUserInput) -> ReactivateClientUserPayload:
    async def body(scope: MutationScope) -> ReactivateClientUserPayload:
        client_user = await client_user_for_mutation(info, input.client_user_id)
        updated = await client_access.reactivate_client_user(client_user)
        return ReactivateClientUserPayload(client_user=ClientUserType.from_model(updated))

    return await run_mutation(info, "client_user.reactivate", ReactivateClientUserPayload, body)
