from datetime import UTC, datetime, timedelta

from gqlaccess.graphql.ids import encode_id

from ...support.factories import add_member, make_tenant
from ...support.integrator import CREATE_WEBHOOK

AUDIT = """
query($a: ID!, $actor: ID, $action: String, $target: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
  auditEvents(accountId: $a, actorId: $actor, action: $action, targetId: $target, since: $since, until: $until,
              first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action outcome reason actorKind actorId targetType targetId createdAt details } }
  }
}"""


async def _attempts(gql, tenant, token):  # type: ignore[no-untyped-def]
    """One allowed, one rejected (typed error), one denied webhook creation."""
    good = {"input": {"accountId": tenant.gid, "url": "http://127.0.0.1:9/a", "events": ["user.invited"]}}
    created = await gql.mutate(CREATE_WEBHOOK, good, token=tenant.owner_token)
    bad = {"input": {**good["input"], "events": ["nope"]}}
    await gql.ok(CREATE_WEBHOOK, bad, token=tenant.owner_token)
    await gql.execute(CREATE_WEBHOOK, good, token=token)
    return created["webhook"]["id"]


async def test_viewers_see_their_accounts_trail_with_filters_and_pages(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    _, marketing = await add_member(gql, tenant, "marketing")
    webhook_id = await _attempts(gql, tenant, marketing)
    await _attempts(gql, other, other.owner_token)
    page = (await gql.ok(AUDIT, {"a": tenant.gid, "action": "webhook.*"}, token=tenant.owner_token))["auditEvents"]
    outcomes = [e["node"]["outcome"] for e in page["edges"]]
    assert outcomes == ["DENIED", "REJECTED", "ALLOWED"]  # newest first, this account only
    denied, rejected, allowed = (e["node"] for e in page["edges"])
    assert denied["reason"] == "INSUFFICIENT_ROLE" and rejected["reason"] == "UNKNOWN_EVENT_TYPE"
    assert allowed["targetId"] == webhook_id and allowed["targetType"] == "Webhook"
    # Filters: target, actor, action, time window.
    by_target = (await gql.ok(AUDIT, {"a": tenant.gid, "target": webhook_id}, token=tenant.owner_token))["auditEvents"]
    assert [e["node"]["id"] for e in by_target["edges"]] == [allowed["id"]]
    by_actor = (await gql.ok(AUDIT, {"a": tenant.gid, "actor": denied["actorId"]}, token=tenant.owner_token))["auditEvents"]
    assert {e["node"]["outcome"] for e in by_actor["edges"]} == {"DENIED"}
    exact = (await gql.ok(AUDIT, {"a": tenant.gid, "action": "webhook.create"}, token=tenant.owner_token))["auditEvents"]
    assert exact["totalCount"] == 3
    future = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert (await gql.ok(AUDIT, {"a": tenant.gid, "since": future}, token=tenant.owner_token))["auditEvents"]["totalCount"] == 0
    assert (await gql.ok(AUDIT, {"a": tenant.gid, "until": future, "action": "webhook.*"},
                         token=tenant.owner_token))["auditEvents"]["totalCount"] == 3
    # Keyset pages.
    first = (await gql.ok(AUDIT, {"a": tenant.gid, "action": "webhook.*", "first": 2}, token=tenant.owner_token))["auditEvents"]
    assert first["pageInfo"]["hasNextPage"]
    rest = (await gql.ok(AUDIT, {"a": tenant.gid, "action": "webhook.*", "first": 2, "after": first["pageInfo"]["endCursor"]},
                         token=tenant.owner_token))["auditEvents"]
    assert [e["node"]["id"] for e in first["edges"] + rest["edges"]] == [denied["id"], rejected["id"], allowed["id"]]
    assert not rest["pageInfo"]["hasNextPage"]


async def test_security_and_team_leads_view_others_are_refused(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    for role in ("security", "team_lead"):
        _, token = await add_member(gql, tenant, role)
        assert (await gql.ok(AUDIT, {"a": tenant.gid}, token=token))["auditEvents"]["totalCount"] >= 0
    for role in ("marketing_manager", "finance", "qa"):
        _, token = await add_member(gql, tenant, role)
        assert await gql.error_code(AUDIT, {"a": tenant.gid}, token=token) == "FORBIDDEN"
    assert await gql.error_code(AUDIT, {"a": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(AUDIT, {"a": encode_id("Account", "00000000-0000-0000-0000-000000000000")},
                                token=tenant.owner_token) == "NOT_FOUND"
    assert await gql.error_code(AUDIT, {"a": tenant.gid}) == "UNAUTHENTICATED"
    assert await gql.error_code(AUDIT, {"a": tenant.gid, "after": "!!"}, token=tenant.owner_token) == "BAD_USER_INPUT"
