import pytest

from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level

from ...support.factories import add_member, make_tenant

CHECK = """query($a: ID!, $c: Capability!, $l: CapabilityLevel!, $u: ID, $m: String, $g: String) {
  checkAccess(accountId: $a, capability: $c, level: $l, userId: $u, mediaSource: $m, geo: $g) { allowed reason }
}"""


@pytest.mark.parametrize("role_key", sorted(PREDEFINED_ROLES))
async def test_each_predefined_role_matches_the_matrix(gql, runtime, role_key):
    tenant = await make_tenant(gql, runtime)
    _, token = await add_member(gql, tenant, role_key)
    for capability, level in PREDEFINED_ROLES[role_key].items():
        for asked in (Level.VIEW, Level.MANAGE):
            data = await gql.ok(CHECK, {"a": tenant.gid, "c": capability.name, "l": asked.name}, token=token)
            expected = level.covers(asked)
            assert data["checkAccess"]["allowed"] is expected, (role_key, capability, asked)
            if not expected:
                assert data["checkAccess"]["reason"] == "INSUFFICIENT_ROLE"


async def test_data_restricted_members_are_refused_exports_and_link_templates(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, token = await add_member(gql, tenant, "marketing", geos=["FR"])
    for capability in (Capability.EXPORTS, Capability.LINK_TEMPLATES):
        data = await gql.ok(CHECK, {"a": tenant.gid, "c": capability.name, "l": "VIEW"}, token=token)
        assert data["checkAccess"] == {"allowed": False, "reason": "DATA_SCOPE_RESTRICTED"}
    fr = await gql.ok(CHECK, {"a": tenant.gid, "c": "CLIENTS", "l": "VIEW", "g": "fr"}, token=token)
    de = await gql.ok(CHECK, {"a": tenant.gid, "c": "CLIENTS", "l": "VIEW", "g": "DE"}, token=token)
    assert fr["checkAccess"]["allowed"] is True
    assert de["checkAccess"] == {"allowed": False, "reason": "GEO_NOT_IN_SCOPE"}


async def test_security_always_has_every_media_source(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, token = await add_member(gql, tenant, "security", media_sources=["facebook"])
    data = await gql.ok(CHECK, {"a": tenant.gid, "c": "USERS", "l": "VIEW", "m": "tiktok"}, token=token)
    assert data["checkAccess"]["allowed"] is True


async def test_asking_about_another_user_needs_users_view(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, qa_token = await add_member(gql, tenant, "qa")
    _, lead_token = await add_member(gql, tenant, "team_lead")
    qa_id = (await gql.ok("{ me { id } }", token=qa_token))["me"]["id"]
    variables = {"a": tenant.gid, "c": "CLIENTS", "l": "MANAGE", "u": qa_id}
    data = await gql.ok(CHECK, variables, token=lead_token)
    assert data["checkAccess"] == {"allowed": False, "reason": "INSUFFICIENT_ROLE"}
    lead_id = (await gql.ok("{ me { id } }", token=lead_token))["me"]["id"]
    assert await gql.error_code(CHECK, {**variables, "u": lead_id}, token=qa_token) == "FORBIDDEN"


async def test_another_tenant_is_not_found(gql, runtime):
    mine, theirs = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    code = await gql.error_code(CHECK, {"a": theirs.gid, "c": "USERS", "l": "VIEW"}, token=mine.owner_token)
    assert code == "NOT_FOUND"
