"""Flow 4: the users table — search, role and status filters, sorts, keyset pages, constant SQL count."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gqlaccess.models import Membership, User
from gqlaccess.services.core.clock import utcnow

from ...support.factories import add_member, make_tenant
from ...support.sql import count_sql
from ...support.users import CREATE_USER, USERS, make_app, make_temporary_role, new_user_input, role_gid


async def _all_pages(gql, token, variables, first):
    emails, after = [], None
    while True:
        data = await gql.ok(USERS, {**variables, "first": first, "after": after}, token=token)
        page = data["users"]
        emails += [e["node"]["user"]["email"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return emails, page["totalCount"]
        after = page["pageInfo"]["endCursor"]


@pytest.fixture
async def table(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    names = ["carol Danvers", "Alice Smith", "bob_o'neil", "Dave Alba", "Eve 100%", "Zed Ant"]
    emails = []
    for index, name in enumerate(names):
        email, _ = await add_member(gql, tenant, "qa" if index % 2 else "marketing")
        await User.filter(email=email).update(
            name=name, last_login_at=None if index in (1, 4) else utcnow() - timedelta(hours=index)
        )
        emails.append(email)
    pending = new_user_input(tenant, "finance", name="Pending Person")
    await gql.mutate(CREATE_USER, {"input": pending}, token=tenant.owner_token)
    return tenant, dict(zip(names, emails, strict=True)), pending["email"]


async def test_sort_by_name_both_ways_and_pages_are_stable(gql, table):
    tenant, by_name, pending = table
    expected = sorted([*by_name.items(), ("Pending Person", pending), ("Owner", tenant.owner_email)],
                      key=lambda kv: kv[0].lower())
    for first in (1, 2, 3, 100):
        emails, total = await _all_pages(gql, tenant.owner_token, {"account": tenant.gid}, first)
        owner_name = (await User.get(email=tenant.owner_email)).name
        want = sorted([*by_name.items(), ("Pending Person", pending), (owner_name, tenant.owner_email)],
                      key=lambda kv: kv[0].lower())
        assert emails == [e for _, e in want]
        assert total == len(expected)
    desc, _ = await _all_pages(gql, tenant.owner_token, {"account": tenant.gid,
                                                          "order": {"field": "NAME", "direction": "DESC"}}, 2)
    assert desc == list(reversed(emails))


async def test_sort_by_last_login_never_logged_in_last(gql, table):
    tenant, by_name, pending = table
    ordered, _ = await _all_pages(gql, tenant.owner_token, {
        "account": tenant.gid, "order": {"field": "LAST_LOGIN", "direction": "DESC"}}, 2)
    logged = [by_name[n] for n in ("carol Danvers", "bob_o'neil", "Dave Alba", "Zed Ant")]
    # Most recent first; those who never logged in (the owner only accepted an invitation) come last.
    assert ordered[:4] == logged
    never = {by_name["Alice Smith"], by_name["Eve 100%"], pending, tenant.owner_email}
    assert set(ordered[4:]) == never and len(ordered) == 8
    ascending, _ = await _all_pages(gql, tenant.owner_token, {
        "account": tenant.gid, "order": {"field": "LAST_LOGIN", "direction": "ASC"}}, 3)
    assert ascending[:4] == list(reversed(logged))
    assert set(ascending[4:]) == never and len(ascending) == 8


@pytest.mark.parametrize("field", ["EMAIL", "CREATED_AT"])
async def test_other_sorts_walk_every_row_once(gql, table, field):
    tenant, by_name, pending = table
    asc, total = await _all_pages(gql, tenant.owner_token, {"account": tenant.gid, "order": {"field": field}}, 2)
    assert len(asc) == len(set(asc)) == total == 8
    if field == "EMAIL":
        assert asc == sorted(asc)
    desc, _ = await _all_pages(gql, tenant.owner_token, {
        "account": tenant.gid, "order": {"field": field, "direction": "DESC"}}, 3)
    assert desc == list(reversed(asc))


async def test_search_role_and_status_filters(gql, table):
    tenant, by_name, pending = table
    token = tenant.owner_token

    async def emails(**variables):
        got, total = await _all_pages(gql, token, {"account": tenant.gid, **variables}, 100)
        assert total == len(got)
        return set(got)

    assert await emails(search="AL") == {by_name["Alice Smith"], by_name["Dave Alba"]}
    assert await emails(search="100%") == {by_name["Eve 100%"]}  # LIKE wildcards are literal
    assert await emails(search="b_o") == {by_name["bob_o'neil"]}
    assert await emails(search="o'n") == {by_name["bob_o'neil"]}
    assert await emails(search=pending.split("@")[0]) == {pending}
    assert await emails(search="nobody-matches") == set()
    qa = {by_name[n] for n in ("Alice Smith", "Dave Alba", "Zed Ant")}
    assert await emails(role=role_gid("qa")) == qa
    assert await emails(status="PENDING") == {pending}
    assert await emails(status="INACTIVE") == set()
    assert len(await emails(status="ACTIVE")) == 7
    assert await emails(role=role_gid("qa"), search="z") == {by_name["Zed Ant"]}
    temp = await make_temporary_role(tenant)
    await Membership.filter(account_id=tenant.account_id, user__email=by_name["Zed Ant"]).update(role_id=temp.id)
    from gqlaccess.graphql.ids import encode_id
    assert await emails(role=encode_id("Role", temp.id)) == {by_name["Zed Ant"]}


async def test_bad_arguments(gql, table):
    tenant, _, _ = table
    for variables in ({"first": 101}, {"first": -1}, {"after": "not-a-cursor"}, {"role": "garbage"}):
        assert await gql.error_code(USERS, {"account": tenant.gid, **variables}, token=tenant.owner_token) == "BAD_USER_INPUT"


@pytest.mark.parametrize(
    ("role_key", "allowed"),
    [("admin", True), ("team_lead", True), ("marketing_manager", True), ("security", True), ("marketing", False),
     ("marketing_limited", False), ("contributor", False), ("finance", False), ("qa", False)],
)
async def test_each_role_and_other_tenant(gql, runtime, role_key, allowed):
    tenant = await make_tenant(gql, runtime)
    _, token = await add_member(gql, tenant, role_key)
    body = await gql.execute(USERS, {"account": tenant.gid}, token=token)
    if allowed:
        assert body["data"]["users"]["totalCount"] == 2
    else:
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(USERS, {"account": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(USERS, {"account": tenant.gid}) == "UNAUTHENTICATED"


PAGE = """query($account: ID!, $first: Int) { users(accountId: $account, first: $first) {
  totalCount edges { node { id status isOwner createdAt role { id name key kind capabilities { capability level } }
  user { id email name lastLoginAt twoFactorEnabled } apps { allCurrentAndFuture includeFutureApps appIds }
  mediaSources { all values } geos { all countryCodes } } } } }"""


async def test_query_count_is_constant_whatever_the_page_size(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    app = await make_app(tenant)
    roles = ["qa", "marketing", "finance", "contributor"]
    items = [
        {**new_user_input(tenant, roles[i % 4], apps={"allCurrentAndFuture": False, "appIds": [app]})}
        for i in range(120)
    ]
    for data in items:
        data.pop("accountId")
    from ...support.users import BULK_CREATE
    await gql.mutate(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": items}}, token=tenant.owner_token)
    await gql.ok(PAGE, {"account": tenant.gid, "first": 1}, token=tenant.owner_token)  # session touch
    sizes = {}
    for first in (1, 10, 100):
        with count_sql() as statements:
            data = await gql.ok(PAGE, {"account": tenant.gid, "first": first}, token=tenant.owner_token)
        assert len(data["users"]["edges"]) == first
        sizes[first] = len(statements)
    assert sizes[1] == sizes[10] == sizes[100], sizes
    # session, access (account, membership+role), page keys, total, rows+users, roles, account
    # viewer access (account, membership+role+user, 2FA policy) + page + count + loaders
    assert sizes[100] <= 9, sizes
