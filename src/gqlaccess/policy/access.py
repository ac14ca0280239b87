"""What a principal holds in one account, resolved from memberships, hosting and tokens."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache

from ..models import Account, AccountSecurityPolicy, ApiToken, Membership, Role, User, raw
from ..models.enums import AccountStatus, MembershipStatus, RoleKind
from .capabilities import ADMIN_KEY, PREDEFINED_ROLES, SECURITY_KEY, Capability, Level, parse_levels
from .principal import Principal, PrincipalKind
from .scope import FULL_SCOPE, DataScope


class AccessVia(StrEnum):
    MEMBERSHIP = "MEMBERSHIP"
    HOST = "HOST"  # a member of the host of a managed hosted account (seed 001)
    API_TOKEN = "API_TOKEN"
    OPERATOR = "OPERATOR"


@dataclass(frozen=True)
class AccountAccess:
    account_id: uuid.UUID
    account_status: AccountStatus
    via: AccessVia
    capabilities: Mapping[Capability, Level]
    scope: DataScope
    role_id: uuid.UUID | None = None
    role_key: str | None = None
    role_kind: RoleKind | None = None
    membership_id: uuid.UUID | None = None
    membership_active: bool = True
    is_owner: bool = False
    read_only: bool = False
    # The account requires 2FA and this user has not enrolled yet (AccountSecurityPolicy).
    totp_enrollment_required: bool = False
    # The caller's session began longer ago than the account's session lifetime allows.
    reauthentication_required: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role_key == ADMIN_KEY

    def level(self, capability: Capability) -> Level:
        return self.capabilities.get(capability, Level.NONE)


def role_levels(role: Role) -> dict[Capability, Level]:
    if role.kind == RoleKind.PREDEFINED and role.key in PREDEFINED_ROLES:
        return dict(PREDEFINED_ROLES[role.key])
    return parse_levels(role.capabilities)


def membership_scope(membership: Membership, role: Role) -> DataScope:
    if role.key == ADMIN_KEY:
        return FULL_SCOPE  # Admin has everything, always; it cannot be narrowed.
    media_all = membership.media_sources_all or role.key == SECURITY_KEY
    return DataScope(
        apps_all_current_and_future=membership.apps_all_current_and_future,
        app_ids=frozenset(str(a) for a in membership.app_ids or ()),
        include_future_apps=membership.include_future_apps,
        media_sources_all=media_all,
        media_sources=frozenset() if media_all else frozenset(membership.media_sources or ()),
        geos_all=membership.geos_all,
        geos=frozenset(g.upper() for g in membership.geos or ()),
    )


async def _membership_access(
    principal: Principal, account: Account, reached_through: Account, via: AccessVia
) -> AccountAccess | None:
    assert principal.user_id is not None
    membership = (
        await Membership.filter(account_id=reached_through.id, user_id=principal.user_id)
        .select_related("role").first()
    )
    if membership is None:
        return None
    if via == AccessVia.HOST and not _host_usable(membership, reached_through):
        return None
    # The account's own policy (2FA, session lifetime), read once.
    policy = await AccountSecurityPolicy.get_or_none(account_id=account.id)
    totp_pending = (
        policy is not None and policy.require_two_factor
        and await User.filter(id=principal.user_id, totp_enabled_at=None).exists()
    )
    return _access_through(
        membership, membership.role, principal.user_id, account, via, totp_pending,
        _session_outlived(principal, policy.session_lifetime_seconds if policy is not None else None),
    )


def _session_outlived(principal: Principal, lifetime_seconds: int | None) -> bool:
    started = principal.session_started_at
    if started is None or lifetime_seconds is None:
        return False
    return datetime.now(UTC) - started >= timedelta(seconds=lifetime_seconds)


def _host_usable(membership: Membership, host: Account) -> bool:
    # Host members act through the host only while their host membership and the host are active.
    return membership.status == MembershipStatus.ACTIVE and host.status == AccountStatus.ACTIVE


def _access_through(
    membership: Membership, role: Role, user_id: uuid.UUID, account: Account, via: AccessVia, totp_pending: bool,
    session_outlived: bool,
) -> AccountAccess:
    return AccountAccess(
        account_id=account.id,
        account_status=account.status,
        via=via,
        capabilities=role_levels(role),
        scope=membership_scope(membership, role),
        role_id=role.id,
        role_key=role.key,
        role_kind=role.kind,
        membership_id=membership.id if via == AccessVia.MEMBERSHIP else None,
        membership_active=membership.status == MembershipStatus.ACTIVE,
        is_owner=via == AccessVia.MEMBERSHIP and account.owner_id == user_id,  # type: ignore[attr-defined]
        totp_enrollment_required=totp_pending,
        reauthentication_required=session_outlived,
    )


# What `_access_through` reads of each (raw.hydrate makes partial objects of just these).
_MEMBERSHIP_COLUMNS = (
    "id", "status", "apps_all_current_and_future", "app_ids", "include_future_apps", "media_sources_all",
    "media_sources", "geos_all", "geos",
)
_ROLE_COLUMNS = ("id", "key", "kind", "capabilities")
_ACCOUNT_COLUMNS = ("id", "status", "owner_id")


@cache
def _direct_membership_sql() -> str:
    """A user's direct membership, its role and account, and what the account's security policy
    asks of this session (2FA enrolment pending, session lifetime): one query."""
    policy = AccountSecurityPolicy._meta.db_table
    return (
        f'SELECT {raw.columns("m", Membership, _MEMBERSHIP_COLUMNS)}, {raw.columns("r", Role, _ROLE_COLUMNS)}, '
        f'{raw.columns("a", Account, _ACCOUNT_COLUMNS)}, '
        '(COALESCE(p."require_two_factor", FALSE) AND u."totp_enabled_at" IS NULL) AS "totp_pending", '
        'p."session_lifetime_seconds" AS "session_lifetime" '
        'FROM "membership" m JOIN "role" r ON r."id" = m."role_id" JOIN "account" a ON a."id" = m."account_id" '
        f'JOIN "user" u ON u."id" = m."user_id" LEFT JOIN "{policy}" p ON p."account_id" = a."id" '
        'WHERE m."account_id" = $1 AND m."user_id" = $2'
    )


async def resolve_access(principal: Principal, account_id: uuid.UUID) -> AccountAccess | None:
    """None means the account does not exist for this principal (reported as NOT_FOUND)."""
    if principal.kind in (PrincipalKind.ANONYMOUS, PrincipalKind.IMPERSONATION, PrincipalKind.SCIM):
        return None  # a SCIM token acts only through policy.directory.directory_access, at /scim/v2
    if principal.kind == PrincipalKind.USER and principal.user_id is not None:
        # The common case in one prepared round trip (models/raw.py): a direct membership.
        rows = await raw.select(_direct_membership_sql(), [account_id, principal.user_id])
        if rows:
            row = rows[0]
            return _access_through(
                raw.hydrate(Membership, row, "m", _MEMBERSHIP_COLUMNS), raw.hydrate(Role, row, "r", _ROLE_COLUMNS),
                principal.user_id, raw.hydrate(Account, row, "a", _ACCOUNT_COLUMNS), AccessVia.MEMBERSHIP,
                bool(row["totp_pending"]), _session_outlived(principal, row["session_lifetime"]),
            )
    account = await Account.get_or_none(id=account_id)
    if account is None:
        return None
    if principal.kind == PrincipalKind.API_TOKEN:
        if principal.api_token_account_id != account.id:
            return None
        token = await ApiToken.get_or_none(id=principal.api_token_id).select_related("role")
        if token is None:
            return None
        return AccountAccess(
            account_id=account.id,
            account_status=account.status,
            via=AccessVia.API_TOKEN,
            capabilities=role_levels(token.role),
            scope=FULL_SCOPE,
            role_id=token.role.id,
            role_key=token.role.key,
            role_kind=token.role.kind,
        )
    if principal.kind == PrincipalKind.SYSTEM:
        return _operator_access(account)
    assert principal.user_id is not None
    # A USER's direct membership was looked up above: managed hosting, then platform operators.
    if account.managed and account.host_id is not None:  # type: ignore[attr-defined]
        host = await Account.get_or_none(id=account.host_id)  # type: ignore[attr-defined]
        if host is not None:
            inherited = await _membership_access(principal, account, host, AccessVia.HOST)
            if inherited is not None:
                return inherited
    if principal.is_platform_operator:
        return _operator_access(account)
    return None


def _operator_access(account: Account) -> AccountAccess:
    return AccountAccess(
        account_id=account.id,
        account_status=account.status,
        via=AccessVia.OPERATOR,
        capabilities=dict(PREDEFINED_ROLES[ADMIN_KEY]),
        scope=FULL_SCOPE,
        role_key=ADMIN_KEY,
    )
