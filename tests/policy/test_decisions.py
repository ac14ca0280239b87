"""The decision function on its own: every rule of SPEC §4 and seed 003 that needs no database."""

import uuid

import pytest

from gqlaccess.models.enums import AccountStatus, RoleKind
from gqlaccess.policy.access import AccessVia, AccountAccess
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level
from gqlaccess.policy.decisions import may
from gqlaccess.policy.grants import may_grant_role, may_grant_scope
from gqlaccess.policy.scope import FULL_SCOPE, DataScope


def access(role_key: str, scope: DataScope = FULL_SCOPE, **overrides) -> AccountAccess:
    values = dict(
        account_id=uuid.uuid4(), account_status=AccountStatus.ACTIVE, via=AccessVia.MEMBERSHIP,
        capabilities=PREDEFINED_ROLES[role_key], scope=scope, role_key=role_key, role_kind=RoleKind.PREDEFINED,
    )
    values.update(overrides)
    return AccountAccess(**values)


def test_matrix_has_every_capability_for_every_role():
    for levels in PREDEFINED_ROLES.values():
        assert set(levels) == set(Capability)


def test_api_tokens_are_admin_only():
    holders = [key for key, levels in PREDEFINED_ROLES.items() if levels[Capability.API_TOKENS] != Level.NONE]
    assert holders == ["admin"]


def test_no_access_is_not_found():
    assert may(None, Capability.USERS).reason == "NOT_FOUND"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"account_status": AccountStatus.DEACTIVATED}, "ACCOUNT_DEACTIVATED"),
        ({"membership_active": False}, "MEMBERSHIP_INACTIVE"),
    ],
)
def test_account_and_membership_state_come_first(overrides, reason):
    assert may(access("admin", **overrides), Capability.USERS, Level.VIEW).reason == reason


def test_read_only_access_cannot_manage():
    decision = may(access("admin", read_only=True), Capability.CLIENTS, Level.MANAGE)
    assert decision.reason == "READ_ONLY"
    assert may(access("admin", read_only=True), Capability.CLIENTS, Level.VIEW).allowed


def test_scope_rules():
    limited = DataScope(apps_all_current_and_future=False, app_ids=frozenset({"a1"}), media_sources_all=False,
                        media_sources=frozenset({"fb"}))
    member = access("marketing", limited)
    assert may(member, Capability.EXPORTS, Level.VIEW).reason == "DATA_SCOPE_RESTRICTED"
    assert may(member, Capability.CLIENTS, Level.VIEW, app_id="a1").allowed
    assert may(member, Capability.CLIENTS, Level.VIEW, app_id="a2").reason == "APP_NOT_IN_SCOPE"
    assert may(member, Capability.CLIENTS, Level.VIEW, media_source="tt").reason == "MEDIA_SOURCE_NOT_IN_SCOPE"
    future = DataScope(apps_all_current_and_future=False, app_ids=frozenset({"a1"}), include_future_apps=True)
    assert may(access("marketing", future), Capability.CLIENTS, Level.VIEW, app_id="new-app").allowed


def test_only_admin_grants_admin_and_nobody_grants_more_than_they_hold():
    admin_levels = PREDEFINED_ROLES["admin"]
    assert may_grant_role(access("admin"), "admin", RoleKind.PREDEFINED, admin_levels).allowed
    assert may_grant_role(access("team_lead"), "admin", RoleKind.PREDEFINED, admin_levels).reason == "ONLY_ADMIN_GRANTS_ADMIN"
    assert may_grant_role(access("team_lead"), "finance", RoleKind.PREDEFINED, PREDEFINED_ROLES["finance"]).reason == "ROLE_EXCEEDS_GRANTER"
    assert may_grant_role(access("team_lead"), "marketing", RoleKind.PREDEFINED, PREDEFINED_ROLES["marketing"]).allowed
    assert may_grant_role(access("admin"), None, RoleKind.TEMPORARY, {}).reason == "TEMPORARY_ROLE_NOT_ASSIGNABLE"


def test_scope_cannot_be_widened_by_granting():
    granter = access("team_lead", DataScope(geos_all=False, geos=frozenset({"FR", "DE"})))
    assert may_grant_scope(granter, DataScope(geos_all=False, geos=frozenset({"FR"}))).allowed
    assert not may_grant_scope(granter, DataScope(geos_all=False, geos=frozenset({"US"}))).allowed
    assert not may_grant_scope(granter, FULL_SCOPE).allowed
