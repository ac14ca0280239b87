"""clients(accountId, search, status, orderBy, first, after) and the client's own view."""

from __future__ import annotations

import uuid

from gqlaccess.models import Account, AuditEvent, Client, ClientResource
from gqlaccess.policy.decision_cache import CACHE

from ...support.factories import Tenant, add_member, make_tenant
from ...support.hosting import accept, gid, make_client, make_site
from ...support.sql import count_sql

CLIENTS = """query($a: ID!, $s: String, $st: ClientStatus, $o: ClientOrder, $f: Int, $after: String) {
  clients(accountId: $a, search: $s, status: $st, orderBy: $o, first: $f, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { displayName status company } } } }"""
ASSIGN = """mutation($c: ID!, $r: ID!, $p: [ClientPermission!]) {
  assignResource(input: {clientId: $c, resourceId: $r, permissions: $p}) { errors { code } } }"""
SETUP_URL = """mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) { url errors { code } } }"""
PORTAL = """{ clientPortal { clientId displayName accountName permissions resources { resourceId name permissions } } }"""
IMPERSONATE = """mutation($c: ID!) { impersonateClient(input: {clientId: $c}) { token expiresAt errors { field code } } }"""
UPDATE = """mutation($c: ID!) { updateClient(input: {clientId: $c, notes: "x"}) { errors { code } } }"""


async def test_search_filter_sort_paginate(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    tag = uuid.uuid4().hex[:6]
    names = ["Delta", "alpha", "Charlie", "Bravo", "Echo"]
    created = {}
    for name in names:
        created[name] = (await make_client(gql, tenant, displayName=name, company=f"{name} {tag} SARL"))["client"]
    site = await make_site(tenant.account_id)
    await gql.mutate(ASSIGN, {"c": created["Charlie"]["id"], "r": gid("Resource", site.id)}, token=tenant.owner_token)
    data = (await gql.ok(CLIENTS, {"a": tenant.gid}, token=tenant.owner_token))["clients"]
    assert data["totalCount"] == 5
    assert [e["node"]["displayName"] for e in data["edges"]] == ["Bravo", "Charlie", "Delta", "Echo", "alpha"]
    # Keyset pages, by name, descending.
    seen, after = [], None
    while True:
        page = (await gql.ok(CLIENTS, {"a": tenant.gid, "o": {"field": "NAME", "direction": "DESC"}, "f": 2,
                                       "after": after}, token=tenant.owner_token))["clients"]
        seen += [e["node"]["displayName"] for e in page["edges"]]
        assert page["totalCount"] == 5
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == ["alpha", "Echo", "Delta", "Charlie", "Bravo"]
    by_creation, after = [], None
    while True:
        page = (await gql.ok(CLIENTS, {"a": tenant.gid, "o": {"field": "CREATED_AT", "direction": "ASC"}, "f": 3,
                                       "after": after}, token=tenant.owner_token))["clients"]
        by_creation += [e["node"]["displayName"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert by_creation == names
    # Search: contact fields and company, case-insensitive.
    found = (await gql.ok(CLIENTS, {"a": tenant.gid, "s": f"delta {tag}"}, token=tenant.owner_token))["clients"]
    assert [e["node"]["displayName"] for e in found["edges"]] == ["Delta"]
    by_email = (await gql.ok(CLIENTS, {"a": tenant.gid, "s": created["Echo"]["email"][:12]}, token=tenant.owner_token))
    assert [e["node"]["displayName"] for e in by_email["clients"]["edges"]] == ["Echo"]
    status = (await gql.ok(CLIENTS, {"a": tenant.gid, "st": "SITE_ASSIGNED"}, token=tenant.owner_token))["clients"]
    assert [e["node"]["displayName"] for e in status["edges"]] == ["Charlie"]
    assert await gql.error_code(CLIENTS, {"a": tenant.gid, "f": 101}, token=tenant.owner_token) == "BAD_USER_INPUT"
    assert await gql.error_code(CLIENTS, {"a": tenant.gid, "after": "garbage"}, token=tenant.owner_token) \
        == "BAD_USER_INPUT"
    _, qa = await add_member(gql, tenant, "qa")  # clients: VIEW
    assert (await gql.ok(CLIENTS, {"a": tenant.gid}, token=qa))["clients"]["totalCount"] == 5
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(CLIENTS, {"a": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CLIENTS, {"a": tenant.gid}) == "UNAUTHENTICATED"


async def _active_client(gql, tenant, site, permissions):  # type: ignore[no-untyped-def]
    client = (await make_client(gql, tenant))["client"]
    await gql.mutate(ASSIGN, {"c": client["id"], "r": gid("Resource", site.id), "p": permissions},
                     token=tenant.owner_token)
    url = (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=tenant.owner_token))["url"]
    token = (await accept(gql, url))["data"]["acceptInvitation"]["token"]
    return client, token


async def test_client_users_see_only_their_client(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    site_a, site_b = await make_site(tenant.account_id), await make_site(tenant.account_id)
    client_a, token_a = await _active_client(gql, tenant, site_a, ["EDIT_CONTENT"])
    client_b, token_b = await _active_client(gql, tenant, site_b, ["VIEW_STATS"])
    portal_a = (await gql.ok(PORTAL, token=token_a))["clientPortal"]
    assert [p["clientId"] for p in portal_a] == [client_a["id"]]
    assert portal_a[0]["resources"] == [{"resourceId": gid("Resource", site_a.id), "name": site_a.name,
                                         "permissions": ["VIEW_SITE", "EDIT_CONTENT"]}]
    assert [p["clientId"] for p in (await gql.ok(PORTAL, token=token_b))["clientPortal"]] == [client_b["id"]]
    # Account-level queries: NOT_FOUND; another client: hidden; nothing to write.
    assert await gql.error_code(CLIENTS, {"a": tenant.gid}, token=token_a) == "NOT_FOUND"
    assert await gql.error_code("query($id: ID!) { account(id: $id) { id } }", {"id": tenant.gid}, token=token_a) \
        == "NOT_FOUND"
    assert (await gql.ok("query($id: ID!) { node(id: $id) { id } }", {"id": client_b["id"]}, token=token_a))[
        "node"] is None
    assert (await gql.ok("{ accounts { id } }", token=token_a))["accounts"] == []
    assert await gql.error_code(UPDATE, {"c": client_a["id"]}, token=token_a) == "NOT_FOUND"
    assert await gql.error_code(IMPERSONATE, {"c": client_b["id"]}, token=token_a) == "NOT_FOUND"
    assert (await gql.ok(PORTAL, token=tenant.owner_token))["clientPortal"] == []
    assert await gql.error_code(PORTAL) == "UNAUTHENTICATED"


async def test_view_as_client_is_read_only_and_audited(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    site = await make_site(tenant.account_id)
    client, client_token = await _active_client(gql, tenant, site, ["PUBLISH"])
    _, qa = await add_member(gql, tenant, "qa")  # clients: VIEW is enough to look
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(IMPERSONATE, {"c": client["id"]}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(IMPERSONATE, {"c": client["id"]}) == "UNAUTHENTICATED"
    payload = await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=qa)
    token = payload["token"]
    assert token and payload["expiresAt"]
    as_client = (await gql.ok(PORTAL, token=token))["clientPortal"]
    assert as_client == (await gql.ok(PORTAL, token=client_token))["clientPortal"]
    # Read-only: any mutation is FORBIDDEN; account-level data is out of sight.
    assert await gql.error_code(UPDATE, {"c": client["id"]}, token=token) == "FORBIDDEN"
    assert await gql.error_code(IMPERSONATE, {"c": client["id"]}, token=token) == "FORBIDDEN"
    assert await gql.error_code(
        """mutation($a: ID!) { createClient(input: {accountId: $a, firstName: "A", lastName: "B",
           email: "ab@example.com"}) { errors { code } } }""", {"a": tenant.gid}, token=token) == "FORBIDDEN"
    assert await gql.error_code(CLIENTS, {"a": tenant.gid}, token=token) == "NOT_FOUND"
    assert (await gql.ok("{ accounts { id } }", token=token))["accounts"] == []
    assert (await gql.ok("{ me { memberships { id } } }", token=token))["me"]["memberships"] == []
    # Start and each use are audited.
    client_pk = client["id"]
    started = await AuditEvent.filter(action="client.impersonate", outcome="ALLOWED", account_id=tenant.account_id)
    assert len(started) == 1 and started[0].target_type == "Client"
    uses = await AuditEvent.filter(action="client.impersonation_use", account_id=tenant.account_id)
    # Every request with the token: the portal read, the 3 refused mutations, 2 queries, `me`.
    assert len(uses) == 7 and {u.actor_kind for u in uses} == {"IMPERSONATION"}
    assert {u.details["type"] for u in uses} == {"query", "mutation"}
    denied = await AuditEvent.filter(action="client.update", outcome="DENIED", actor_kind="IMPERSONATION")
    assert any(e.account_id is None or e.account_id == tenant.account_id for e in denied)
    assert client_pk
    # A suspended client cannot be viewed as; a live view ends with the suspension.
    await gql.mutate("""mutation($c: ID!) { suspendClient(input: {clientId: $c}) { errors { code } } }""",
                     {"c": client["id"]}, token=tenant.owner_token)
    assert await gql.error_code(PORTAL, token=token) == "UNAUTHENTICATED"
    refused = (await gql.execute(IMPERSONATE, {"c": client["id"]}, token=tenant.owner_token))["data"]
    assert refused["impersonateClient"]["errors"][0]["code"] == "CLIENT_SUSPENDED"


async def test_client_users_of_a_deactivated_account_see_nothing(gql, runtime):
    host = await make_tenant(gql, runtime)
    body = await gql.execute(
        """mutation($h: ID!) { createHostedAccount(input: {hostAccountId: $h, name: "Managed", managed: true}) {
           account { id } errors { code } } }""", {"h": host.gid}, token=host.owner_token)
    hosted_gid = body["data"]["createHostedAccount"]["account"]["id"]
    hosted = Tenant((await Account.get(host_id=host.account_id)).id, host.owner_email, host.owner_token)
    site = await make_site(hosted.account_id)
    client, token = await _active_client(gql, hosted, site, [])
    assert len((await gql.ok(PORTAL, token=token))["clientPortal"]) == 1
    await gql.mutate("""mutation($a: ID!) { deactivateAccount(input: {accountId: $a}) { errors { code } } }""",
                     {"a": hosted_gid}, token=host.owner_token)
    assert (await gql.ok(PORTAL, token=token))["clientPortal"] == []
    await gql.mutate("""mutation($a: ID!) { reactivateAccount(input: {accountId: $a}) { errors { code } } }""",
                     {"a": hosted_gid}, token=host.owner_token)
    assert [p["clientId"] for p in (await gql.ok(PORTAL, token=token))["clientPortal"]] == [client["id"]]


async def test_assigned_resources_of_a_page_are_loaded_in_one_query(gql, runtime):
    """No N+1: a page of clients with their resources costs the same whatever its size."""
    tenant = await make_tenant(gql, runtime)
    site = await make_site(tenant.account_id)
    document = """query($a: ID!, $f: Int) { clients(accountId: $a, first: $f) {
      edges { node { assignedResources { name } } } } }"""

    async def queries_for(page: int) -> int:
        with count_sql() as executed:
            data = (await gql.ok(document, {"a": tenant.gid, "f": page}, token=tenant.owner_token))["clients"]
        assert all(e["node"]["assignedResources"] == [{"name": site.name}] for e in data["edges"])
        return len([q for q in executed if "client_resource" in q])

    for _ in range(6):
        client = (await make_client(gql, tenant))["client"]
        await gql.mutate(ASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}, token=tenant.owner_token)
    assert await queries_for(2) == await queries_for(6) == 1


PAGE = """query($a: ID!, $f: Int) { clients(accountId: $a, first: $f) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id accountId displayName partnerClientId
  firstName lastName email company address phone1 phone2 notes permissions status invitedAt firstLoginAt
  suspendedAt createdAt assignedResources { resourceId kind name url permissions assignedAt } } } } }"""


async def test_statement_count_does_not_grow_with_the_page(gql, runtime):
    """Every field of a page of clients, assignments included, in a fixed number of statements."""
    tenant = await make_tenant(gql, runtime)
    sites = [await make_site(tenant.account_id) for _ in range(3)]
    clients = [
        Client(account_id=tenant.account_id, display_name=f"Client {i:03}", first_name="Ada", last_name=f"N{i}",
               email=f"c{i}@example.com", permissions=["VIEW_SITE"] if i % 2 else [])
        for i in range(120)
    ]
    await Client.bulk_create(clients)
    await ClientResource.bulk_create([
        ClientResource(client_id=c.id, resource_id=sites[j].id, permissions=["VIEW_SITE", "PUBLISH"][: j + 1])
        for i, c in enumerate(clients) for j in range(i % 3)
    ])
    await gql.ok(PAGE, {"a": tenant.gid, "f": 1}, token=tenant.owner_token)  # session touch
    cached = CACHE.enabled
    sizes = {}
    for first in (1, 10, 100):
        with count_sql() as statements:
            data = (await gql.ok(PAGE, {"a": tenant.gid, "f": first}, token=tenant.owner_token))["clients"]
        assert len(data["edges"]) == first and data["totalCount"] == 120
        sizes[first] = len(statements)
        for index, edge in enumerate(data["edges"]):
            node = edge["node"]
            assert node["displayName"] == f"Client {index:03}"
            assert node["permissions"] == (["VIEW_SITE"] if index % 2 else [])
            assert [r["resourceId"] for r in node["assignedResources"]] == [
                gid("Resource", s.id) for s in sites[: index % 3]]
            assert [r["permissions"] for r in node["assignedResources"]] == [["VIEW_SITE"], ["VIEW_SITE", "PUBLISH"]][
                : index % 3]
    assert sizes[1] == sizes[10] == sizes[100], sizes
    # session, the viewer's access, count, page, the page's assignments (count_sql also sees the
    # look-ups models/raw.py sends straight to asyncpg); the first two come from the decision cache
    assert sizes[100] == (3 if cached else 5), sizes
    # Without assignedResources in the query, their statement is not sent.
    with count_sql() as statements:
        await gql.ok(CLIENTS, {"a": tenant.gid, "f": 100}, token=tenant.owner_token)
    assert not any("client_resource" in s for s in statements)
    assert len(statements) == sizes[100] - 1
