"""`capabilities` (the catalogue) and `checkAccess` (the question other services ask)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pycountry
import strawberry

from ...models import Resource
from ...models.enums import ResourceKind
from ...policy.access import AccountAccess, resolve_access
from ...policy.capabilities import DATA_SCOPE_RESTRICTED_CAPABILITIES, NON_EDITABLE_CAPABILITIES
from ...policy.capabilities import Capability as PolicyCapability
from ...policy.capabilities import Level as PolicyLevel
from ...policy.decisions import NOT_FOUND, may
from ...policy.principal import Principal, PrincipalKind
from ...policy.reverse import accessible_scope
from ..context import Info
from ..errors import BadUserInput, Forbidden, NotFound
from ..guards import authorize, require_principal
from ..ids import decode_optional, decode_typed, encode_id
from ..pagination import PageInfo, decode_cursor, encode_cursor, page_size
from ..types.enums import Capability, CapabilityLevel

MEDIA_SOURCE_MAX = 200
MAX_CHECKS = 1_000


@strawberry.type
class CapabilityInfo:
    capability: Capability  # type: ignore[valid-type]
    editable_in_custom_roles: bool
    requires_unrestricted_data_scope: bool


@strawberry.type
class AccessDecision:
    allowed: bool
    reason: str = strawberry.field(
        description="ALLOWED, NOT_FOUND, INSUFFICIENT_ROLE, DATA_SCOPE_RESTRICTED, APP_NOT_IN_SCOPE, "
        "MEDIA_SOURCE_NOT_IN_SCOPE, GEO_NOT_IN_SCOPE, APP_NOT_FOUND, MEMBERSHIP_INACTIVE, ACCOUNT_DEACTIVATED, "
        "READ_ONLY"
    )


@strawberry.input(description="One question of `checkAccesses`: the arguments of `checkAccess`.")
class AccessCheckInput:
    account_id: strawberry.ID
    capability: Capability  # type: ignore[valid-type]
    level: CapabilityLevel = PolicyLevel.VIEW  # type: ignore[valid-type,assignment]
    user_id: strawberry.ID | None = None
    app_id: strawberry.ID | None = None
    media_source: str | None = None
    geo: str | None = None


@strawberry.type(name="AccessibleScope")
class AccessibleScopeType:
    allowed: bool = strawberry.field(description="The capability and level alone; when false nothing is listed.")
    reason: str
    all_apps: bool = strawberry.field(description="Every current and future app of the account.")
    app_ids: list[strawberry.ID] = strawberry.field(description="This page of the account's apps in scope.")
    total_apps: int
    page_info: PageInfo
    all_media_sources: bool
    media_sources: list[str] = strawberry.field(description="When not `allMediaSources`.")
    all_geos: bool
    geos: list[str] = strawberry.field(description="ISO-3166-1 alpha-2, when not `allGeos`.")


@strawberry.type
class AccessQueries:
    @strawberry.field(description="Every capability a role can grant.")
    def capabilities(self) -> list[CapabilityInfo]:
        return [
            CapabilityInfo(
                capability=cap,
                editable_in_custom_roles=cap not in NON_EDITABLE_CAPABILITIES,
                requires_unrestricted_data_scope=cap in DATA_SCOPE_RESTRICTED_CAPABILITIES,
            )
            for cap in PolicyCapability
        ]

    @strawberry.field(
        description="May the caller (or `userId`, which needs users:VIEW) do this in the account, "
        "optionally on one app, media source and geo? Another tenant is NOT_FOUND."
    )
    async def check_access(
        self,
        info: Info,
        account_id: strawberry.ID,
        capability: Capability,  # type: ignore[valid-type]
        level: CapabilityLevel = PolicyLevel.VIEW,  # type: ignore[valid-type,assignment]
        user_id: strawberry.ID | None = None,
        app_id: strawberry.ID | None = None,
        media_source: str | None = None,
        geo: str | None = None,
    ) -> AccessDecision:
        principal = require_principal(info)
        account = decode_typed(account_id, "Account")
        check = _Check(account, PolicyCapability(capability), PolicyLevel(level), user_id, app_id,
                       _media_source(media_source), _geo(geo))
        return await _decide(info, principal, check, {})

    @strawberry.field(
        description=f"`checkAccess` for up to {MAX_CHECKS} checks in one call: one answer per check, in order, "
        "with the same semantics; an account out of reach answers `NOT_FOUND` and asking about another user "
        "without users:VIEW `FORBIDDEN`, in that check's answer."
    )
    async def check_accesses(self, info: Info, checks: list[AccessCheckInput]) -> list[AccessDecision]:
        principal = require_principal(info)
        if len(checks) > MAX_CHECKS:
            raise BadUserInput(f"At most {MAX_CHECKS} checks per call.")
        parsed: list[_Check | AccessDecision] = []
        for item in checks:
            account = decode_optional(item.account_id, "Account")
            if account is None:
                parsed.append(AccessDecision(allowed=False, reason=NOT_FOUND))
                continue
            parsed.append(_Check(account, PolicyCapability(item.capability), PolicyLevel(item.level), item.user_id,
                                 item.app_id, _media_source(item.media_source), _geo(item.geo)))
        apps: dict[tuple[object, object], bool] = {}
        answers = []
        for check in parsed:
            if isinstance(check, AccessDecision):
                answers.append(check)
                continue
            try:
                answers.append(await _decide(info, principal, check, apps))
            except NotFound:
                answers.append(AccessDecision(allowed=False, reason=NOT_FOUND))
            except Forbidden:  # asking about another user without users:VIEW
                answers.append(AccessDecision(allowed=False, reason="FORBIDDEN"))
        return answers

    @strawberry.field(
        description="The reverse of `checkAccess`: which apps (paged, by ID), media sources and geos the caller "
        "(or `userId`, which needs users:VIEW) may use for this capability and level in the account. An app, "
        "media source or geo is listed exactly when `checkAccess` with it answers allowed."
    )
    async def accessible_scope(
        self,
        info: Info,
        account_id: strawberry.ID,
        capability: Capability,  # type: ignore[valid-type]
        level: CapabilityLevel = PolicyLevel.VIEW,  # type: ignore[valid-type,assignment]
        user_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> AccessibleScopeType:
        principal = require_principal(info)
        account = decode_typed(account_id, "Account")
        size = page_size(first)
        cursor = decode_cursor(after)
        access = await _subject_access(info, principal, account, user_id)
        scope = accessible_scope(access, PolicyCapability(capability), PolicyLevel(level))
        app_ids: list[uuid.UUID] = []
        total = 0
        has_next = False
        if scope.decision.allowed:
            query = Resource.filter(account_id=account, kind=ResourceKind.APP)
            if not scope.all_apps:
                query = query.filter(id__in=[uuid.UUID(a) for a in scope.app_ids])
            total = await query.count()
            if cursor:
                query = query.filter(id__gt=uuid.UUID(str(cursor[0])))
            app_ids = list(await query.order_by("id").limit(size + 1).values_list("id", flat=True))
            has_next = len(app_ids) > size
            app_ids = app_ids[:size]
        cursors = [encode_cursor([str(a)]) for a in app_ids]
        return AccessibleScopeType(
            allowed=scope.decision.allowed, reason=scope.decision.reason, all_apps=scope.all_apps,
            app_ids=[strawberry.ID(encode_id("Resource", a)) for a in app_ids], total_apps=total,
            page_info=PageInfo(has_next_page=has_next, has_previous_page=cursor is not None,
                               start_cursor=cursors[0] if cursors else None,
                               end_cursor=cursors[-1] if cursors else None),
            all_media_sources=scope.all_media_sources, media_sources=list(scope.media_sources),
            all_geos=scope.all_geos, geos=list(scope.geos),
        )


@dataclass(frozen=True)
class _Check:
    account: uuid.UUID
    capability: PolicyCapability
    level: PolicyLevel
    user_id: strawberry.ID | None
    app_id: strawberry.ID | None
    media_source: str | None
    geo: str | None


async def _subject_access(
    info: Info, principal: Principal, account: uuid.UUID, user_id: strawberry.ID | None
) -> AccountAccess:
    """The caller's access, or (users:VIEW) another user's; NotFound / Forbidden as `authorize`."""
    if user_id is not None and decode_typed(user_id, "User") != principal.user_id:
        # Asking about someone else: only for those who may see the account's users.
        await authorize(info, account, PolicyCapability.USERS, PolicyLevel.VIEW)
        subject = Principal(kind=PrincipalKind.USER, user_id=decode_typed(user_id, "User"))
        access = await resolve_access(subject, account)
    else:
        access = await info.context.access(account)
        if access is None:
            raise NotFound()
    return access  # type: ignore[return-value]


async def _decide(
    info: Info, principal: Principal, check: _Check, apps: dict[tuple[object, object], bool]
) -> AccessDecision:
    """One `checkAccess`; `apps` remembers which app IDs exist in which account (one call's batch)."""
    access = await _subject_access(info, principal, check.account, check.user_id)
    app: str | None = None
    if check.app_id is not None:
        resource = decode_optional(check.app_id, "Resource")
        key = (check.account, resource)
        if key not in apps:
            apps[key] = resource is not None and await Resource.exists(
                id=resource, account_id=check.account, kind=ResourceKind.APP
            )
        if not apps[key]:
            return AccessDecision(allowed=False, reason="APP_NOT_FOUND")
        app = str(resource)
    decision = may(
        access, check.capability, check.level, app_id=app, media_source=check.media_source, geo=check.geo
    )
    return AccessDecision(allowed=decision.allowed, reason=decision.reason)


def _media_source(raw: str | None) -> str | None:
    if raw is None:
        return None
    value = raw.strip()
    if not value or len(value) > MEDIA_SOURCE_MAX:
        raise BadUserInput(f"`mediaSource` must be 1 to {MEDIA_SOURCE_MAX} characters.")
    return value


def _geo(raw: str | None) -> str | None:
    if raw is None:
        return None
    code = raw.strip().upper()
    if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
        raise BadUserInput("`geo` must be an ISO-3166-1 alpha-2 country code.")
    return code
