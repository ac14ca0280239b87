from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from ...models import User as UserModel
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...policy.visibility import visible_memberships
from ..context import Info
from ..ids import encode_id
from .node import Node, register_node

if TYPE_CHECKING:
    from .membership import MembershipType


@strawberry.type(name="User")
class UserType(Node):
    model: strawberry.Private[UserModel]
    email: str
    name: str
    department: str | None
    notification_email: str | None
    activated_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime

    @strawberry.field
    def two_factor_enabled(self) -> bool:
        return self.model.totp_enabled_at is not None

    @strawberry.field(description="The user's memberships in the accounts the viewer may see.")
    async def memberships(
        self, info: Info
    ) -> list[Annotated[MembershipType, strawberry.lazy(".membership")]]:
        from .membership import MembershipType

        memberships = await info.context.loaders.memberships_by_user.load(self.model.id)
        visible = await visible_memberships(
            info.context.principal, self.model.id, memberships,
            lambda m: m.account_id, info.context.access,  # type: ignore[attr-defined]
        )
        return [MembershipType.from_model(m) for m in visible]

    @classmethod
    def from_model(cls, user: UserModel) -> UserType:
        return cls(
            model=user,
            id=strawberry.ID(encode_id("User", user.id)),
            email=user.email,
            name=user.name,
            department=user.department,
            notification_email=user.notification_email,
            activated_at=user.activated_at,
            last_login_at=user.last_login_at,
            created_at=user.created_at,
        )


@register_node("User")
async def _user_node(info: Info, user_id) -> UserType | None:  # type: ignore[no-untyped-def]
    """Visible to themselves, and to viewers with users:VIEW in an account the user belongs to."""
    user = await info.context.loaders.user.load(user_id)
    if user is None:
        return None
    if info.context.principal.user_id == user_id:
        return UserType.from_model(user)
    for membership in await info.context.loaders.memberships_by_user.load(user_id):
        access = await info.context.access(membership.account_id)  # type: ignore[attr-defined]
        if may(access, Capability.USERS, Level.VIEW).allowed:
            return UserType.from_model(user)
    return None
