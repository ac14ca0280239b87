from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import strawberry

from ...models import Role as RoleModel
from ...models.enums import RoleKind as StoredRoleKind
from ...policy.access import role_levels
from ...policy.capabilities import Capability as PolicyCapability
from ...policy.capabilities import Level as PolicyLevel
from ...policy.decisions import may, may_enter
from ..context import Info
from ..ids import encode_id
from .enums import Capability, CapabilityLevel, RoleKind
from .node import Node, register_node


@strawberry.type
class CapabilityGrant:
    capability: Capability  # type: ignore[valid-type]
    level: CapabilityLevel  # type: ignore[valid-type]


def grants_of(levels: Mapping[PolicyCapability, PolicyLevel]) -> list[CapabilityGrant]:
    return [CapabilityGrant(capability=cap, level=levels.get(cap, PolicyLevel.NONE)) for cap in PolicyCapability]


@strawberry.type(name="Role")
class RoleType(Node):
    model: strawberry.Private[RoleModel]
    name: str
    kind: RoleKind  # type: ignore[valid-type]
    key: str | None = strawberry.field(description="Stable key of a predefined role (admin, team_lead, ...).")
    template_key: str | None
    created_at: datetime
    # Known already when the account's roles were listed (one grouped query for the page).
    listed_count: strawberry.Private[int | None] = None

    @strawberry.field(
        description="Members holding the role, for an account's own roles (custom, temporary), the same "
        "however the role is reached; null for predefined roles (one Role shared by every account: their "
        "count per account is `AccountRole.memberCount`, see `accountRoles`) and for viewers without "
        "roles:VIEW or users:VIEW in the role's account."
    )
    async def member_count(self, info: Info) -> int | None:
        role = self.model
        if role.kind == StoredRoleKind.PREDEFINED:
            return None
        access = await info.context.access(role.account_id)  # type: ignore[attr-defined]
        if not any(may(access, c, PolicyLevel.VIEW).allowed for c in (PolicyCapability.ROLES, PolicyCapability.USERS)):
            return None
        if self.listed_count is not None:
            return self.listed_count
        return await info.context.loaders.role_member_count.load(role.id)  # type: ignore[no-any-return]

    @strawberry.field
    def capabilities(self) -> list[CapabilityGrant]:
        return grants_of(role_levels(self.model))

    @strawberry.field(description="False for temporary roles: they are never given to anyone (seed 003).")
    def assignable(self) -> bool:
        return self.model.kind != StoredRoleKind.TEMPORARY

    @strawberry.field(description="True for custom roles: their levels can be edited and they can be deleted.")
    def editable(self) -> bool:
        return self.model.kind == StoredRoleKind.CUSTOM

    @classmethod
    def from_model(cls, role: RoleModel, *, member_count: int | None = None) -> RoleType:
        return cls(
            model=role,
            id=strawberry.ID(encode_id("Role", role.id)),
            name=role.name,
            kind=role.kind,
            key=role.key,
            template_key=role.template_key,
            created_at=role.created_at,
            listed_count=member_count,
        )


@register_node("Role")
async def _role_node(info: Info, role_id) -> RoleType | None:  # type: ignore[no-untyped-def]
    """Predefined roles are public to callers; an account's roles to those who may see its roles
    (roles:VIEW or users:VIEW) and to the members holding them."""
    role = await info.context.loaders.role.load(role_id)
    if role is None:
        return None
    if role.kind == StoredRoleKind.PREDEFINED:
        return RoleType.from_model(role)
    access = await info.context.access(role.account_id)  # type: ignore[attr-defined]
    if access is None:
        return None
    if access.role_id == role.id and may_enter(access).allowed:
        return RoleType.from_model(role)
    for capability in (PolicyCapability.ROLES, PolicyCapability.USERS):
        if may(access, capability, PolicyLevel.VIEW).allowed:
            return RoleType.from_model(role)
    return None
