"""The one place that answers "may this principal do X here?"."""

from __future__ import annotations

from dataclasses import dataclass

from ..models.enums import AccountStatus
from .access import AccountAccess
from .capabilities import DATA_SCOPE_RESTRICTED_CAPABILITIES, Capability, Level


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str

    @property
    def hides_existence(self) -> bool:
        return self.reason == NOT_FOUND


ALLOWED = "ALLOWED"
NOT_FOUND = "NOT_FOUND"


def may_enter(access: AccountAccess | None) -> Decision:
    """May the principal act in this account at all (whatever the capability)?"""
    if access is None:
        return Decision(False, NOT_FOUND)
    if access.account_status == AccountStatus.DEACTIVATED:
        return Decision(False, "ACCOUNT_DEACTIVATED")
    if not access.membership_active:
        return Decision(False, "MEMBERSHIP_INACTIVE")
    if access.totp_enrollment_required:
        return Decision(False, "TOTP_ENROLLMENT_REQUIRED")
    if access.reauthentication_required:
        return Decision(False, "REAUTHENTICATION_REQUIRED")
    return Decision(True, ALLOWED)


def may(
    access: AccountAccess | None,
    capability: Capability,
    level: Level = Level.VIEW,
    *,
    app_id: str | None = None,
    media_source: str | None = None,
    geo: str | None = None,
) -> Decision:
    entry = may_enter(access)
    if not entry.allowed or access is None:
        return entry
    if access.read_only and level == Level.MANAGE:
        return Decision(False, "READ_ONLY")
    if not access.level(capability).covers(level):
        return Decision(False, "INSUFFICIENT_ROLE")
    scope = access.scope
    if capability in DATA_SCOPE_RESTRICTED_CAPABILITIES and scope.data_restricted:
        return Decision(False, "DATA_SCOPE_RESTRICTED")
    if app_id is not None and not scope.allows_app(app_id):
        return Decision(False, "APP_NOT_IN_SCOPE")
    if media_source is not None and not scope.allows_media_source(media_source):
        return Decision(False, "MEDIA_SOURCE_NOT_IN_SCOPE")
    if geo is not None and not scope.allows_geo(geo):
        return Decision(False, "GEO_NOT_IN_SCOPE")
    return Decision(True, ALLOWED)
