from __future__ import annotations

from collections.abc import Mapping

import strawberry

from ...models import Role as RoleModel
from ...policy.access import role_levels
from ...policy.capabilities import Capability as PolicyCapability
from ...policy.capabilities import Level as PolicyLevel
from ..ids import encode_id
from .enums import Capability, CapabilityLevel, RoleKind
from .node import Node


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

    @strawberry.field
    def capabilities(self) -> list[CapabilityGrant]:
        return grants_of(role_levels(self.model))

    @classmethod
    def from_model(cls, role: RoleModel) -> RoleType:
        return cls(
            model=role,
            id=strawberry.ID(encode_id("Role", role.id)),
            name=role.name,
            kind=role.kind,
            key=role.key,
            template_key=role.template_key,
        )
