from __future__ import annotations

import strawberry

from ....policy.capabilities import Capability, Level
from ....services.roles import custom_roles
from ...context import Info
from ...guards import authorize
from ...ids import decode_optional, decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.role import RoleType
from .common import CapabilityLevelInput, level_changes


@strawberry.input
class CreateCustomRoleInput:
    account_id: strawberry.ID
    name: str = strawberry.field(description="Unique in the account; cannot be changed afterwards.")
    template_role_id: strawberry.ID = strawberry.field(description="A predefined role other than Admin.")
    capabilities: list[CapabilityLevelInput] | None = strawberry.field(
        default=None, description="Adjustments to the template's levels (api_tokens is not editable)."
    )


@strawberry.type
class CreateCustomRolePayload(Payload):
    role: RoleType | None = None


async def create_custom_role(info: Info, input: CreateCustomRoleInput) -> CreateCustomRolePayload:
    """A custom role from a predefined template (never Admin), no level above the creator's own."""

    async def body(scope: MutationScope) -> CreateCustomRolePayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.ROLES, Level.MANAGE)
        role = await custom_roles.create_custom_role(
            access,
            account_id,
            name=input.name,
            template_role_id=decode_optional(input.template_role_id, "Role"),
            changes=level_changes(input.capabilities),
        )
        scope.target("Role", role.id)
        scope.details["name"] = role.name
        return CreateCustomRolePayload(role=RoleType.from_model(role, member_count=0))

    return await run_mutation(info, "role.create_custom", CreateCustomRolePayload, body)
