from gqlaccess.graphql.ids import encode_id

from ...support.factories import add_member, make_tenant

NODE = "query($id: ID!) { node(id: $id) { __typename id ... on Account { name } } }"


async def test_node_resolves_own_account_and_hides_others(gql, runtime):
    mine, theirs = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    own = await gql.ok(NODE, {"id": mine.gid}, token=mine.owner_token)
    assert own["node"]["__typename"] == "Account" and own["node"]["id"] == mine.gid
    # Another tenant's object looks exactly like a missing one.
    assert (await gql.ok(NODE, {"id": theirs.gid}, token=mine.owner_token))["node"] is None
    assert (await gql.ok(NODE, {"id": encode_id("Account", "00000000-0000-0000-0000-000000000000")}, token=mine.owner_token))["node"] is None
    assert (await gql.ok(NODE, {"id": "garbage"}, token=mine.owner_token))["node"] is None


async def test_nodes_in_order_with_nulls(gql, runtime):
    mine, theirs = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    data = await gql.ok(
        "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": [theirs.gid, mine.gid]}, token=mine.owner_token
    )
    assert data["nodes"] == [None, {"id": mine.gid}]
    too_many = await gql.execute("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": [mine.gid] * 101}, token=mine.owner_token)
    assert too_many["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_node_needs_authentication(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    assert await gql.error_code(NODE, {"id": tenant.gid}) == "UNAUTHENTICATED"


async def test_user_nodes_visible_to_account_viewers_only(gql, runtime):
    tenant, other = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    email, member_token = await add_member(gql, tenant, "qa")
    me = await gql.ok("{ me { id } }", token=member_token)
    query = "query($id: ID!) { node(id: $id) { ... on User { email } } }"
    assert (await gql.ok(query, {"id": me["me"]["id"]}, token=tenant.owner_token))["node"] == {"email": email}
    assert (await gql.ok(query, {"id": me["me"]["id"]}, token=other.owner_token))["node"] is None


async def test_accounts_and_account(gql, runtime):
    mine, theirs = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    data = await gql.ok("{ accounts { id name status managed hosted host { id } } }", token=mine.owner_token)
    assert [a["id"] for a in data["accounts"]] == [mine.gid]
    query = "query($id: ID!) { account(id: $id) { id viewerCapabilities { capability level } } }"
    own = await gql.ok(query, {"id": mine.gid}, token=mine.owner_token)
    assert {"capability": "API_TOKENS", "level": "MANAGE"} in own["account"]["viewerCapabilities"]
    assert await gql.error_code(query, {"id": theirs.gid}, token=mine.owner_token) == "NOT_FOUND"
    assert await gql.error_code(query, {"id": mine.gid}) == "UNAUTHENTICATED"


async def test_inactive_member_is_refused_in_that_account(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, token = await add_member(gql, tenant, "team_lead", active=False)
    query = "query($a: ID!) { checkAccess(accountId: $a, capability: USERS, level: VIEW) { allowed reason } }"
    data = await gql.ok(query, {"a": tenant.gid}, token=token)
    assert data["checkAccess"] == {"allowed": False, "reason": "MEMBERSHIP_INACTIVE"}
