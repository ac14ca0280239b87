"""Pieces the custom-role mutations share."""

from __future__ import annotations

import strawberry

from ....models import Role
from ....models.enums import RoleKind
from ....policy.access import AccountAccess
from ....policy.capabilities import Capability as PolicyCapability
from ....policy.capabilities import Level as PolicyLevel
from ....services.core.errors import DomainError, ErrorCode
from ....services.roles.custom_roles import LevelChange
from ...context import Info
from ...errors import NotFound
from ...guards import authorize, require_writer
from ...ids import decode_typed
from ...runner import MutationScope
from ...types.enums import Capability, CapabilityLevel


@strawberry.input(description="One capability set to one level.")
class CapabilityLevelInput:
    capability: Capability  # type: ignore[valid-type]
    level: CapabilityLevel  # type: ignore[valid-type]


def level_changes(inputs: list[CapabilityLevelInput] | None) -> list[LevelChange]:
    return [LevelChange(PolicyCapability(i.capability), PolicyLevel(i.level)) for i in inputs or []]


async def role_to_change(info: Info, scope: MutationScope, role_id: strawberry.ID) -> tuple[Role, AccountAccess]:
    """The role and the caller's roles:MANAGE access to its account. Another tenant's role is
    NOT_FOUND; a predefined role is refused as not custom (it belongs to no account)."""
    require_writer(info)
    role = await Role.get_or_none(id=decode_typed(role_id, "Role"))
    if role is None:
        raise NotFound()
    scope.target("Role", role.id)
    if role.kind == RoleKind.PREDEFINED:
        raise DomainError.of("roleId", ErrorCode.ROLE_NOT_CUSTOM, "Predefined roles cannot be changed or deleted.")
    access = await authorize(info, role.account_id, PolicyCapability.ROLES, PolicyLevel.MANAGE)  # type: ignore[attr-defined]
    return role, access
