from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import Membership as MembershipModel
from ...models.enums import MembershipStatus as StoredStatus
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ..context import Info
from ..ids import encode_id
from .account import AccountType
from .enums import MembershipStatus
from .node import Node, register_node
from .role import RoleType
from .user import UserType


@strawberry.type
class AppAccess:
    all_current_and_future: bool
    include_future_apps: bool
    app_ids: list[strawberry.ID]


@strawberry.type
class MediaSourceScope:
    all: bool
    values: list[str]


@strawberry.type
class GeoScope:
    all: bool
    country_codes: list[str]


@strawberry.type(name="Membership")
class MembershipType(Node):
    model: strawberry.Private[MembershipModel]
    created_at: datetime

    @strawberry.field
    async def status(self, info: Info) -> MembershipStatus:
        if self.model.status == StoredStatus.INACTIVE:
            return MembershipStatus.INACTIVE
        user = await info.context.loaders.user.load(self.model.user_id)  # type: ignore[attr-defined]
        return MembershipStatus.ACTIVE if user and user.activated_at else MembershipStatus.PENDING

    @strawberry.field
    async def is_owner(self, info: Info) -> bool:
        account = await info.context.loaders.account.load(self.model.account_id)  # type: ignore[attr-defined]
        return account is not None and account.owner_id == self.model.user_id  # type: ignore[attr-defined]

    @strawberry.field
    async def role(self, info: Info) -> RoleType:
        role = await info.context.loaders.role.load(self.model.role_id)  # type: ignore[attr-defined]
        return RoleType.from_model(role)

    @strawberry.field
    async def user(self, info: Info) -> UserType:
        user = await info.context.loaders.user.load(self.model.user_id)  # type: ignore[attr-defined]
        return UserType.from_model(user)

    @strawberry.field
    async def account(self, info: Info) -> AccountType:
        account = await info.context.loaders.account.load(self.model.account_id)  # type: ignore[attr-defined]
        return AccountType.from_model(account)

    @strawberry.field
    def apps(self) -> AppAccess:
        m = self.model
        return AppAccess(
            all_current_and_future=m.apps_all_current_and_future,
            include_future_apps=m.include_future_apps,
            app_ids=[strawberry.ID(encode_id("Resource", a)) for a in m.app_ids or []],
        )

    @strawberry.field
    def media_sources(self) -> MediaSourceScope:
        return MediaSourceScope(all=self.model.media_sources_all, values=list(self.model.media_sources or []))

    @strawberry.field
    def geos(self) -> GeoScope:
        return GeoScope(all=self.model.geos_all, country_codes=list(self.model.geos or []))

    @classmethod
    def from_model(cls, membership: MembershipModel) -> MembershipType:
        return cls(
            model=membership,
            id=strawberry.ID(encode_id("Membership", membership.id)),
            created_at=membership.created_at,
        )


@register_node("Membership")
async def _membership_node(info: Info, membership_id) -> MembershipType | None:  # type: ignore[no-untyped-def]
    membership = await info.context.loaders.membership.load(membership_id)
    if membership is None:
        return None
    if membership.user_id == info.context.principal.user_id:  # type: ignore[attr-defined]
        return MembershipType.from_model(membership)
    access = await info.context.access(membership.account_id)  # type: ignore[attr-defined]
    if not may(access, Capability.USERS, Level.VIEW).allowed:
        return None
    return MembershipType.from_model(membership)
