"""checkAccess: the SPEC §4 matrix for every predefined role, data scopes, other users, tenants."""

from __future__ import annotations

import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Resource

from ...support.access import CHECK, check, member
from ...support.factories import make_tenant

# SPEC §4, copied as written (M = MANAGE, V = VIEW, - = NONE); independent of the policy module.
SPEC_MATRIX = """
users          M M V - - - - M -
roles          M V - - - - - M -
hosted_accounts M M V - - - - - -
clients        M M M M V V V V V
resources      M M M V V V - V V
exports        M M M M - - M M -
billing        M - - - - - M - -
link_templates M M M M V M - - V
audit_log      M V - - - - - M -
api_tokens     M - - - - - - - -
"""
ROLES = ["admin", "team_lead", "marketing_manager", "marketing", "marketing_limited",
         "contributor", "finance", "security", "qa"]
MATRIX = {
    (role, line.split()[0]): line.split()[1 + i]
    for line in SPEC_MATRIX.strip().splitlines()
    for i, role in enumerate(ROLES)
}
CAPABILITIES = sorted({cap for _, cap in MATRIX})


@pytest.mark.parametrize("role", ROLES)
async def test_every_capability_of_every_predefined_role_matches_the_spec(gql, runtime, role):
    tenant = await make_tenant(gql, runtime)
    _, token = await member(gql, tenant, role_key=role)
    fields = []
    for cap in CAPABILITIES:
        for level in ("VIEW", "MANAGE"):
            fields.append(
                f'{cap}_{level}: checkAccess(accountId: "{tenant.gid}", capability: {cap.upper()}, level: {level})'
                " { allowed reason }"
            )
    # The alias limit (30) is per request: ask in two halves.
    for half in (fields[:10], fields[10:]):
        data = await gql.ok("{ " + "\n".join(half) + " }", token=token)
        for alias, decision in data.items():
            cap, level = alias.rsplit("_", 1)
            held = MATRIX[(role, cap)]
            expected = held == "M" or (held == "V" and level == "VIEW")
            assert decision["allowed"] is expected, (role, cap, level, decision)
            assert decision["reason"] == ("ALLOWED" if expected else "INSUFFICIENT_ROLE")


@pytest.mark.parametrize("limit", [{"media_sources": ["facebook"]}, {"geos": ["FR"]}])
async def test_link_templates_and_exports_are_closed_to_data_limited_members(gql, runtime, limit):
    tenant = await make_tenant(gql, runtime)
    _, limited = await member(gql, tenant, role_key="marketing", **limit)
    _, full = await member(gql, tenant, role_key="marketing")
    for cap in ("LINK_TEMPLATES", "EXPORTS"):
        assert await check(gql, limited, tenant.gid, cap) == {"allowed": False, "reason": "DATA_SCOPE_RESTRICTED"}
        assert await check(gql, full, tenant.gid, cap, "MANAGE") == {"allowed": True, "reason": "ALLOWED"}
    # Other features stay open to the limited member.
    assert (await check(gql, limited, tenant.gid, "CLIENTS", "MANAGE"))["allowed"] is True


async def test_insufficient_role_is_reported_before_the_data_scope(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, token = await member(gql, tenant, role_key="finance", geos=["FR"])
    assert (await check(gql, token, tenant.gid, "LINK_TEMPLATES"))["reason"] == "INSUFFICIENT_ROLE"
    assert (await check(gql, token, tenant.gid, "EXPORTS"))["reason"] == "DATA_SCOPE_RESTRICTED"


async def test_admin_has_every_media_source_geo_and_app_even_if_stored_narrower(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    app = await Resource.create(account_id=tenant.account_id, kind="APP", name="Astounding")
    _, admin = await member(gql, tenant, role_key="admin", media_sources=["facebook"], geos=["FR"], app_ids=[])
    app_gid = encode_id("Resource", app.id)
    decision = await check(gql, admin, tenant.gid, "EXPORTS", "MANAGE", ms="tiktok", geo="us", app=app_gid)
    assert decision == {"allowed": True, "reason": "ALLOWED"}


async def test_security_always_has_every_media_source_but_geos_can_be_limited(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, sec = await member(gql, tenant, role_key="security", media_sources=["facebook"])
    assert await check(gql, sec, tenant.gid, "EXPORTS", "MANAGE", ms="tiktok") == {"allowed": True, "reason": "ALLOWED"}
    _, sec_geo = await member(gql, tenant, role_key="security", geos=["FR"])
    assert (await check(gql, sec_geo, tenant.gid, "EXPORTS"))["reason"] == "DATA_SCOPE_RESTRICTED"
    assert (await check(gql, sec_geo, tenant.gid, "USERS", geo="DE"))["reason"] == "GEO_NOT_IN_SCOPE"
    assert (await check(gql, sec_geo, tenant.gid, "USERS", geo="fr"))["allowed"] is True


async def test_app_media_source_and_geo_scope_answers(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    a = await Resource.create(account_id=tenant.account_id, kind="APP", name="A")
    b = await Resource.create(account_id=tenant.account_id, kind="APP", name="B")
    site = await Resource.create(account_id=tenant.account_id, kind="SITE", name="S")
    _, token = await member(gql, tenant, role_key="marketing", app_ids=[str(a.id)], media_sources=["facebook"],
                            geos=["FR", "DE"])
    g = tenant.gid
    assert (await check(gql, token, g, "CLIENTS", app=encode_id("Resource", a.id)))["allowed"] is True
    assert (await check(gql, token, g, "CLIENTS", app=encode_id("Resource", b.id)))["reason"] == "APP_NOT_IN_SCOPE"
    assert (await check(gql, token, g, "CLIENTS", ms="facebook"))["allowed"] is True
    assert (await check(gql, token, g, "CLIENTS", ms="tiktok"))["reason"] == "MEDIA_SOURCE_NOT_IN_SCOPE"
    assert (await check(gql, token, g, "CLIENTS", geo="DE"))["allowed"] is True
    assert (await check(gql, token, g, "CLIENTS", geo="US"))["reason"] == "GEO_NOT_IN_SCOPE"
    # A site, a missing app, a malformed id: not an app of this account.
    for bad in (encode_id("Resource", site.id), encode_id("Resource", "00000000-0000-0000-0000-000000000000"), "zz"):
        assert await check(gql, token, g, "CLIENTS", app=bad) == {"allowed": False, "reason": "APP_NOT_FOUND"}
    other = await make_tenant(gql, runtime)
    foreign = await Resource.create(account_id=other.account_id, kind="APP", name="A")
    assert (await check(gql, token, g, "CLIENTS", app=encode_id("Resource", foreign.id)))["reason"] == "APP_NOT_FOUND"


async def test_include_future_apps_reaches_every_app(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    a = await Resource.create(account_id=tenant.account_id, kind="APP", name="A")
    _, token = await member(gql, tenant, role_key="qa", app_ids=[str(a.id)], include_future_apps=True)
    b = await Resource.create(account_id=tenant.account_id, kind="APP", name="B")
    assert (await check(gql, token, tenant.gid, "CLIENTS", app=encode_id("Resource", b.id)))["allowed"] is True


async def test_bad_geo_and_media_source_are_bad_user_input(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    for kw in ({"geo": "ZZ"}, {"geo": "FRA"}, {"ms": "  "}, {"ms": "x" * 201}):
        variables = {"a": tenant.gid, "c": "USERS", "l": "VIEW"}
        variables.update({"geo": kw.get("geo"), "ms": kw.get("ms")})
        assert await gql.error_code(CHECK, variables, token=tenant.owner_token) == "BAD_USER_INPUT"


async def test_asking_about_another_user_needs_users_view(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    target_gid, _ = await member(gql, tenant, role_key="finance", geos=["FR"])
    _, viewer = await member(gql, tenant, role_key="marketing_manager")  # users: VIEW
    _, outsider = await member(gql, tenant, role_key="marketing")  # users: NONE
    assert await check(gql, viewer, tenant.gid, "BILLING", "MANAGE", u=target_gid) == {
        "allowed": True, "reason": "ALLOWED"}
    assert (await check(gql, viewer, tenant.gid, "EXPORTS", u=target_gid))["reason"] == "DATA_SCOPE_RESTRICTED"
    assert (await check(gql, viewer, tenant.gid, "USERS", u=target_gid))["reason"] == "INSUFFICIENT_ROLE"
    variables = {"a": tenant.gid, "c": "BILLING", "l": "VIEW", "u": target_gid}
    assert await gql.error_code(CHECK, variables, token=outsider) == "FORBIDDEN"
    # About oneself, no users:VIEW needed.
    outsider_gid, outsider_token = await member(gql, tenant, role_key="marketing")
    assert (await check(gql, outsider_token, tenant.gid, "CLIENTS", u=outsider_gid))["allowed"] is True
    # A user who is not a member of the account: not allowed, nothing else said.
    other = await make_tenant(gql, runtime)
    stranger_gid, _ = await member(gql, other, role_key="admin")
    assert await check(gql, viewer, tenant.gid, "CLIENTS", u=stranger_gid) == {"allowed": False, "reason": "NOT_FOUND"}


async def test_another_tenant_is_not_found_and_anonymous_is_unauthenticated(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    target_gid, _ = await member(gql, tenant, role_key="qa")
    for extra in ({}, {"u": target_gid}):
        variables = {"a": tenant.gid, "c": "CLIENTS", "l": "VIEW", **extra}
        assert await gql.error_code(CHECK, variables, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CHECK, {"a": tenant.gid, "c": "CLIENTS"}) == "UNAUTHENTICATED"
    assert await gql.error_code(CHECK, {"a": "bogus", "c": "CLIENTS"}, token=tenant.owner_token) == "NOT_FOUND"


async def test_inactive_member_is_told_so(gql, runtime):
    from gqlaccess.models import Membership
    from gqlaccess.models.enums import MembershipStatus

    tenant = await make_tenant(gql, runtime)
    gid, token = await member(gql, tenant, role_key="team_lead")
    from gqlaccess.graphql.ids import decode_id

    await Membership.filter(user_id=decode_id(gid)[1]).update(status=MembershipStatus.INACTIVE)
    assert await check(gql, token, tenant.gid, "CLIENTS") == {"allowed": False, "reason": "MEMBERSHIP_INACTIVE"}


async def test_capabilities_catalogue(gql):
    data = await gql.ok("{ capabilities { capability editableInCustomRoles requiresUnrestrictedDataScope } }")
    by_name = {c["capability"]: c for c in data["capabilities"]}
    assert set(by_name) == {c.upper() for c in CAPABILITIES}
    assert [n for n, c in by_name.items() if not c["editableInCustomRoles"]] == ["API_TOKENS"]
    assert sorted(n for n, c in by_name.items() if c["requiresUnrestrictedDataScope"]) == ["EXPORTS", "LINK_TEMPLATES"]


async def test_a_deactivated_account_answers_so(gql, runtime):
    from gqlaccess.models import Account
    from gqlaccess.models.enums import AccountStatus

    tenant = await make_tenant(gql, runtime)
    _, token = await member(gql, tenant, role_key="marketing")
    await Account.filter(id=tenant.account_id).update(status=AccountStatus.DEACTIVATED)
    assert await check(gql, token, tenant.gid, "CLIENTS") == {"allowed": False, "reason": "ACCOUNT_DEACTIVATED"}
