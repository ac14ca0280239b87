"""What a membership grants: role, apps, media sources and geos (seed 003), checked against the granter.

Shared by createUser, bulkCreateUsers, updateMembership and bulkUpdateMemberships so that the
rules are the same one by one and in bulk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pycountry
from tortoise.expressions import Q

from ...models import ApiToken, Membership, Resource, Role
from ...models.enums import ResourceKind, RoleKind
from ...policy.access import AccountAccess, role_levels
from ...policy.capabilities import ADMIN_KEY, SECURITY_KEY
from ...policy.grants import may_grant_role, may_grant_scope
from ...policy.scope import DataScope
from ..core.errors import ErrorCode, ErrorCollector
from ..roles.roles import usable_in_account

MAX_SCOPE_VALUES = 10_000  # seed 003: the media-source list holds at most 10,000 entries
MAX_MEDIA_SOURCE_LENGTH = 200

_GRANT_CODES = {
    "TEMPORARY_ROLE_NOT_ASSIGNABLE": (ErrorCode.TEMPORARY_ROLE_NOT_ASSIGNABLE, "Temporary roles cannot be assigned."),
    "ONLY_ADMIN_GRANTS_ADMIN": (ErrorCode.ONLY_ADMIN_GRANTS_ADMIN, "Only an Admin can grant the Admin role."),
    "ROLE_EXCEEDS_GRANTER": (ErrorCode.ROLE_EXCEEDS_GRANTER, "You cannot grant a role wider than your own."),
}


@dataclass(frozen=True)
class AppsSpec:
    all_current_and_future: bool
    app_ids: tuple[uuid.UUID | None, ...] = ()  # None: an id that did not decode as a Resource
    include_future_apps: bool = False


@dataclass(frozen=True)
class ValuesSpec:
    all: bool
    values: tuple[str, ...] = ()


@dataclass
class AccessChange:
    """Requested changes; None means "leave as is" (or the default for a new membership)."""

    role_id: uuid.UUID | None = None
    role_id_invalid: bool = False
    apps: AppsSpec | None = None
    media_sources: ValuesSpec | None = None
    geos: ValuesSpec | None = None

    @property
    def empty(self) -> bool:
        return self.role_id is None and not self.role_id_invalid and self.apps is None and (
            self.media_sources is None and self.geos is None
        )


@dataclass
class AccountCatalogue:
    """The account's roles and apps, loaded once per operation (bulk: once for every item)."""

    account_id: uuid.UUID
    roles: dict[uuid.UUID, Role] = field(default_factory=dict)
    app_ids: set[uuid.UUID] = field(default_factory=set)

    @classmethod
    async def load(cls, account_id: uuid.UUID) -> AccountCatalogue:
        query = Role.filter(Q(account_id=account_id) | Q(account_id=None, kind=RoleKind.PREDEFINED))
        roles = {r.id: r for r in await query}
        apps = {
            uuid.UUID(str(a))
            for a in await Resource.filter(account_id=account_id, kind=ResourceKind.APP).values_list("id", flat=True)
        }
        return cls(account_id, roles, apps)


def role_reachable(catalogue: AccountCatalogue, role_id: uuid.UUID) -> Role | None:
    role = catalogue.roles.get(role_id)
    return role if role is not None and usable_in_account(role, catalogue.account_id) else None


def check_role_grant(errors: ErrorCollector, granter: AccountAccess, role: Role, field_name: str) -> bool:
    decision = may_grant_role(granter, role.key, RoleKind(role.kind), role_levels(role))
    if decision.allowed:
        return True
    code, message = _GRANT_CODES.get(decision.reason, (ErrorCode.ROLE_EXCEEDS_GRANTER, decision.reason))
    errors.add(field_name, code, message)
    return False


def may_manage_member(granter: AccountAccess, role: Role) -> bool:
    """Nobody edits, deactivates or removes a member whose role is wider than their own."""
    if role.kind == RoleKind.TEMPORARY:
        # Temporary roles are never grantable; judge them by their levels only.
        return may_grant_role(granter, None, RoleKind.CUSTOM, role_levels(role)).allowed
    return may_grant_role(granter, role.key, RoleKind(role.kind), role_levels(role)).allowed


def normalize_values(raw: list[str] | None) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in raw or []:
        seen[(value or "").strip()] = None
    return tuple(seen)


def apply_change(
    errors: ErrorCollector,
    granter: AccountAccess,
    catalogue: AccountCatalogue,
    membership: Membership,
    current_role: Role | None,
    change: AccessChange,
    *,
    prefix: str = "",
    new_member: bool = False,
) -> Role | None:
    """Validates `change` for `membership` and applies it in memory (nothing is saved here).

    Returns the role the membership ends with, or None when the change is refused (errors added).
    """
    start = len(errors.errors)
    role = current_role
    role_changed = False
    if change.role_id_invalid:
        errors.add(f"{prefix}roleId", ErrorCode.ROLE_NOT_FOUND, "This role does not exist in this account.")
    elif change.role_id is not None and (current_role is None or change.role_id != current_role.id):
        target = role_reachable(catalogue, change.role_id)
        if target is None:
            errors.add(f"{prefix}roleId", ErrorCode.ROLE_NOT_FOUND, "This role does not exist in this account.")
        elif check_role_grant(errors, granter, target, f"{prefix}roleId"):
            role = target
            role_changed = True
    if role is None:
        if len(errors.errors) == start:
            errors.add(f"{prefix}roleId", ErrorCode.REQUIRED, "Choose a role.")
        return None

    before_all_apps = membership.apps_all_current_and_future or membership.include_future_apps
    if change.apps is not None:
        _apply_apps(errors, catalogue, membership, change.apps, prefix)
    if change.media_sources is not None:
        spec = change.media_sources
        bad = [v for v in spec.values if not v or len(v) > MAX_MEDIA_SOURCE_LENGTH]
        if not spec.all and (bad or len(spec.values) > MAX_SCOPE_VALUES):
            errors.add(f"{prefix}mediaSources.values", ErrorCode.INVALID_MEDIA_SOURCE,
                       f"Media sources are non-empty names of at most {MAX_MEDIA_SOURCE_LENGTH} characters "
                       f"(at most {MAX_SCOPE_VALUES}).")
        membership.media_sources_all = spec.all
        membership.media_sources = [] if spec.all else list(spec.values)
    if change.geos is not None:
        spec = change.geos
        codes = tuple(v.upper() for v in spec.values)
        unknown = [c for c in codes if len(c) != 2 or pycountry.countries.get(alpha_2=c) is None]
        if not spec.all and unknown:
            errors.add(f"{prefix}geos.countryCodes", ErrorCode.INVALID_COUNTRY_CODE,
                       f"Not ISO-3166-1 alpha-2 country codes: {', '.join(unknown[:10])}.")
        membership.geos_all = spec.all
        membership.geos = [] if spec.all else sorted(set(codes))

    # Admin has everything, always; Security always has every media source (seed 003).
    if role.key == ADMIN_KEY:
        if not (membership.apps_all_current_and_future and membership.media_sources_all and membership.geos_all):
            errors.add(_narrowed_field(membership, prefix), ErrorCode.SCOPE_NOT_NARROWABLE,
                       "The Admin role always has every app, media source and geo.")
    elif role.key == SECURITY_KEY and not membership.media_sources_all:
        errors.add(f"{prefix}mediaSources", ErrorCode.SCOPE_NOT_NARROWABLE,
                   "The Security role always has every media source.")

    # Temporary roles (seed 003): a member who stays on one keeps their future-apps setting.
    if not new_member and role.kind == RoleKind.TEMPORARY and not role_changed:
        after_all_apps = membership.apps_all_current_and_future or membership.include_future_apps
        if after_all_apps != before_all_apps:
            errors.add(f"{prefix}apps", ErrorCode.TEMPORARY_ROLE_FUTURE_APPS_FROZEN,
                       "Future-app access cannot change while the member has a temporary role.")

    if len(errors.errors) == start and role.key != ADMIN_KEY:
        if not may_grant_scope(granter, scope_of(membership)).allowed:
            errors.add(f"{prefix}apps" if change.apps is not None else prefix.rstrip(".") or None,
                       ErrorCode.SCOPE_EXCEEDS_GRANTER, "You cannot grant access wider than your own.")
    if len(errors.errors) != start:
        return None
    membership.role_id = role.id  # type: ignore[attr-defined]
    return role


def _narrowed_field(membership: Membership, prefix: str) -> str:
    if not membership.apps_all_current_and_future:
        return f"{prefix}apps"
    if not membership.media_sources_all:
        return f"{prefix}mediaSources"
    return f"{prefix}geos"


def _apply_apps(
    errors: ErrorCollector, catalogue: AccountCatalogue, membership: Membership, spec: AppsSpec, prefix: str
) -> None:
    if spec.all_current_and_future:
        if spec.app_ids or spec.include_future_apps:
            errors.add(f"{prefix}apps.appIds", ErrorCode.INVALID,
                       "Leave appIds and includeFutureApps empty when every current and future app is granted.")
        membership.apps_all_current_and_future = True
        membership.app_ids = []
        membership.include_future_apps = False
        return
    ids: list[uuid.UUID] = []
    for app_id in spec.app_ids:
        if app_id is None or app_id not in catalogue.app_ids:
            errors.add(f"{prefix}apps.appIds", ErrorCode.APP_NOT_FOUND, "An app is not an app of this account.")
            break
        ids.append(app_id)
    unique = list(dict.fromkeys(ids))
    if spec.include_future_apps and not catalogue.app_ids <= set(unique):
        errors.add(f"{prefix}apps.includeFutureApps", ErrorCode.FUTURE_APPS_REQUIRE_ALL_APPS,
                   "Future apps can only be granted together with every current app.")
    membership.apps_all_current_and_future = False
    membership.app_ids = [str(a) for a in unique]
    membership.include_future_apps = spec.include_future_apps


def scope_of(membership: Membership) -> DataScope:
    return DataScope(
        apps_all_current_and_future=membership.apps_all_current_and_future,
        app_ids=frozenset(str(a) for a in membership.app_ids or ()),
        include_future_apps=membership.include_future_apps,
        media_sources_all=membership.media_sources_all,
        media_sources=frozenset(membership.media_sources or ()),
        geos_all=membership.geos_all,
        geos=frozenset(membership.geos or ()),
    )


async def drop_empty_temporary_roles(role_ids: set[uuid.UUID]) -> None:
    """Seed 003: a temporary role vanishes when its last member leaves it. Call in the transaction."""
    if not role_ids:
        return
    temporary = await Role.filter(id__in=list(role_ids), kind=RoleKind.TEMPORARY).values_list("id", flat=True)
    for role_id in temporary:
        if not await Membership.exists(role_id=role_id) and not await ApiToken.exists(role_id=role_id):
            await Role.filter(id=role_id, kind=RoleKind.TEMPORARY).delete()
