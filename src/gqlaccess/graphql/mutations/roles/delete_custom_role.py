from __future__ import annotations

import strawberry

from ....services.roles import custom_roles
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from .common import role_to_change


@strawberry.input
class DeleteCustomRoleInput:
    role_id: strawberry.ID


@strawberry.type
class DeleteCustomRolePayload(Payload):
    deleted_role_id: strawberry.ID | None = None


async def delete_custom_role(info: Info, input: DeleteCustomRoleInput) -> DeleteCustomRolePayload:
    """Only a role nobody holds (members or API tokens) can be deleted: ROLE_IN_USE otherwise."""

    async def body(scope: MutationScope) -> DeleteCustomRolePayload:
        role, _ = await role_to_change(info, scope, input.role_id)
        scope.details["name"] = role.name
        await custom_roles.delete_custom_role(role)
        return DeleteCustomRolePayload(deleted_role_id=input.role_id)

    return await run_mutation(info, "role.delete_custom", DeleteCustomRolePayload, body)
