"""Flow 3: bulkCreateUsers, bulkUpdateMemberships (dry run), nodes(ids) for bulk details."""

from __future__ import annotations

from gqlaccess.models import Account, Invitation, Membership, OutboxEmail, Role, User

from ....support.factories import add_member, make_tenant
from ....support.sql import count_sql
from ....support.users import (
    BULK_CREATE,
    BULK_UPDATE,
    CREATE_USER,
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


def item(tenant, role_key="qa", **extra):
    data = new_user_input(tenant, role_key, **extra)
    data.pop("accountId")
    return data


def codes(errors):
    return [(e["field"], e["code"]) for e in errors]


async def test_bulk_create_reports_per_item_and_creates_the_valid_ones(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    active_elsewhere, _ = await add_member(gql, other, "qa")
    good = item(tenant)
    items = [
        good,
        {**item(tenant), "email": "bad..dots@example.com"},
        {**item(tenant), "name": "<b>"},
        {**item(tenant), "email": good["email"].upper()},  # duplicate in the same call
        item(tenant, "admin", geos={"all": False, "countryCodes": ["FR"]}),
        {**item(tenant), "email": active_elsewhere},  # added as a membership
        {**item(tenant), "email": tenant.owner_email},
        item(tenant, "qa", geos={"all": False, "countryCodes": ["FR", "BE"]}),
    ]
    payload = await gql.mutate(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": items}},
                               token=tenant.owner_token)
    results = payload["results"]
    assert [r["index"] for r in results] == list(range(len(items)))
    assert [codes(r["errors"]) for r in results] == [
        [], [("email", "INVALID_EMAIL")], [("name", "INVALID_NAME")], [("email", "DUPLICATE_IN_BATCH")],
        [("geos", "SCOPE_NOT_NARROWABLE")], [], [("email", "USER_CANNOT_BE_CREATED")], [],
    ]
    assert payload["createdCount"] == 3
    assert results[0]["membership"]["status"] == "PENDING" and results[0]["invitation"]["url"]
    assert results[5]["membership"]["status"] == "ACTIVE" and results[5]["invitation"] is None
    assert all(r["membership"] is None for r in results if r["errors"])
    assert await OutboxEmail.filter(to_email=good["email"], template="user_activation").count() == 1
    assert await OutboxEmail.filter(to_email=active_elsewhere, template="added_to_account").count() == 1
    assert (await User.get(email=good["email"])).password_hash is None  # nothing hashed inline
    assert await Membership.filter(account_id=tenant.account_id).count() == 4


async def test_bulk_create_plan_limit_and_size_cap(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await Account.filter(id=tenant.account_id).update(max_users=3)
    payload = await gql.mutate(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": [item(tenant) for _ in range(4)]}},
                               token=tenant.owner_token)
    assert [codes(r["errors"]) for r in payload["results"]] == [[], [], [(None, "PLAN_USER_LIMIT_REACHED")]] + [
        [(None, "PLAN_USER_LIMIT_REACHED")]
    ]
    before = await counts(tenant)
    errors = await payload_errors(gql, BULK_CREATE, {"input": {
        "accountId": tenant.gid, "items": [item(tenant) for _ in range(1001)]}}, tenant.owner_token)
    assert codes(errors) == [("items", "TOO_MANY_ITEMS")]
    assert await counts(tenant) == before


async def test_bulk_create_thousand_users_in_one_request(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    items = [item(tenant, "marketing") for _ in range(1000)]
    with count_sql() as statements:
        payload = await gql.mutate(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": items}},
                                   token=tenant.owner_token)
    assert payload["createdCount"] == 1000
    assert await Invitation.filter(account_id=tenant.account_id, user__email__in=[i["email"] for i in items]).count() == 1000
    # What keeps it well under a proxy's 60 s timeout: set-based writes, not a statement per row.
    # (A duration bound would fail on a loaded machine; the figure belongs in bench/.)
    assert len(statements) < 50, len(statements)  # 14-16 measured, whatever the item count


async def test_bulk_update_dry_run_then_save(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    emails = [(await add_member(gql, tenant, "marketing_limited"))[0] for _ in range(3)]
    ids = [await membership_gid(tenant, e) for e in emails]
    change = {"accountId": tenant.gid, "membershipIds": ids, "roleId": role_gid("marketing"),
              "geos": {"all": False, "countryCodes": ["US"]}}
    preview = await gql.mutate(BULK_UPDATE, {"input": {**change, "dryRun": True}}, token=tenant.owner_token)
    assert preview["saved"] is False
    assert {(m["role"]["key"], tuple(m["geos"]["countryCodes"])) for m in preview["memberships"]} == {("marketing", ("US",))}
    for email in emails:  # nothing written
        m = await membership_of(tenant, email)
        assert (await Role.get(id=m.role_id)).key == "marketing_limited" and m.geos_all
    saved = await gql.mutate(BULK_UPDATE, {"input": change}, token=tenant.owner_token)
    assert saved["saved"] is True and [m["id"] for m in saved["memberships"]] == ids
    for email in emails:
        m = await membership_of(tenant, email)
        assert (await Role.get(id=m.role_id)).key == "marketing" and m.geos == ["US"]


async def test_bulk_update_rules(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    app = await make_app(tenant)
    a, _ = await add_member(gql, tenant, "qa")
    b, _ = await add_member(gql, tenant, "qa")
    listed = await gql.mutate(CREATE_USER, {"input": new_user_input(
        tenant, "qa", apps={"allCurrentAndFuture": False, "appIds": [app]})}, token=tenant.owner_token)
    foreign, _ = await add_member(gql, other, "qa")
    temp = await make_temporary_role(tenant)
    ids = [await membership_gid(tenant, e) for e in (a, b)]
    owner = await membership_gid(tenant, tenant.owner_email)
    cases = [
        ({"membershipIds": [*ids, owner], "roleId": role_gid("finance")}, ("membershipIds.2", "OWNER_IMMUTABLE")),
        ({"membershipIds": ids, "roleId": role_gid("admin")}, ("roleId", "ADMIN_NOT_BULK_ASSIGNABLE")),
        ({"membershipIds": ids, "roleId": gid("Role", temp.id)}, ("roleId", "TEMPORARY_ROLE_NOT_ASSIGNABLE")),
        # Seed 003: the Apps button is unavailable when a selected member has future-app access.
        ({"membershipIds": [listed["membership"]["id"], ids[0]], "apps": {"allCurrentAndFuture": False, "appIds": [app]}},
         ("membershipIds.1", "FUTURE_APPS_LOCK_BULK_APPS")),
        ({"membershipIds": [*ids, await membership_gid(other, foreign)], "roleId": role_gid("finance")},
         ("membershipIds.2", "MEMBERSHIP_NOT_FOUND")),
        ({"membershipIds": ids}, (None, "NOTHING_TO_CHANGE")),
        ({"membershipIds": [], "roleId": role_gid("finance")}, ("membershipIds", "REQUIRED")),
        ({"membershipIds": ids, "roleId": role_gid("security"), "mediaSources": {"all": False, "values": ["x"]}},
         ("mediaSources", "SCOPE_NOT_NARROWABLE")),
    ]
    for extra, expected in cases:
        errors = await payload_errors(gql, BULK_UPDATE, {"input": {"accountId": tenant.gid, **extra}}, tenant.owner_token)
        assert expected in codes(errors), (extra, errors)
    for email in (a, b):
        assert (await Role.get(id=(await membership_of(tenant, email)).role_id)).key == "qa"
    # Apps for members with a list only is fine.
    await gql.mutate(BULK_UPDATE, {"input": {"accountId": tenant.gid, "membershipIds": [listed["membership"]["id"]],
                                             "apps": {"allCurrentAndFuture": False, "appIds": []}}}, token=tenant.owner_token)
    assert await gql.error_code(BULK_UPDATE, {"input": {"accountId": tenant.gid, "membershipIds": ids,
                                                         "roleId": role_gid("qa")}}, token=other.owner_token) == "NOT_FOUND"
    _, viewer = await add_member(gql, tenant, "marketing_manager")
    assert await gql.error_code(BULK_UPDATE, {"input": {"accountId": tenant.gid, "membershipIds": ids,
                                                         "roleId": role_gid("qa")}}, token=viewer) == "FORBIDDEN"
    assert await gql.error_code(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": [item(tenant)]}},
                                token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": [item(tenant)]}},
                                token=viewer) == "FORBIDDEN"


NODES = """query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Membership { user { email } role { key } }
                                                    ... on User { email } } }"""


async def test_nodes_for_bulk_details_are_tenant_safe(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    emails = [(await add_member(gql, tenant, "qa"))[0] for _ in range(3)]
    ids = [await membership_gid(tenant, e) for e in emails]
    user_ids = [gid("User", (await User.get(email=e)).id) for e in emails]
    data = await gql.ok(NODES, {"ids": [*ids, *user_ids]}, token=tenant.owner_token)
    assert [n["user"]["email"] for n in data["nodes"][:3]] == emails
    assert [n["email"] for n in data["nodes"][3:]] == emails
    data = await gql.ok(NODES, {"ids": [*ids, *user_ids]}, token=other.owner_token)
    assert data["nodes"] == [None] * 6
    _, finance = await add_member(gql, tenant, "finance")  # no users:VIEW
    data = await gql.ok(NODES, {"ids": ids}, token=finance)
    assert data["nodes"] == [None] * 3
