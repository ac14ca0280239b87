"""What a principal holds in one account, resolved from memberships, hosting and tokens."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import TransactionalDBClient

from ..models import AccessVersion, Account, AccountSecurityPolicy, ApiToken, Membership, Role, User, raw
from ..models.enums import AccountStatus, MembershipStatus, RoleKind
from .capabilities import ADMIN_KEY, PREDEFINED_ROLES, SECURITY_KEY, Capability, Level, parse_levels
from .decision_cache import CACHE, GLOBAL_KEY, MISS, Versions, account_key, user_key
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
) -> tuple[AccountAccess | None, int | None]:
    """The access and the account's session lifetime (checked against the session when used)."""
    assert principal.user_id is not None
    membership = (
        await Membership.filter(account_id=reached_through.id, user_id=principal.user_id)
        .select_related("role").first()
    )
    if membership is None:
        return None, None
    if via == AccessVia.HOST and not _host_usable(membership, reached_through):
        return None, None
    # The account's own policy (2FA, session lifetime), read once.
    policy = await AccountSecurityPolicy.get_or_none(account_id=account.id)
    totp_pending = (
        policy is not None and policy.require_two_factor
        and await User.filter(id=principal.user_id, totp_enabled_at=None).exists()
    )
    access = _access_through(membership, membership.role, principal.user_id, account, via, totp_pending, False)
    return access, policy.session_lifetime_seconds if policy is not None else None


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


def _version(key_sql: str, name: str) -> str:
    return f'(SELECT v."version" FROM "{AccessVersion._meta.db_table}" v WHERE v."key" = {key_sql}) AS "{name}"'


@cache
def _direct_membership_sql() -> str:
    """A user's direct membership, its role and account, what the account's security policy
    asks of this session (2FA enrolment pending, session lifetime), and the versions a cached
    copy depends on (read in the same statement, so never newer than the data): one query."""
    policy = AccountSecurityPolicy._meta.db_table
    return (
        f'SELECT {raw.columns("m", Membership, _MEMBERSHIP_COLUMNS)}, {raw.columns("r", Role, _ROLE_COLUMNS)}, '
        f'{raw.columns("a", Account, _ACCOUNT_COLUMNS)}, '
        '(COALESCE(p."require_two_factor", FALSE) AND u."totp_enabled_at" IS NULL) AS "totp_pending", '
        'p."session_lifetime_seconds" AS "session_lifetime", '
        + _version("'account:' || m.\"account_id\"", "v_account") + ", "
        + _version("'user:' || m.\"user_id\"", "v_user") + ", "
        + _version(f"'{GLOBAL_KEY}'", "v_global") + " "
        'FROM "membership" m JOIN "role" r ON r."id" = m."role_id" JOIN "account" a ON a."id" = m."account_id" '
        f'JOIN "user" u ON u."id" = m."user_id" LEFT JOIN "{policy}" p ON p."account_id" = a."id" '
        'WHERE m."account_id" = $1 AND m."user_id" = $2'
    )


@cache
def _versions_sql(count: int) -> str:
    marks = ", ".join(f"${i}" for i in range(1, count + 1))
    return f'SELECT "key", "version" FROM "{AccessVersion._meta.db_table}" WHERE "key" IN ({marks})'


async def read_versions(keys: list[str]) -> Versions:
    """The current versions of `keys` (0 for a key never bumped)."""
    rows = await raw.select(_versions_sql(len(keys)), list(keys))
    found = {row["key"]: int(row["version"]) for row in rows}
    return tuple((k, found.get(k, 0)) for k in keys)


def in_transaction() -> bool:
    """Inside `in_transaction()`: what is read may be uncommitted, so it is never cached."""
    return isinstance(connections.get("default"), TransactionalDBClient)


async def resolve_access(principal: Principal, account_id: uuid.UUID) -> AccountAccess | None:
    """None means the account does not exist for this principal (reported as NOT_FOUND).

    Answered from the decision cache when it can be (policy/decision_cache.py); what depends on
    the clock (the session's age against the account's lifetime) is decided at each call."""
    if principal.kind in (PrincipalKind.ANONYMOUS, PrincipalKind.IMPERSONATION, PrincipalKind.SCIM):
        return None  # a SCIM token acts only through policy.directory.directory_access, at /scim/v2
    if principal.kind == PrincipalKind.SYSTEM:
        account = await Account.get_or_none(id=account_id)
        return None if account is None else _operator_access(account)
    key = ("access", principal.kind, principal.user_id, principal.api_token_id, principal.is_platform_operator,
           account_id)
    cached = CACHE.get(key)
    if cached is MISS:
        access, lifetime, versions = await _resolve(principal, account_id, CACHE.enabled)
        if versions is not None and not in_transaction():
            CACHE.put(key, (access, lifetime), versions)
    else:
        access, lifetime = cached
    if access is not None and _session_outlived(principal, lifetime):
        return replace(access, reauthentication_required=True)
    return access


async def resolve_access_fresh(principal: Principal, account_id: uuid.UUID) -> AccountAccess | None:
    """`resolve_access` straight from the database, never from the cache (tests compare them)."""
    if principal.kind in (PrincipalKind.ANONYMOUS, PrincipalKind.IMPERSONATION, PrincipalKind.SYSTEM, PrincipalKind.SCIM):
        return await resolve_access(principal, account_id)
    access, lifetime, _ = await _resolve(principal, account_id, False)
    if access is not None and _session_outlived(principal, lifetime):
        return replace(access, reauthentication_required=True)
    return access


Resolved = tuple[AccountAccess | None, int | None, Versions | None]


async def _resolve(principal: Principal, account_id: uuid.UUID, want_versions: bool) -> Resolved:
    """(access, the account's session lifetime, the versions it was read at: None when unknown)."""
    if principal.kind == PrincipalKind.USER and principal.user_id is not None:
        # The common case in one prepared round trip (models/raw.py): a direct membership.
        rows = await raw.select(_direct_membership_sql(), [account_id, principal.user_id])
        if rows:
            row = rows[0]
            access = _access_through(
                raw.hydrate(Membership, row, "m", _MEMBERSHIP_COLUMNS), raw.hydrate(Role, row, "r", _ROLE_COLUMNS),
                principal.user_id, raw.hydrate(Account, row, "a", _ACCOUNT_COLUMNS), AccessVia.MEMBERSHIP,
                bool(row["totp_pending"]), False,
            )
            versions = (
                (account_key(account_id), int(row["v_account"] or 0)),
                (user_key(principal.user_id), int(row["v_user"] or 0)),
                (GLOBAL_KEY, int(row["v_global"] or 0)),
            )
            return access, row["session_lifetime"], versions
    # The rarer paths: versions first, then the data (so the tag is never newer than the data).
    keys = [account_key(account_id), GLOBAL_KEY]
    if principal.user_id is not None:
        keys.append(user_key(principal.user_id))
    versions: Versions | None = await read_versions(keys) if want_versions else None
    account = await Account.get_or_none(id=account_id)
    if account is None:
        return None, None, versions
    if principal.kind == PrincipalKind.API_TOKEN:
        if principal.api_token_account_id != account.id:
            return None, None, versions
        token = await ApiToken.get_or_none(id=principal.api_token_id).select_related("role")
        if token is None:
            return None, None, versions
        return token_access(account, token), None, versions
    assert principal.user_id is not None
    # A USER's direct membership was looked up above: managed hosting, then platform operators.
    if account.managed and account.host_id is not None:  # type: ignore[attr-defined]
        host_id = account.host_id  # type: ignore[attr-defined]
        if versions is not None:
            versions = versions + await read_versions([account_key(host_id)])
        host = await Account.get_or_none(id=host_id)
        if host is not None:
            inherited, lifetime = await _membership_access(principal, account, host, AccessVia.HOST)
            if inherited is not None:
                return inherited, lifetime, versions
    if principal.is_platform_operator:
        return _operator_access(account), None, versions
    return None, None, versions


def _operator_access(account: Account) -> AccountAccess:
    return AccountAccess(
        account_id=account.id,
        account_status=account.status,
        via=AccessVia.OPERATOR,
        capabilities=dict(PREDEFINED_ROLES[ADMIN_KEY]),
        scope=FULL_SCOPE,
        role_key=ADMIN_KEY,
    )


def token_access(account: Any, token: Any) -> AccountAccess:
    """What an API token (GraphQL) or a SCIM token (/scim/v2) holds in its account: its role, full scope."""
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
