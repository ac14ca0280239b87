"""updateMembership, deactivate/reactivate, removeUsers, transferAccountOwnership, resetUserTwoFactor."""

from __future__ import annotations

from gqlaccess.models import Account, Invitation, Membership, Role, User
from gqlaccess.models.enums import InvitationStatus, MembershipStatus
from gqlaccess.services.core.clock import utcnow

from ....support.factories import LOGIN, PASSWORD, add_member, make_tenant
from ....support.users import (
    CREATE_USER,
    DEACTIVATE,
    REACTIVATE,
    REMOVE,
    RESEND,
    RESET_2FA,
    TRANSFER,
    UPDATE_MEMBERSHIP,
    USERS,
    accept_membership_as,
    counts,
    gid,
    make_app,
    make_temporary_role,
    membership_gid,
    membership_of,
    new_user_input,
    payload_errors,
    role_gid,
)


def codes(errors):
    return [(e["field"], e["code"]) for e in errors]


async def test_update_role_and_scopes(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    app = await make_app(tenant)
    email, _ = await add_member(gql, tenant, "marketing")
    mid = await membership_gid(tenant, email)
    payload = await gql.mutate(UPDATE_MEMBERSHIP, {"input": {
        "membershipId": mid, "roleId": role_gid("finance"),
        "apps": {"allCurrentAndFuture": False, "appIds": [app]},
        "mediaSources": {"all": False, "values": ["facebook"]},
        "geos": {"all": False, "countryCodes": ["gb"]},
        "department": "Finance", "name": "Renamed Person",
    }}, token=tenant.owner_token)
    m = payload["membership"]
    assert m["role"]["key"] == "finance"
    assert m["apps"]["appIds"] == [app]
    assert m["mediaSources"] == {"all": False, "values": ["facebook"]}
    assert m["geos"] == {"all": False, "countryCodes": ["GB"]}
    assert m["user"]["name"] == "Renamed Person" and m["user"]["department"] == "Finance"
    assert m["user"]["email"] == email

    # Same rules as creation; nothing written on error.
    before = await membership_of(tenant, email)
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
        "membershipId": mid, "geos": {"all": False, "countryCodes": ["ZZ"]}, "roleId": role_gid("marketing"),
    }}, tenant.owner_token)
    assert codes(errors) == [("geos.countryCodes", "INVALID_COUNTRY_CODE")]
    after = await membership_of(tenant, email)
    assert (after.role_id, after.geos) == (before.role_id, before.geos)
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {"membershipId": mid}}, tenant.owner_token)
    assert codes(errors) == [(None, "NOTHING_TO_CHANGE")]


async def test_profile_of_a_user_shared_with_another_account_is_not_editable(gql, runtime):
    first = await make_tenant(gql, runtime)
    second = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, first, "qa")
    added = await gql.mutate(CREATE_USER, {"input": {**new_user_input(second), "email": email}}, token=second.owner_token)
    await accept_membership_as(gql, email, added["membership"]["id"], PASSWORD)
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
        "membershipId": await membership_gid(second, email), "name": "Hijacked",
    }}, second.owner_token)
    assert codes(errors) == [("name", "USER_PROFILE_SHARED")]
    assert (await User.get(email=email)).name != "Hijacked"
    # The membership itself is still editable there.
    await gql.mutate(UPDATE_MEMBERSHIP, {"input": {
        "membershipId": await membership_gid(second, email), "roleId": role_gid("finance"),
    }}, token=second.owner_token)


async def test_owner_is_immutable(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, admin = await add_member(gql, tenant, "admin")
    owner = await membership_gid(tenant, tenant.owner_email)
    for token in (tenant.owner_token, admin):
        errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
            "membershipId": owner, "roleId": role_gid("qa"),
        }}, token)
        assert codes(errors) == [("membershipId", "OWNER_IMMUTABLE")]
        errors = await payload_errors(gql, DEACTIVATE, {"id": owner}, token)
        assert codes(errors) == [("membershipId", "OWNER_IMMUTABLE")]
        errors = await payload_errors(gql, REMOVE, {"account": tenant.gid, "ids": [owner]}, token)
        assert codes(errors) == [("membershipIds.0", "OWNER_IMMUTABLE")]
    m = await membership_of(tenant, tenant.owner_email)
    assert m.status == MembershipStatus.ACTIVE and (await Role.get(id=m.role_id)).key == "admin"


async def test_temporary_role_rules(gql, runtime):
    """Seed 003: no temp→temp, no way back, future apps frozen, the role vanishes with its last member."""
    tenant = await make_tenant(gql, runtime)
    app = await make_app(tenant)
    temp1, temp2 = await make_temporary_role(tenant), await make_temporary_role(tenant)
    diana, _ = await add_member(gql, tenant, "qa")
    edward, _ = await add_member(gql, tenant, "qa")
    await Membership.filter(account_id=tenant.account_id, user__email__in=[diana, edward]).update(role_id=temp1.id)
    diana_id = await membership_gid(tenant, diana)
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
        "membershipId": diana_id, "roleId": gid("Role", temp2.id)}}, tenant.owner_token)
    assert codes(errors) == [("roleId", "TEMPORARY_ROLE_NOT_ASSIGNABLE")]
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
        "membershipId": diana_id, "apps": {"allCurrentAndFuture": False, "appIds": [app]}}}, tenant.owner_token)
    assert codes(errors) == [("apps", "TEMPORARY_ROLE_FUTURE_APPS_FROZEN")]
    # Media sources and geos may still change on a temporary role.
    await gql.mutate(UPDATE_MEMBERSHIP, {"input": {
        "membershipId": diana_id, "geos": {"all": False, "countryCodes": ["FR"]}}}, token=tenant.owner_token)
    # A temporary role appears in the users filter (seed 003).
    data = await gql.ok(USERS, {"account": tenant.gid, "role": gid("Role", temp1.id)}, token=tenant.owner_token)
    assert data["users"]["totalCount"] == 2

    await gql.mutate(UPDATE_MEMBERSHIP, {"input": {
        "membershipId": diana_id, "roleId": role_gid("finance")}}, token=tenant.owner_token)
    assert await Role.exists(id=temp1.id)  # Edward still holds it
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
        "membershipId": diana_id, "roleId": gid("Role", temp1.id)}}, tenant.owner_token)
    assert codes(errors) == [("roleId", "TEMPORARY_ROLE_NOT_ASSIGNABLE")]
    await gql.mutate(UPDATE_MEMBERSHIP, {"input": {
        "membershipId": await membership_gid(tenant, edward), "roleId": role_gid("qa")}}, token=tenant.owner_token)
    assert not await Role.exists(id=temp1.id)  # its last member left
    assert await Role.exists(id=temp2.id)


async def test_deactivated_member_loses_access_at_once_and_regains_it(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    email, token = await add_member(gql, tenant, "team_lead")
    query = {"account": tenant.gid}
    await gql.ok(USERS, query, token=token)  # the session works
    mid = await membership_gid(tenant, email)
    payload = await gql.mutate(DEACTIVATE, {"id": mid}, token=tenant.owner_token)
    assert payload["membership"]["status"] == "INACTIVE"
    # Deactivation ends every session of the person (issue 14): the token stops at once.
    body = await gql.execute(USERS, query, token=token)  # same session, next request
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # Signed in again, the account itself still refuses the inactive member.
    token = (await gql.ok(LOGIN, {"email": email, "password": PASSWORD}))["login"]["token"]
    body = await gql.execute(USERS, query, token=token)
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "MEMBERSHIP_INACTIVE"}
    body = await gql.execute(CREATE_USER, {"input": new_user_input(tenant)}, token=token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    data = await gql.ok(USERS, {**query, "status": "INACTIVE"}, token=tenant.owner_token)
    assert [e["node"]["user"]["email"] for e in data["users"]["edges"]] == [email]
    await gql.mutate(REACTIVATE, {"id": mid}, token=tenant.owner_token)
    await gql.ok(USERS, query, token=token)


async def test_cannot_deactivate_or_remove_self_or_wider_roles(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    lead_email, lead = await add_member(gql, tenant, "team_lead")
    admin_email, _ = await add_member(gql, tenant, "admin")
    errors = await payload_errors(gql, DEACTIVATE, {"id": await membership_gid(tenant, lead_email)}, lead)
    assert codes(errors) == [("membershipId", "CANNOT_TARGET_SELF")]
    errors = await payload_errors(gql, DEACTIVATE, {"id": await membership_gid(tenant, admin_email)}, lead)
    assert codes(errors) == [("membershipId", "ROLE_EXCEEDS_GRANTER")]
    errors = await payload_errors(gql, REMOVE, {
        "account": tenant.gid, "ids": [await membership_gid(tenant, admin_email)]}, lead)
    assert codes(errors) == [("membershipIds.0", "ROLE_EXCEEDS_GRANTER")]
    errors = await payload_errors(gql, UPDATE_MEMBERSHIP, {"input": {
        "membershipId": await membership_gid(tenant, admin_email), "roleId": role_gid("qa")}}, lead)
    assert codes(errors) == [("membershipId", "ROLE_EXCEEDS_GRANTER")]


async def test_remove_users(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    solo, _ = await add_member(gql, tenant, "qa")
    shared, _ = await add_member(gql, tenant, "qa")
    await gql.mutate(CREATE_USER, {"input": {**new_user_input(other), "email": shared}}, token=other.owner_token)
    pending = new_user_input(tenant)
    await gql.mutate(CREATE_USER, {"input": pending}, token=tenant.owner_token)
    foreign, _ = await add_member(gql, other, "qa")

    # All or nothing: one bad id (another tenant's member) and nothing is removed.
    ids = [await membership_gid(tenant, e) for e in (solo, shared, pending["email"])]
    before = await counts(tenant)
    errors = await payload_errors(gql, REMOVE, {
        "account": tenant.gid, "ids": [*ids, await membership_gid(other, foreign)]}, tenant.owner_token)
    assert codes(errors) == [("membershipIds.3", "MEMBERSHIP_NOT_FOUND")]
    assert await counts(tenant) == before

    payload = await gql.mutate(REMOVE, {"account": tenant.gid, "ids": ids}, token=tenant.owner_token)
    removed = {r["email"]: r["userDeleted"] for r in payload["removed"]}
    assert removed == {solo: True, shared: False, pending["email"]: True}
    assert not await User.exists(email=solo)
    assert await User.exists(email=shared)  # still a member of the other account
    assert await Membership.filter(account_id=tenant.account_id).count() == 1  # the owner
    assert not await Invitation.filter(email=pending["email"], status=InvitationStatus.PENDING).exists()
    # The removed user's session no longer reaches this account.
    body = await gql.ok(LOGIN, {"email": shared, "password": PASSWORD})
    assert await gql.error_code(USERS, {"account": tenant.gid}, token=body["login"]["token"]) == "NOT_FOUND"


async def test_transfer_ownership(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    admin_email, admin = await add_member(gql, tenant, "admin")
    qa_email, _ = await add_member(gql, tenant, "qa")
    inactive_admin, _ = await add_member(gql, tenant, "admin", active=False)
    admin_id = await membership_gid(tenant, admin_email)
    # Only the owner (or a platform operator) starts it.
    assert await gql.error_code(TRANSFER, {"account": tenant.gid, "id": admin_id}, token=admin) == "FORBIDDEN"
    for email in (qa_email, inactive_admin):
        errors = await payload_errors(gql, TRANSFER, {
            "account": tenant.gid, "id": await membership_gid(tenant, email)}, tenant.owner_token)
        assert codes(errors) == [("membershipId", "OWNERSHIP_TARGET_NOT_ACTIVE_ADMIN")]
    other = await make_tenant(gql, runtime)
    other_owner_in_tenant = await gql.mutate(CREATE_USER, {"input": {
        **new_user_input(tenant, "admin"), "email": other.owner_email}}, token=tenant.owner_token)
    errors = await payload_errors(gql, TRANSFER, {
        "account": tenant.gid, "id": other_owner_in_tenant["membership"]["id"]}, tenant.owner_token)
    assert codes(errors) == [("membershipId", "MEMBERSHIP_PENDING_CONSENT")]
    await accept_membership_as(gql, other.owner_email, other_owner_in_tenant["membership"]["id"], PASSWORD)
    errors = await payload_errors(gql, TRANSFER, {
        "account": tenant.gid, "id": other_owner_in_tenant["membership"]["id"]}, tenant.owner_token)
    assert codes(errors) == [("membershipId", "ALREADY_OWNS_ACCOUNT")]
    payload = await gql.mutate(TRANSFER, {"account": tenant.gid, "id": admin_id}, token=tenant.owner_token)
    assert payload["owner"] == {"id": admin_id, "isOwner": True}
    account = await Account.get(id=tenant.account_id)
    assert account.owner_id == (await User.get(email=admin_email)).id
    # The former owner is an ordinary admin now: the new owner may edit them.
    await gql.mutate(UPDATE_MEMBERSHIP, {"input": {
        "membershipId": await membership_gid(tenant, tenant.owner_email), "roleId": role_gid("qa")}}, token=admin)


async def test_reset_two_factor(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    admin_email, admin = await add_member(gql, tenant, "admin")
    other_admin, _ = await add_member(gql, tenant, "admin")
    _, lead = await add_member(gql, tenant, "team_lead")
    await User.filter(email__in=[admin_email, other_admin, tenant.owner_email]).update(
        totp_enabled_at=utcnow(), totp_secret_encrypted="x"
    )
    target = await membership_gid(tenant, other_admin)
    assert await gql.error_code(RESET_2FA, {"id": target}, token=lead) == "FORBIDDEN"
    errors = await payload_errors(gql, RESET_2FA, {"id": await membership_gid(tenant, admin_email)}, admin)
    assert codes(errors) == [("membershipId", "CANNOT_TARGET_SELF")]
    errors = await payload_errors(gql, RESET_2FA, {"id": await membership_gid(tenant, tenant.owner_email)}, admin)
    assert codes(errors) == [("membershipId", "OWNER_IMMUTABLE")]
    assert (await User.get(email=tenant.owner_email)).totp_enabled_at is not None
    payload = await gql.mutate(RESET_2FA, {"id": target}, token=admin)
    assert payload["membership"]["user"]["twoFactorEnabled"] is False
    errors = await payload_errors(gql, RESET_2FA, {"id": target}, admin)
    assert codes(errors) == [("membershipId", "TOTP_NOT_ENABLED")]
    # A platform operator may reset the owner's.
    operator, operator_token = await add_member(gql, await make_tenant(gql, runtime), "qa")
    await User.filter(email=operator).update(is_platform_operator=True)
    body = await gql.ok(LOGIN, {"email": operator, "password": PASSWORD})
    await gql.mutate(RESET_2FA, {"id": await membership_gid(tenant, tenant.owner_email)}, token=body["login"]["token"])
    assert (await User.get(email=tenant.owner_email)).totp_enabled_at is None


async def test_other_tenant_gets_not_found_and_members_without_users_manage_forbidden(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    _, viewer = await add_member(gql, tenant, "marketing_manager")  # users: VIEW
    email, _ = await add_member(gql, tenant, "qa")
    mid = await membership_gid(tenant, email)
    owner_mid = await membership_gid(tenant, tenant.owner_email)
    calls = [
        (UPDATE_MEMBERSHIP, {"input": {"membershipId": mid, "roleId": role_gid("finance")}}),
        (DEACTIVATE, {"id": mid}),
        (REACTIVATE, {"id": mid}),
        (REMOVE, {"account": tenant.gid, "ids": [mid]}),
        (RESET_2FA, {"id": mid}),
        (TRANSFER, {"account": tenant.gid, "id": owner_mid}),
        (RESEND, {"id": mid}),
    ]
    before = await counts(tenant)
    for query, variables in calls:
        assert await gql.error_code(query, variables, token=other.owner_token) == "NOT_FOUND", query
        assert await gql.error_code(query, variables, token=viewer) == "FORBIDDEN", query
        assert await gql.error_code(query, variables) == "UNAUTHENTICATED", query
    assert await counts(tenant) == before
    m = await membership_of(tenant, email)
    assert m.status == MembershipStatus.ACTIVE and (await Role.get(id=m.role_id)).key == "qa"
