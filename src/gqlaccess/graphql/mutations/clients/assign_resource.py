from __future__ import annotations

import strawberry

from ....services.clients import clients
from ...context import Info
from ...ids import decode_optional
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import AssignedResource, ClientPermission, ClientType
from ._lookup import client_for_mutation


@strawberry.input
class AssignResourceInput:
    client_id: strawberry.ID
    resource_id: strawberry.ID = strawberry.field(description="A SITE or APP resource of the client's account.")
    permissions: list[ClientPermission] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="This resource's permission set (VIEW_SITE is always included)."
    )


@strawberry.type
class AssignResourcePayload(Payload):
    client: ClientType | None = None
    assignment: AssignedResource | None = None


async def assign_resource(info: Info, input: AssignResourceInput) -> AssignResourcePayload:
    """Assigns a resource with its own permissions, or changes them when already assigned."""

    async def body(scope: MutationScope) -> AssignResourcePayload:
        client = await client_for_mutation(info, input.client_id)
        resource_id = decode_optional(input.resource_id, "Resource")
        scope.details["resource_id"] = str(resource_id) if resource_id else None
        assignment = await clients.assign_resource(
            client, resource_id, [str(p.value if hasattr(p, "value") else p) for p in input.permissions or []],
            deps=info.context.deps,
        )
        await assignment.fetch_related("resource")
        return AssignResourcePayload(client=ClientType.from_model(client), assignment=AssignedResource.from_model(assignment))

    return await run_mutation(info, "client.assign_resource", AssignResourcePayload, body)
