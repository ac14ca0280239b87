"""createUser: seed 003 (fields, scopes, conflicts, plan limit, grants) and seed 004 (inactive until activated)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gqlaccess.models import Account, Invitation, Membership, OutboxEmail, User
from gqlaccess.models.enums import InvitationStatus, RoleKind
from gqlaccess.services.core.outbox import read_variables

from ....support.factories import ACCEPT, LOGIN, PASSWORD, add_member, invitation_token, make_tenant
from ....support.users import (
    CREATE_USER,
    RESEND,
    accept_membership_as,
    counts,
    gid,
    make_app,
    make_temporary_role,
    membership_gid,
    new_user_input,
    payload_errors,
    role_gid,
)


async def test_create_user_invites_and_activation_logs_in(gql, runtime):
    """Flow 1: create with role and scopes → 48 h link → password, terms, privacy → active, logged in."""
    tenant = await make_tenant(gql, runtime)
    app = await make_app(tenant)
    data = new_user_input(
        tenant, "marketing", department="Growth", notificationEmail="assistant@example.com",
        apps={"allCurrentAndFuture": False, "appIds": [app]},
        mediaSources={"all": False, "values": ["googleadwords_int", "facebook"]},
        geos={"all": False, "countryCodes": ["fr", "DE"]},
    )
    payload = await gql.mutate(CREATE_USER, {"input": data}, token=tenant.owner_token)
    membership = payload["membership"]
    assert membership["status"] == "PENDING"
    assert membership["isOwner"] is False
    assert membership["role"]["key"] == "marketing"
    assert membership["user"]["email"] == data["email"]
    assert membership["user"]["department"] == "Growth"
    assert membership["user"]["notificationEmail"] == "assistant@example.com"
    assert membership["apps"] == {"allCurrentAndFuture": False, "includeFutureApps": False, "appIds": [app]}
    assert membership["mediaSources"] == {"all": False, "values": ["googleadwords_int", "facebook"]}
    assert membership["geos"] == {"all": False, "countryCodes": ["DE", "FR"]}
    invitation = payload["invitation"]
    assert invitation["kind"] == "USER_ACTIVATION" and invitation["status"] == "PENDING"
    assert invitation["url"]  # no SMTP in tests: the link is handed to the creator (seed 001)

    stored = await Invitation.get(email=data["email"])
    assert timedelta(hours=47, minutes=59) < stored.expires_at - stored.created_at <= timedelta(hours=48, seconds=5)
    email = await OutboxEmail.get(invitation_id=stored.id)
    assert email.template == "user_activation" and email.to_email == data["email"]
    variables = read_variables(runtime.settings, email)
    assert variables["url"] == invitation["url"]
    assert variables["name"] == data["name"]
    assert variables["inviter_name"]
    assert variables["account_name"].startswith("Tenant ")
    assert variables["expires_at"] == stored.expires_at.isoformat()

    # Seed 004: the user cannot log in before activation.
    body = await gql.ok(LOGIN, {"email": data["email"], "password": PASSWORD})
    assert body["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    accepted = await gql.mutate(ACCEPT, {"token": invitation_token(invitation["url"]), "password": PASSWORD})
    me = await gql.ok("{ me { email memberships { status role { key } } } }", token=accepted["token"])
    assert me["me"]["memberships"] == [{"status": "ACTIVE", "role": {"key": "marketing"}}]


async def test_expired_link_is_refused_and_resend_revokes_the_old_one(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = new_user_input(tenant)
    payload = await gql.mutate(CREATE_USER, {"input": data}, token=tenant.owner_token)
    first_url = payload["invitation"]["url"]
    await Invitation.filter(email=data["email"]).update(expires_at=runtime.deps.now() - timedelta(minutes=1))
    body = await gql.ok(ACCEPT, {"token": invitation_token(first_url), "password": PASSWORD})
    assert body["acceptInvitation"]["errors"][0]["code"] == "INVITATION_EXPIRED"

    before = await OutboxEmail.filter(to_email=data["email"]).count()
    resent = await gql.mutate(RESEND, {"id": payload["membership"]["id"]}, token=tenant.owner_token)
    assert resent["invitation"]["url"] != first_url
    assert await OutboxEmail.filter(to_email=data["email"], template="user_activation").count() == before + 1
    old = await Invitation.filter(email=data["email"]).order_by("created_at").first()
    assert old is not None and old.status == InvitationStatus.REVOKED
    body = await gql.ok(ACCEPT, {"token": invitation_token(first_url), "password": PASSWORD})
    assert body["acceptInvitation"]["errors"][0]["code"] == "INVITATION_REVOKED"
    await gql.mutate(ACCEPT, {"token": invitation_token(resent["invitation"]["url"]), "password": PASSWORD})

    # Pending users only.
    errors = await payload_errors(gql, RESEND, {"id": payload["membership"]["id"]}, tenant.owner_token)
    assert [(e["field"], e["code"]) for e in errors] == [("membershipId", "NOT_PENDING")]


async def test_existing_activated_user_is_added_with_another_role(gql, runtime):
    """Flow 2: one login, two accounts, a different role in each."""
    first = await make_tenant(gql, runtime)
    second = await make_tenant(gql, runtime)
    email, token = await add_member(gql, first, "finance")
    payload = await gql.mutate(
        CREATE_USER, {"input": {**new_user_input(second, "qa"), "email": email.upper()}}, token=second.owner_token
    )
    # second's owner manages nothing of first: the person consents first (issue 15).
    assert payload["membership"]["status"] == "PENDING"
    assert payload["invitation"]["url"] is None
    mail = await OutboxEmail.filter(to_email=email, template="membership_invitation").first()
    assert mail is not None and read_variables(runtime.settings, mail)["account_name"].startswith("Tenant ")
    await accept_membership_as(gql, email, payload["membership"]["id"], PASSWORD)
    me = await gql.ok("{ me { memberships { role { key } account { id } } } }", token=token)
    assert sorted((m["role"]["key"], m["account"]["id"]) for m in me["me"]["memberships"]) == sorted(
        [("finance", first.gid), ("qa", second.gid)]
    )
    assert await User.filter(email=email).count() == 1


async def test_conflicts_are_one_generic_error_and_write_nothing(gql, runtime):
    first = await make_tenant(gql, runtime)
    second = await make_tenant(gql, runtime)
    pending = new_user_input(first)
    await gql.mutate(CREATE_USER, {"input": pending}, token=first.owner_token)
    member_email, _ = await add_member(gql, second, "marketing")
    for tenant, email in (
        (second, pending["email"]),  # pending elsewhere: cannot be added to a second account (seed 003)
        (first, pending["email"]),  # already a (pending) member here
        (second, member_email),  # already an active member here
        (second, second.owner_email),  # the owner
    ):
        before = await counts(tenant)
        errors = await payload_errors(
            gql, CREATE_USER, {"input": {**new_user_input(tenant), "email": email}}, tenant.owner_token
        )
        assert [(e["field"], e["code"]) for e in errors] == [("email", "USER_CANNOT_BE_CREATED")]
        assert errors[0]["message"] == "This user cannot be created."
        assert await counts(tenant) == before


@pytest.mark.parametrize(
    "email",
    ["a..b@example.com", "a!b@example.com", "a b@example.com", "ab@", "@example.com", "ab@localhost",
     "ab@site.test", "a(b)@example.com", ".ab@example.com", "ab@exa..mple.com", "é@example.com"],
)
async def test_seed_003_email_syntax_refused(gql, runtime, email):
    tenant = await make_tenant(gql, runtime)
    before = await counts(tenant)
    errors = await payload_errors(
        gql, CREATE_USER, {"input": {**new_user_input(tenant), "email": email}}, tenant.owner_token
    )
    assert ("email", "INVALID_EMAIL") in [(e["field"], e["code"]) for e in errors]
    assert await counts(tenant) == before


async def test_seed_003_email_special_characters_accepted_and_immutable(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    email = "o'neil&co$#-_.x@example.com"
    payload = await gql.mutate(CREATE_USER, {"input": {**new_user_input(tenant), "email": email}}, token=tenant.owner_token)
    assert payload["membership"]["user"]["email"] == email
    # Immutable afterwards: the edit input has no e-mail at all.
    fields = await gql.ok('{ __type(name: "UpdateMembershipInput") { inputFields { name } } }', token=tenant.owner_token)
    assert "email" not in {f["name"] for f in fields["__type"]["inputFields"]}


@pytest.mark.parametrize(
    ("name", "code"),
    [("", "REQUIRED"), ("   ", "REQUIRED"), ("Bob <b>", "INVALID_NAME"), ("Ann@Corp", "INVALID_NAME"),
     ("Zoé!", "INVALID_NAME"), ("x" * 201, "TOO_LONG"), ("---", "INVALID_NAME")],
)
async def test_seed_003_name_rules(gql, runtime, name, code):
    tenant = await make_tenant(gql, runtime)
    before = await counts(tenant)
    errors = await payload_errors(gql, CREATE_USER, {"input": {**new_user_input(tenant), "name": name}}, tenant.owner_token)
    assert [(e["field"], e["code"]) for e in errors] == [("name", code)]
    assert await counts(tenant) == before


async def test_seed_003_name_charset_accepted(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    name = "Zoé O'Brien-Smith Jr. \"ZB\" 2_x"
    payload = await gql.mutate(CREATE_USER, {"input": {**new_user_input(tenant), "name": name}}, token=tenant.owner_token)
    assert payload["membership"]["user"]["name"] == name


async def _refused(gql, tenant, token, data, field, code):
    before = await counts(tenant)
    errors = await payload_errors(gql, CREATE_USER, {"input": data}, token)
    assert (field, code) in [(e["field"], e["code"]) for e in errors], errors
    assert await counts(tenant) == before


async def test_scope_rules_of_seed_003(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    app_a, app_b = await make_app(tenant), await make_app(tenant)
    foreign_app = await make_app(other)
    token = tenant.owner_token
    cases = [
        ({"apps": {"allCurrentAndFuture": False, "appIds": [foreign_app]}}, "apps.appIds", "APP_NOT_FOUND"),
        ({"apps": {"allCurrentAndFuture": False, "appIds": ["bm9wZQ"]}}, "apps.appIds", "APP_NOT_FOUND"),
        ({"apps": {"allCurrentAndFuture": False, "appIds": [app_a], "includeFutureApps": True}},
         "apps.includeFutureApps", "FUTURE_APPS_REQUIRE_ALL_APPS"),
        ({"apps": {"allCurrentAndFuture": True, "appIds": [app_a]}}, "apps.appIds", "INVALID"),
        ({"geos": {"all": False, "countryCodes": ["FR", "XX"]}}, "geos.countryCodes", "INVALID_COUNTRY_CODE"),
        ({"geos": {"all": False, "countryCodes": ["FRA"]}}, "geos.countryCodes", "INVALID_COUNTRY_CODE"),
        ({"mediaSources": {"all": False, "values": [""]}}, "mediaSources.values", "INVALID_MEDIA_SOURCE"),
        ({"roleId": role_gid("admin"), "mediaSources": {"all": False, "values": ["x"]}},
         "mediaSources", "SCOPE_NOT_NARROWABLE"),
        ({"roleId": role_gid("admin"), "geos": {"all": False, "countryCodes": ["FR"]}}, "geos", "SCOPE_NOT_NARROWABLE"),
        ({"roleId": role_gid("admin"), "apps": {"allCurrentAndFuture": False, "appIds": [app_a]}},
         "apps", "SCOPE_NOT_NARROWABLE"),
        ({"roleId": role_gid("security"), "mediaSources": {"all": False, "values": ["x"]}},
         "mediaSources", "SCOPE_NOT_NARROWABLE"),
        ({"roleId": gid("Role", "00000000-0000-0000-0000-000000000000")}, "roleId", "ROLE_NOT_FOUND"),
        ({"roleId": "garbage"}, "roleId", "ROLE_NOT_FOUND"),
    ]
    for extra, field, code in cases:
        await _refused(gql, tenant, token, new_user_input(tenant, "marketing", **extra), field, code)

    # Future apps together with every current app, and Security with narrowed geos, are fine.
    ok = await gql.mutate(CREATE_USER, {"input": new_user_input(
        tenant, apps={"allCurrentAndFuture": False, "appIds": [app_a, app_b], "includeFutureApps": True},
    )}, token=token)
    assert ok["membership"]["apps"]["includeFutureApps"] is True
    await gql.mutate(CREATE_USER, {"input": new_user_input(
        tenant, "security", geos={"all": False, "countryCodes": ["US"]}
    )}, token=token)


async def test_roles_cannot_be_escalated_or_temporary(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    _, team_lead = await add_member(gql, tenant, "team_lead")
    _, security = await add_member(gql, tenant, "security")
    _, narrow_lead = await add_member(gql, tenant, "team_lead", media_sources=["facebook"], geos=["FR"])
    temporary = await make_temporary_role(tenant)
    foreign_custom = await make_temporary_role(other)
    await foreign_custom.filter(id=foreign_custom.id).update(kind=RoleKind.CUSTOM)
    cases = [
        (tenant.owner_token, {"roleId": gid("Role", temporary.id)}, "roleId", "TEMPORARY_ROLE_NOT_ASSIGNABLE"),
        (tenant.owner_token, {"roleId": gid("Role", foreign_custom.id)}, "roleId", "ROLE_NOT_FOUND"),
        (team_lead, {"roleId": role_gid("admin")}, "roleId", "ONLY_ADMIN_GRANTS_ADMIN"),
        (security, {"roleId": role_gid("admin")}, "roleId", "ONLY_ADMIN_GRANTS_ADMIN"),
        (team_lead, {"roleId": role_gid("security")}, "roleId", "ROLE_EXCEEDS_GRANTER"),
        (security, {"roleId": role_gid("team_lead")}, "roleId", "ROLE_EXCEEDS_GRANTER"),
        (narrow_lead, {}, None, "SCOPE_EXCEEDS_GRANTER"),
        (narrow_lead, {"mediaSources": {"all": False, "values": ["facebook", "tiktok"]},
                       "geos": {"all": False, "countryCodes": ["FR"]}}, None, "SCOPE_EXCEEDS_GRANTER"),
    ]
    for token, extra, field, code in cases:
        await _refused(gql, tenant, token, new_user_input(tenant, "marketing", **extra), field, code)
    # Within bounds is fine.
    await gql.mutate(CREATE_USER, {"input": new_user_input(
        tenant, "marketing", mediaSources={"all": False, "values": ["facebook"]},
        geos={"all": False, "countryCodes": ["FR"]},
    )}, token=narrow_lead)
    await gql.mutate(CREATE_USER, {"input": new_user_input(tenant, "security")}, token=security)


async def test_plan_user_limit(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await add_member(gql, tenant, "qa")
    await Account.filter(id=tenant.account_id).update(max_users=3)
    await gql.mutate(CREATE_USER, {"input": new_user_input(tenant)}, token=tenant.owner_token)
    before = await counts(tenant)
    errors = await payload_errors(gql, CREATE_USER, {"input": new_user_input(tenant)}, tenant.owner_token)
    assert [(e["field"], e["code"]) for e in errors] == [(None, "PLAN_USER_LIMIT_REACHED")]
    assert await counts(tenant) == before


async def test_without_invitation_then_resend(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = new_user_input(tenant, sendInvitation=False)
    payload = await gql.mutate(CREATE_USER, {"input": data}, token=tenant.owner_token)
    assert payload["invitation"] is None
    assert not await OutboxEmail.filter(to_email=data["email"]).exists()
    resent = await gql.mutate(RESEND, {"id": await membership_gid(tenant, data["email"])}, token=tenant.owner_token)
    await gql.mutate(ACCEPT, {"token": invitation_token(resent["invitation"]["url"]), "password": PASSWORD})


@pytest.mark.parametrize(
    ("role_key", "allowed"),
    [("admin", True), ("team_lead", True), ("security", True), ("marketing_manager", False),
     ("marketing", False), ("marketing_limited", False), ("contributor", False), ("finance", False), ("qa", False)],
)
async def test_each_predefined_role(gql, runtime, role_key, allowed):
    tenant = await make_tenant(gql, runtime)
    _, token = await add_member(gql, tenant, role_key)
    before = await counts(tenant)
    # Each granting role gives its own role (always within its bounds); the others are refused outright.
    body = await gql.execute(CREATE_USER, {"input": new_user_input(tenant, role_key)}, token=token)
    if allowed:
        assert body["data"]["createUser"]["errors"] == []
        assert (await counts(tenant))[0] == before[0] + 1
    else:
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert await counts(tenant) == before


async def test_other_tenant_and_anonymous(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    before = await counts(tenant)
    assert await gql.error_code(CREATE_USER, {"input": new_user_input(tenant)}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CREATE_USER, {"input": new_user_input(tenant)}) == "UNAUTHENTICATED"
    assert await counts(tenant) == before
    assert not await Membership.filter(account_id=tenant.account_id, role__kind=RoleKind.TEMPORARY).exists()
