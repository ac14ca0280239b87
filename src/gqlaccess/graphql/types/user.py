from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from ...models import User as UserModel
from ...models.enums import MembershipStatus as StoredStatus
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...policy.visibility import visible_memberships
from ...services.members import consent
from ..context import Info
from ..ids import encode_id
from .node import Node, register_node

if TYPE_CHECKING:
    from .membership import MembershipType


@strawberry.type(name="PendingInvitation", description="An account's invitation awaiting your answer.")
class PendingInvitationType:
    id: strawberry.ID = strawberry.field(description="The pending membership's ID (acceptMembership).")
    account_name: str
    role_name: str
    inviter_name: str | None
    expires_at: datetime | None
    created_at: datetime


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

    stand_in: strawberry.Private[bool] = False

    @strawberry.field
    def two_factor_enabled(self) -> bool:
        return not self.stand_in and self.model.totp_enabled_at is not None

    @strawberry.field(description="The user's memberships in the accounts the viewer may see.")
    async def memberships(
        self, info: Info
    ) -> list[Annotated[MembershipType, strawberry.lazy(".membership")]]:
        from .membership import MembershipType

        if self.stand_in:
            return []
        memberships = await info.context.loaders.memberships_by_user.load(self.model.id)
        visible = await visible_memberships(
            info.context.principal, self.model.id, memberships,
            lambda m: m.account_id, info.context.access,  # type: ignore[attr-defined]
            lambda m: m.status,
        )
        return [MembershipType.from_model(m) for m in visible]

    @strawberry.field(description="Invitations from other accounts awaiting this person's answer "
                      "(acceptMembership / declineMembership); empty for anyone but the person.")
    async def pending_invitations(self, info: Info) -> list[PendingInvitationType]:
        principal = info.context.principal
        if self.stand_in or principal.read_only or principal.user_id != self.model.id:
            return []
        return [
            PendingInvitationType(
                id=strawberry.ID(encode_id("Membership", p.membership.id)), account_name=p.account_name,
                role_name=p.role_name, inviter_name=p.inviter_name, expires_at=p.expires_at,
                created_at=p.membership.created_at,
            )
            for p in await consent.pending_for(self.model.id)
        ]

    @classmethod
    def pending_stand_in(cls, membership: object, email: str) -> UserType:
        """The user of a membership awaiting consent, as the inviting account sees it."""
        placeholder = UserModel(email=email, name=email)
        return cls(
            model=placeholder,
            id=strawberry.ID(encode_id("PendingUser", membership.id)),  # type: ignore[attr-defined]
            email=email, name=email, department=None, notification_email=None, activated_at=None,
            last_login_at=None, created_at=membership.created_at,  # type: ignore[attr-defined]
            stand_in=True,
        )

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
    if info.context.principal.read_only:
        return None  # a view-as-client token sees what the client's users see: no account's users
    user = await info.context.loaders.user.load(user_id)
    if user is None:
        return None
    if info.context.principal.user_id == user_id:
        return UserType.from_model(user)
    for membership in await info.context.loaders.memberships_by_user.load(user_id):
        if membership.status == StoredStatus.PENDING:
            continue  # an invitation awaiting consent shows the inviting account nothing of the user
        access = await info.context.access(membership.account_id)  # type: ignore[attr-defined]
        if may(access, Capability.USERS, Level.VIEW).allowed:
            return UserType.from_model(user)
    return None
