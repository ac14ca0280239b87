from __future__ import annotations

import strawberry

from ....models.enums import ResourceKind
from ....policy.capabilities import Capability, Level
from ....services.accounts import resources
from ...context import Info
from ...errors import NotFound
from ...guards import authorize, require_writer
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class DeleteResourceInput:
    resource_id: strawberry.ID


@strawberry.type
class DeleteResourcePayload(Payload):
    deleted_resource_id: strawberry.ID | None = None


async def delete_resource(info: Info, input: DeleteResourceInput) -> DeleteResourcePayload:
    """Removes the resource, and with it the app from members' app lists and client assignments."""

    async def body(scope: MutationScope) -> DeleteResourcePayload:
        require_writer(info)
        resource = await resources.find_resource(decode_typed(input.resource_id, "Resource"))
        if resource is None:
            raise NotFound()
        scope.target("Resource", resource.id)
        app_id = str(resource.id) if resource.kind == ResourceKind.APP else None
        # An app outside the caller's own app access is out of reach, like a missing one.
        access = await info.context.access(resource.account_id)  # type: ignore[attr-defined]
        if access is not None and app_id is not None and not access.scope.allows_app(app_id):
            raise NotFound()
        await authorize(info, resource.account_id, Capability.RESOURCES, Level.MANAGE)  # type: ignore[attr-defined]
        scope.details.update(kind=resource.kind.value, name=resource.name)
        scope.details["memberships_changed"] = await resources.delete_resource(resource)
        return DeleteResourcePayload(deleted_resource_id=input.resource_id)

    return await run_mutation(info, "resource.delete", DeleteResourcePayload, body)
