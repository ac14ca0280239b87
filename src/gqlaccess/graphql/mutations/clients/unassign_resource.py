from __future__ import annotations

import strawberry

from ....services.clients import clients
from ...context import Info
from ...ids import decode_optional
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientType
from ._lookup import client_for_mutation


@strawberry.input
class UnassignResourceInput:
    client_id: strawberry.ID
    resource_id: strawberry.ID


@strawberry.type
class UnassignResourcePayload(Payload):
    client: ClientType | None = None
    remaining_resources: int | None = None
    last_resource_removed: bool | None = strawberry.field(
        default=None, description="True when the client has no resource left: its dashboard is empty."
    )
    suggestion: str | None = strawberry.field(
        default=None, description="SUSPEND_CLIENT when the last resource went (seed 002 advises suspending)."
    )


async def unassign_resource(info: Info, input: UnassignResourceInput) -> UnassignResourcePayload:
    async def body(scope: MutationScope) -> UnassignResourcePayload:
        client = await client_for_mutation(info, input.client_id)
        resource_id = decode_optional(input.resource_id, "Resource")
        scope.details["resource_id"] = str(resource_id) if resource_id else None
        result = await clients.unassign_resource(client, resource_id, deps=info.context.deps)
        last = result.remaining == 0
        return UnassignResourcePayload(
            client=ClientType.from_model(result.client), remaining_resources=result.remaining,
            last_resource_removed=last, suggestion="SUSPEND_CLIENT" if last else None,
        )

    return await run_mutation(info, "client.unassign_resource", UnassignResourcePayload, body)
