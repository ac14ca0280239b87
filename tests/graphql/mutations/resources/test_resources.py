"""Resources: apps and sites; new apps reach 'all current and future' members at once."""

from __future__ import annotations

from gqlaccess.graphql.ids import decode_id, encode_id
from gqlaccess.models import AuditEvent, Client, ClientResource, Membership, Resource

from ....support.access import check, member, payload_errors
from ....support.factories import make_tenant

CREATE = """
mutation($input: CreateResourceInput!) {
  createResource(input: $input) { resource { id kind name url createdAt } errors { field code message } }
}"""
DELETE = """
mutation($input: DeleteResourceInput!) {
  deleteResource(input: $input) { deletedResourceId errors { field code message } }
}"""
LIST = "query($a: ID!, $k: ResourceKind) { resources(accountId: $a, kind: $k) { id kind name url } }"


def create_input(tenant, name="Astounding", kind="APP", url=None):  # type: ignore[no-untyped-def]
    return {"input": {"accountId": tenant.gid, "kind": kind, "name": name, "url": url}}


async def test_create_and_list_apps_and_sites(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    app = (await gql.mutate(CREATE, create_input(tenant, url="https://astounding.example.com"),
                            token=tenant.owner_token))["resource"]
    site = (await gql.mutate(CREATE, create_input(tenant, name="Blog", kind="SITE"), token=tenant.owner_token))["resource"]
    assert (app["kind"], app["name"], app["url"]) == ("APP", "Astounding", "https://astounding.example.com")
    assert site["url"] is None
    everything = (await gql.ok(LIST, {"a": tenant.gid}, token=tenant.owner_token))["resources"]
    assert [r["name"] for r in everything] == ["Astounding", "Blog"]
    only_sites = (await gql.ok(LIST, {"a": tenant.gid, "k": "SITE"}, token=tenant.owner_token))["resources"]
    assert [r["id"] for r in only_sites] == [site["id"]]
    assert await AuditEvent.filter(action="resource.create", outcome="ALLOWED", account_id=tenant.account_id).count() == 2


async def test_a_new_app_reaches_all_apps_members_at_once_but_not_listed_members(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    first = (await gql.mutate(CREATE, create_input(tenant, name="First"), token=tenant.owner_token))["resource"]
    _, everyone = await member(gql, tenant, role_key="marketing")
    _, listed = await member(gql, tenant, role_key="marketing", app_ids=[str(decode_id(first["id"])[1])])
    new = (await gql.mutate(CREATE, create_input(tenant, name="Second"), token=tenant.owner_token))["resource"]
    assert (await check(gql, everyone, tenant.gid, "CLIENTS", app=new["id"]))["allowed"] is True
    assert (await check(gql, listed, tenant.gid, "CLIENTS", app=new["id"]))["reason"] == "APP_NOT_IN_SCOPE"
    assert (await check(gql, listed, tenant.gid, "CLIENTS", app=first["id"]))["allowed"] is True
    # The listed member's resources() shows only their app; sites are not app-scoped.
    await gql.mutate(CREATE, create_input(tenant, name="Blog", kind="SITE"), token=tenant.owner_token)
    names = [r["name"] for r in (await gql.ok(LIST, {"a": tenant.gid}, token=listed))["resources"]]
    assert names == ["First", "Blog"]
    names = [r["name"] for r in (await gql.ok(LIST, {"a": tenant.gid}, token=everyone))["resources"]]
    assert names == ["First", "Second", "Blog"]


async def test_delete_removes_the_app_from_memberships_and_client_assignments(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    keep = (await gql.mutate(CREATE, create_input(tenant, name="Keep"), token=tenant.owner_token))["resource"]
    gone = (await gql.mutate(CREATE, create_input(tenant, name="Gone"), token=tenant.owner_token))["resource"]
    keep_id, gone_id = (str(decode_id(r["id"])[1]) for r in (keep, gone))
    uid, _ = await member(gql, tenant, role_key="qa", app_ids=[keep_id, gone_id])
    client = await Client.create(account_id=tenant.account_id, display_name="Acme", first_name="A", last_name="B",
                                 email="acme@example.com")
    await ClientResource.create(client_id=client.id, resource_id=gone_id)
    await ClientResource.create(client_id=client.id, resource_id=keep_id)
    payload = await gql.mutate(DELETE, {"input": {"resourceId": gone["id"]}}, token=tenant.owner_token)
    assert payload["deletedResourceId"] == gone["id"]
    membership = await Membership.get(user_id=decode_id(uid)[1], account_id=tenant.account_id)
    assert membership.app_ids == [keep_id]
    assert [str(a.resource_id) for a in await ClientResource.filter(client_id=client.id)] == [keep_id]
    assert not await Resource.exists(id=gone_id)
    assert await gql.error_code(DELETE, {"input": {"resourceId": gone["id"]}}, token=tenant.owner_token) == "NOT_FOUND"


async def test_each_rule_is_its_own_error_and_nothing_is_written(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(CREATE, create_input(tenant, name="Taken"), token=tenant.owner_token)
    cases = [
        (create_input(tenant, name=""), [("name", "REQUIRED")]),
        (create_input(tenant, name="x" * 201), [("name", "TOO_LONG")]),
        (create_input(tenant, name="TAKEN"), [("name", "RESOURCE_NAME_TAKEN")]),
        (create_input(tenant, name="Other", url="ftp://example.com"), [("url", "INVALID_URL")]),
        (create_input(tenant, name="Other", url="https://"), [("url", "INVALID_URL")]),
        (create_input(tenant, name="Other", url="https://exa mple.com"), [("url", "INVALID_URL")]),
        (create_input(tenant, name="Other", url="https://example.com:99999"), [("url", "INVALID_URL")]),
        (create_input(tenant, name="Other", url="https://example.com/" + "a" * 2000), [("url", "TOO_LONG")]),
    ]
    for variables, expected in cases:
        body = await gql.execute(CREATE, variables, token=tenant.owner_token)
        assert payload_errors(body) == expected, variables
    assert await Resource.filter(account_id=tenant.account_id).count() == 1
    # The same name is fine for the other kind.
    await gql.mutate(CREATE, create_input(tenant, name="Taken", kind="SITE"), token=tenant.owner_token)


async def test_capability_and_tenant_checks(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    app = (await gql.mutate(CREATE, create_input(tenant), token=tenant.owner_token))["resource"]
    _, marketing = await member(gql, tenant, role_key="marketing")  # resources: VIEW
    _, finance = await member(gql, tenant, role_key="finance")  # resources: NONE
    assert (await gql.ok(LIST, {"a": tenant.gid}, token=marketing))["resources"]
    assert await gql.error_code(LIST, {"a": tenant.gid}, token=finance) == "FORBIDDEN"
    assert await gql.error_code(CREATE, create_input(tenant, name="X"), token=marketing) == "FORBIDDEN"
    assert await gql.error_code(DELETE, {"input": {"resourceId": app["id"]}}, token=marketing) == "FORBIDDEN"
    for query, variables in ((LIST, {"a": tenant.gid}), (CREATE, create_input(tenant, name="X")),
                             (DELETE, {"input": {"resourceId": app["id"]}})):
        assert await gql.error_code(query, variables, token=other.owner_token) == "NOT_FOUND"
        assert await gql.error_code(query, variables) == "UNAUTHENTICATED"
    # A manager limited to other apps cannot reach this one at all.
    mine = await Resource.create(account_id=tenant.account_id, kind="APP", name="Mine")
    _, limited_manager = await member(gql, tenant, role_key="marketing_manager", app_ids=[str(mine.id)])
    assert await gql.error_code(DELETE, {"input": {"resourceId": app["id"]}}, token=limited_manager) == "NOT_FOUND"
    assert await Resource.filter(account_id=tenant.account_id).count() == 2
    node = "query($id: ID!) { node(id: $id) { ... on Resource { name } } }"
    assert (await gql.ok(node, {"id": app["id"]}, token=limited_manager))["node"] is None
    assert (await gql.ok(node, {"id": encode_id("Resource", mine.id)}, token=limited_manager))["node"] == {"name": "Mine"}
    assert (await gql.ok(node, {"id": app["id"]}, token=other.owner_token))["node"] is None
    denied = await AuditEvent.filter(action="resource.delete", outcome="DENIED", target_id=str(decode_id(app["id"])[1]))
    assert len(denied) >= 2
