"""`checkAccesses` (the batch) and `accessibleScope` (the reverse question), against `checkAccess`."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gqlaccess.models import Resource

from ...support.access import check, member
from ...support.factories import make_tenant
from ...support.hosting import gid

BATCH = """query($checks: [AccessCheckInput!]!) { checkAccesses(checks: $checks) { allowed reason } }"""
SCOPE = """query($a: ID!, $c: Capability!, $l: CapabilityLevel, $u: ID, $first: Int, $after: String) {
  accessibleScope(accountId: $a, capability: $c, level: $l, userId: $u, first: $first, after: $after) {
    allowed reason allApps appIds totalApps pageInfo { hasNextPage endCursor }
    allMediaSources mediaSources allGeos geos } }"""
SOURCES = ["facebook", "google", "tiktok"]
GEOS = ["FR", "DE", "US"]
CAPABILITIES = ["CLIENTS", "RESOURCES", "LINK_TEMPLATES", "USERS"]


@pytest.fixture(scope="module")
async def account(gql, runtime) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    apps = [await Resource.create(account_id=tenant.account_id, kind="APP", name=f"App {i}") for i in range(5)]
    return {"tenant": tenant, "other": other, "apps": [gid("Resource", a.id) for a in apps]}


async def test_one_answer_per_check_in_order_like_check_access(gql, account) -> None:  # type: ignore[no-untyped-def]
    tenant, other = account["tenant"], account["other"]
    _, token = await member(gql, tenant, role_key="marketing", media_sources=["facebook"], geos=["FR"])
    checks = []
    for capability in CAPABILITIES:
        for level in ("VIEW", "MANAGE"):
            checks.append({"accountId": tenant.gid, "capability": capability, "level": level})
            checks.append({"accountId": tenant.gid, "capability": capability, "mediaSource": "google"})
            checks.append({"accountId": tenant.gid, "capability": capability, "geo": "fr"})
            checks.append({"accountId": tenant.gid, "capability": capability, "appId": account["apps"][1]})
    checks.append({"accountId": tenant.gid, "capability": "CLIENTS", "appId": gid("Resource", tenant.account_id)})
    checks.append({"accountId": other.gid, "capability": "CLIENTS"})  # another tenant: NOT_FOUND, like a missing one
    checks.append({"accountId": gid("Account", other.account_id).replace("A", "B", 1), "capability": "CLIENTS"})
    answers = (await gql.ok(BATCH, {"checks": checks}, token=token))["checkAccesses"]
    assert len(answers) == len(checks)
    for item, answer in zip(checks, answers, strict=True):
        if item["accountId"] != tenant.gid:
            assert answer == {"allowed": False, "reason": "NOT_FOUND"}
            continue
        single = await check(gql, token, item["accountId"], item["capability"], item.get("level", "VIEW"),
                             ms=item.get("mediaSource"), geo=item.get("geo"), app=item.get("appId"))
        assert answer == single, item
    assert answers[-2] == {"allowed": False, "reason": "NOT_FOUND"}


async def test_asking_about_another_user_needs_users_view(gql, account) -> None:  # type: ignore[no-untyped-def]
    tenant = account["tenant"]
    subject, _ = await member(gql, tenant, role_key="qa")
    _, plain = await member(gql, tenant, role_key="marketing")
    item = {"accountId": tenant.gid, "capability": "CLIENTS", "userId": subject}
    assert (await gql.ok(BATCH, {"checks": [item]}, token=plain))["checkAccesses"] == [
        {"allowed": False, "reason": "FORBIDDEN"}]
    assert (await gql.ok(BATCH, {"checks": [item]}, token=tenant.owner_token))["checkAccesses"] == [
        {"allowed": True, "reason": "ALLOWED"}]


async def test_at_most_a_thousand_checks(gql, account) -> None:  # type: ignore[no-untyped-def]
    tenant = account["tenant"]
    item = {"accountId": tenant.gid, "capability": "CLIENTS"}
    answers = (await gql.ok(BATCH, {"checks": [item] * 1000}, token=tenant.owner_token))["checkAccesses"]
    assert len(answers) == 1000 and all(a["allowed"] for a in answers)
    body = await gql.execute(BATCH, {"checks": [item] * 1001}, token=tenant.owner_token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    body = await gql.execute(BATCH, {"checks": [item]})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_accessible_scope_of_another_tenant_is_not_found(gql, account) -> None:  # type: ignore[no-untyped-def]
    body = await gql.execute(SCOPE, {"a": account["other"].gid, "c": "CLIENTS"}, token=account["tenant"].owner_token)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def _all_pages(gql, token: str, variables: dict[str, Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    pages, after = [], None
    while True:
        page = (await gql.ok(SCOPE, {**variables, "first": 2, "after": after}, token=token))["accessibleScope"]
        pages.append(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    first = pages[0]
    first["appIds"] = [a for p in pages for a in p["appIds"]]
    assert len(first["appIds"]) == first["totalApps"] == len(set(first["appIds"]))
    return first


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    role=st.sampled_from(["marketing", "marketing_limited", "contributor", "team_lead", "finance", "security"]),
    apps=st.one_of(st.none(), st.lists(st.integers(0, 4), unique=True, max_size=4)),
    sources=st.one_of(st.none(), st.lists(st.sampled_from(SOURCES), unique=True, min_size=1, max_size=2)),
    geos=st.one_of(st.none(), st.lists(st.sampled_from(GEOS), unique=True, min_size=1, max_size=2)),
    capability=st.sampled_from(CAPABILITIES),
    level=st.sampled_from(["VIEW", "MANAGE"]),
    ask_as_owner=st.booleans(),
)
async def test_accessible_scope_agrees_with_check_access(  # type: ignore[no-untyped-def]
    gql, account, role, apps, sources, geos, capability, level, ask_as_owner,
) -> None:
    tenant = account["tenant"]
    from gqlaccess.graphql.ids import decode_id

    app_ids = None if apps is None else [str(decode_id(account["apps"][i])[1]) for i in apps]
    user, token = await member(gql, tenant, role_key=role, media_sources=sources, geos=geos, app_ids=app_ids)
    asker = tenant.owner_token if ask_as_owner else token
    about = {"u": user} if ask_as_owner else {}
    scope = await _all_pages(gql, asker, {"a": tenant.gid, "c": capability, "l": level, "u": about.get("u")})
    plain = await check(gql, asker, tenant.gid, capability, level, **about)
    assert (scope["allowed"], scope["reason"]) == (plain["allowed"], plain["reason"])
    for app in account["apps"]:
        single = await check(gql, asker, tenant.gid, capability, level, app=app, **about)
        assert single["allowed"] == (app in scope["appIds"]), (app, scope)
    for source in [*SOURCES, "other"]:
        single = await check(gql, asker, tenant.gid, capability, level, ms=source, **about)
        listed = scope["allowed"] and (scope["allMediaSources"] or source in scope["mediaSources"])
        assert single["allowed"] == listed, (source, scope)
    for geo in [*GEOS, "JP"]:
        single = await check(gql, asker, tenant.gid, capability, level, geo=geo, **about)
        listed = scope["allowed"] and (scope["allGeos"] or geo in scope["geos"])
        assert single["allowed"] == listed, (geo, scope)
