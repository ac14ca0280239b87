"""`Account.viewerExports`: the exports the viewer may start, as `policy.exports.may_export` decides
(what the console offers; the export mutations still decide for themselves)."""

from __future__ import annotations

from ...support.factories import add_member, make_tenant

QUERY = "query($id: ID!) { account(id: $id) { viewerExports } }"
ACCOUNTS = "{ accounts { id viewerExports } }"


async def test_admin_may_start_every_export(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = await gql.ok(QUERY, {"id": tenant.gid}, token=tenant.owner_token)
    assert sorted(data["account"]["viewerExports"]) == ["AUDIT_EVENTS", "CLIENTS", "USERS"]


async def test_the_users_file_is_admin_only_and_scope_restricted_members_get_none(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, lead = await add_member(gql, tenant, "team_lead")  # exports MANAGE, audit_log VIEW, not Admin
    data = await gql.ok(QUERY, {"id": tenant.gid}, token=lead)
    assert sorted(data["account"]["viewerExports"]) == ["AUDIT_EVENTS", "CLIENTS"]
    _, marketing = await add_member(gql, tenant, "marketing")  # exports MANAGE, clients MANAGE, no audit
    assert (await gql.ok(QUERY, {"id": tenant.gid}, token=marketing))["account"]["viewerExports"] == ["CLIENTS"]
    _, limited = await add_member(gql, tenant, "marketing", media_sources=["google"])  # DATA_SCOPE_RESTRICTED
    assert (await gql.ok(QUERY, {"id": tenant.gid}, token=limited))["account"]["viewerExports"] == []
    _, contributor = await add_member(gql, tenant, "contributor")  # exports NONE
    assert (await gql.ok(ACCOUNTS, token=contributor))["accounts"][0]["viewerExports"] == []


async def test_another_tenant_learns_nothing(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(QUERY, {"id": tenant.gid}, token=other.owner_token) == "NOT_FOUND"


async def test_viewer_is_admin(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, lead = await add_member(gql, tenant, "team_lead")
    query = "query($id: ID!) { account(id: $id) { viewerIsAdmin } }"
    assert (await gql.ok(query, {"id": tenant.gid}, token=tenant.owner_token))["account"]["viewerIsAdmin"] is True
    assert (await gql.ok(query, {"id": tenant.gid}, token=lead))["account"]["viewerIsAdmin"] is False
