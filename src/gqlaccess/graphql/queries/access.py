"""`capabilities` (the catalogue) and `checkAccess` (the question other services ask)."""

from __future__ import annotations

import strawberry

from ...policy.access import resolve_access
from ...policy.capabilities import DATA_SCOPE_RESTRICTED_CAPABILITIES, NON_EDITABLE_CAPABILITIES
from ...policy.capabilities import Capability as PolicyCapability
from ...policy.capabilities import Level as PolicyLevel
from ...policy.decisions import may
from ...policy.principal import Principal, PrincipalKind
from ..context import Info
from ..errors import NotFound
from ..guards import authorize, require_principal
from ..ids import decode_optional, decode_typed
from ..types.enums import Capability, CapabilityLevel


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
        "MEDIA_SOURCE_NOT_IN_SCOPE, GEO_NOT_IN_SCOPE, MEMBERSHIP_INACTIVE, ACCOUNT_DEACTIVATED, READ_ONLY"
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

    @strawberry.field(description="May the caller (or `userId`, for viewers with users:VIEW) do this?")
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
        subject = principal
        if user_id is not None:
            target = decode_typed(user_id, "User")
            if target != principal.user_id:
                await authorize(info, account, PolicyCapability.USERS, PolicyLevel.VIEW)
                subject = Principal(kind=PrincipalKind.USER, user_id=target)
        access = (
            await info.context.access(account) if subject is principal else await resolve_access(subject, account)
        )
        if subject is principal and access is None:
            raise NotFound()
        app = decode_optional(app_id, "Resource") if app_id else None
        decision = may(
            access,
            PolicyCapability(capability),
            PolicyLevel(level),
            app_id=str(app) if app else (str(app_id) if app_id else None),
            media_source=media_source,
            geo=geo,
        )
        return AccessDecision(allowed=decision.allowed, reason=decision.reason)
