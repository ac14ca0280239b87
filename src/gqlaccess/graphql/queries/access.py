"""`capabilities` (the catalogue) and `checkAccess` (the question other services ask)."""

from __future__ import annotations

import pycountry
import strawberry

from ...models import Resource
from ...models.enums import ResourceKind
from ...policy.access import resolve_access
from ...policy.capabilities import DATA_SCOPE_RESTRICTED_CAPABILITIES, NON_EDITABLE_CAPABILITIES
from ...policy.capabilities import Capability as PolicyCapability
from ...policy.capabilities import Level as PolicyLevel
from ...policy.decisions import may
from ...policy.principal import Principal, PrincipalKind
from ..context import Info
from ..errors import BadUserInput, NotFound
from ..guards import authorize, require_principal
from ..ids import decode_optional, decode_typed
from ..types.enums import Capability, CapabilityLevel

MEDIA_SOURCE_MAX = 200


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
        media_source = _media_source(media_source)
        geo = _geo(geo)
        if user_id is not None and decode_typed(user_id, "User") != principal.user_id:
            # Asking about someone else: only for those who may see the account's users.
            await authorize(info, account, PolicyCapability.USERS, PolicyLevel.VIEW)
            subject = Principal(kind=PrincipalKind.USER, user_id=decode_typed(user_id, "User"))
            access = await resolve_access(subject, account)
        else:
            access = await info.context.access(account)
            if access is None:
                raise NotFound()
        app: str | None = None
        if app_id is not None:
            resource = decode_optional(app_id, "Resource")
            if resource is None or not await Resource.exists(id=resource, account_id=account, kind=ResourceKind.APP):
                return AccessDecision(allowed=False, reason="APP_NOT_FOUND")
            app = str(resource)
        decision = may(
            access, PolicyCapability(capability), PolicyLevel(level), app_id=app, media_source=media_source, geo=geo
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
