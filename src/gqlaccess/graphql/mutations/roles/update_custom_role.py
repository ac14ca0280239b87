from __future__ import annotations

import strawberry

from ....services.roles import custom_roles
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.role import RoleType
from .common import CapabilityLevelInput, level_changes, role_to_change


@strawberry.input
class UpdateCustomRoleInput:
    role_id: strawberry.ID
    capabilities: list[CapabilityLevelInput] = strawberry.field(
        description="The levels to change; others stay. The name cannot be changed."
    )


@strawberry.type
class UpdateCustomRolePayload(Payload):
    role: RoleType | None = None


async def update_custom_role(info: Info, input: UpdateCustomRoleInput) -> UpdateCustomRolePayload:
    """New levels for a custom role; every member holding it has them from their next request."""

    async def body(scope: MutationScope) -> UpdateCustomRolePayload:
        role, access = await role_to_change(info, scope, input.role_id)
        updated = await custom_roles.update_custom_role(
            access, role, changes=level_changes(input.capabilities), deps=info.context.deps
        )
        scope.details["capabilities"] = dict(updated.capabilities)
        return UpdateCustomRolePayload(role=RoleType.from_model(updated))

    return await run_mutation(info, "role.update_custom", UpdateCustomRolePayload, body)
