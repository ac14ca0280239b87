from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import strawberry

from ...models import Account as AccountModel
from ...models import Membership as MembershipModel
from ...models import Role as RoleModel
from ...models import User as UserModel
from ...models.enums import MembershipStatus as StoredStatus
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...policy.membership_state import owns, shown_status
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


@dataclass(frozen=True)
class Related:
    """What a page of memberships already loaded in bulk, so its fields resolve without awaiting."""

    user: UserModel | None
    role: RoleModel | None
    account: AccountModel | None


@strawberry.type(name="Membership")
class MembershipType(Node):
    model: strawberry.Private[MembershipModel]
    created_at: datetime
    related: strawberry.Private[Related | None] = None

    # The fields below are plain functions that return the value when the page prefetched it
    # (users() does) and an awaitable otherwise: a page of 100 then costs no per-field await.

    @strawberry.field
    def status(self, info: Info) -> MembershipStatus:
        if self.model.status == StoredStatus.INACTIVE:
            return MembershipStatus.INACTIVE
        if self.model.status == StoredStatus.PENDING:
            return MembershipStatus.PENDING
        if self.related is not None:
            return self._status_of(self.related.user)
        return self._load_status(info)  # type: ignore[return-value]

    async def _load_status(self, info: Info) -> MembershipStatus:
        return self._status_of(await info.context.loaders.user.load(self.model.user_id))  # type: ignore[attr-defined]

    def _status_of(self, user: UserModel | None) -> MembershipStatus:
        return MembershipStatus(shown_status(self.model.status, user.activated_at if user else None))

    @strawberry.field
    def is_owner(self, info: Info) -> bool:
        if self.related is not None:
            return _owns(self.related.account, self.model)
        return self._load_is_owner(info)  # type: ignore[return-value]

    async def _load_is_owner(self, info: Info) -> bool:
        return _owns(await info.context.loaders.account.load(self.model.account_id), self.model)  # type: ignore[attr-defined]

    @strawberry.field
    def role(self, info: Info) -> RoleType:
        if self.related is not None and self.related.role is not None:
            return RoleType.from_model(self.related.role)
        return self._load_role(info)  # type: ignore[return-value]

    async def _load_role(self, info: Info) -> RoleType:
        return RoleType.from_model(await info.context.loaders.role.load(self.model.role_id))  # type: ignore[attr-defined]

    @strawberry.field
    def user(self, info: Info) -> UserType:
        if self.model.status == StoredStatus.PENDING:
            return self._masked_user(info)  # type: ignore[return-value]
        if self.related is not None and self.related.user is not None:
            return UserType.from_model(self.related.user)
        return self._load_user(info)  # type: ignore[return-value]

    async def _masked_user(self, info: Info) -> UserType:
        """Until the person accepts, the inviting account sees the e-mail it typed and nothing of the
        identity (name, 2FA, last login, other accounts): a stand-in with an ID of its own, so that
        normalised caches never mix it up with the real User."""
        user = self.related.user if self.related is not None and self.related.user is not None else (
            await info.context.loaders.user.load(self.model.user_id)  # type: ignore[attr-defined]
        )
        return UserType.pending_stand_in(self.model, user.email)

    async def _load_user(self, info: Info) -> UserType:
        return UserType.from_model(await info.context.loaders.user.load(self.model.user_id))  # type: ignore[attr-defined]

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

    @strawberry.field(description="The identity provider's id for this member (SCIM externalId), when provisioned.")
    def external_id(self) -> str | None:
        return self.model.external_id

    @strawberry.field(description="Whether the account's directory (SCIM) manages this membership.")
    def managed_by_directory(self) -> bool:
        return self.model.directory_managed

    @classmethod
    def from_model(cls, membership: MembershipModel, related: Related | None = None) -> MembershipType:
        return cls(
            model=membership,
            id=strawberry.ID(encode_id("Membership", membership.id)),
            created_at=membership.created_at,
            related=related,
        )


def _owns(account: AccountModel | None, membership: MembershipModel) -> bool:
    return account is not None and owns(account.owner_id, membership.user_id)  # type: ignore[attr-defined]


@register_node("Membership")
async def _membership_node(info: Info, membership_id) -> MembershipType | None:  # type: ignore[no-untyped-def]
    if info.context.principal.read_only:
        return None  # a view-as-client token sees what the client's users see: no memberships
    membership = await info.context.loaders.membership.load(membership_id)
    if membership is None:
        return None
    if membership.user_id == info.context.principal.user_id:  # type: ignore[attr-defined]
        return MembershipType.from_model(membership)
    access = await info.context.access(membership.account_id)  # type: ignore[attr-defined]
    if not may(access, Capability.USERS, Level.VIEW).allowed:
        return None
    return MembershipType.from_model(membership)
