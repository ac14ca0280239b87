import uuid
from datetime import timedelta

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Account, Membership, User
from gqlaccess.models.enums import MembershipStatus
from gqlaccess.services.roles.roles import predefined_role_id

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


async def test_accounts_lists_memberships_in_join_order_then_managed_hosted_accounts_oldest_first(gql, runtime):
    """Direct memberships (any status) in the order the user joined; then the managed hosted
    accounts of the accounts where they are active, oldest first; unmanaged or reached through an
    inactive membership: absent."""
    home = await make_tenant(gql, runtime)
    joined, left = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    hosted = [await make_tenant(gql, runtime) for _ in range(4)]
    owner = await User.get(email=home.owner_email)
    home_membership = await Membership.get(account_id=home.account_id, user_id=owner.id)
    role = predefined_role_id("qa")
    # Joined `left` before `joined`, both after `home`.
    for tenant, status, delay in ((joined, MembershipStatus.ACTIVE, 2), (left, MembershipStatus.INACTIVE, 1)):
        created = await Membership.create(account_id=tenant.account_id, user_id=owner.id, role_id=role, status=status)
        await Membership.filter(id=created.id).update(created_at=home_membership.created_at + timedelta(hours=delay))
    base = (await Account.get(id=home.account_id)).created_at
    # Two managed accounts of `home`, created newest first; one unmanaged; one managed by `left`.
    for tenant, host, managed, age in (
        (hosted[0], home, True, 2), (hosted[1], home, True, 1), (hosted[2], home, False, 3), (hosted[3], left, True, 4),
    ):
        await Account.filter(id=tenant.account_id).update(
            host_id=host.account_id, managed=managed, created_at=base - timedelta(days=age))
    listed = [a["id"] for a in (await gql.ok("{ accounts { id } }", token=home.owner_token))["accounts"]]
    assert listed == [home.gid, left.gid, joined.gid, hosted[0].gid, hosted[1].gid], listed
    assert encode_id("Account", uuid.UUID(str(hosted[2].account_id))) not in listed
