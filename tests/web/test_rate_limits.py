"""Rate limits on query cost per principal (issue 14, item 12; docs/integrators/rate-limits.md)."""

from __future__ import annotations

import re
import socket
import uuid
from typing import Any

import pytest
import redis.asyncio as aioredis

from gqlaccess.graphql.cost import estimate
from gqlaccess.graphql.ids import encode_id
from gqlaccess.policy.principal import Principal, PrincipalKind
from gqlaccess.services.roles.roles import predefined_role_id
from gqlaccess.web.graphql.rate_limits import RateLimits

from ..support.factories import PASSWORD, add_member, make_tenant

ME = "{ me { email } }"
USERS = "query($a: ID!) { users(accountId: $a, first: 100) { totalCount edges { node { id status role { name } user { email } } } } }"
# The same data through an inline fragment: not compiled, so graphql-core answers it.
USERS_REFERENCE = ("query($a: ID!) { users(accountId: $a, first: 100) { totalCount edges { node { ... on Membership "
                   "{ id status role { name } user { email } } } } } }")
FIXED_NOW = 1_800_000_030.0  # the middle of a window: no test sees the minute roll over


def _view(app: Any) -> Any:
    return next(route.endpoint for route in app.routes if getattr(route, "path", None) == "/graphql")


@pytest.fixture
def limits(app: Any, monkeypatch: pytest.MonkeyPatch) -> RateLimits:
    limiter: RateLimits = _view(app).protocol.rate_limits
    monkeypatch.setattr(limiter, "clock", lambda: FIXED_NOW)
    return limiter


def _headers(response: Any) -> tuple[int, int, int]:
    policy = re.fullmatch(r'"cost";q=(\d+);w=60', response.headers["ratelimit-policy"])
    state = re.fullmatch(r'"cost";r=(\d+);t=(\d+)', response.headers["ratelimit"])
    assert policy and state, response.headers
    return int(policy[1]), int(state[1]), int(state[2])


async def _post(http: Any, query: str, variables: dict | None = None, token: str | None = None, **headers: str) -> Any:
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return await http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)


async def test_every_response_carries_the_ratelimit_headers(http, gql, runtime, limits) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    first = await _post(http, ME, token=tenant.owner_token)
    quota, remaining, reset = _headers(first)
    assert quota == runtime.settings.rate_limit_points and reset == 30
    second = await _post(http, ME, token=tenant.owner_token)
    assert _headers(second)[1] == remaining - 1  # `me` costs one point
    # Refusals of the transport (415, 406), GET queries and anonymous callers too.
    refused = await http.post("/graphql", content=b"query=1", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert refused.status_code == 415 and _headers(refused)[0] == runtime.settings.rate_limit_anonymous_points
    not_acceptable = await http.post("/graphql", json={"query": ME}, headers={"Accept": "text/html"})
    assert not_acceptable.status_code == 406 and _headers(not_acceptable)
    got = await http.get("/graphql", params={"query": ME}, headers={"Authorization": f"Bearer {tenant.owner_token}"})
    assert got.status_code == 200 and _headers(got)[1] == remaining - 2


async def test_both_executors_charge_the_same_estimate(app, http, gql, runtime, limits) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    fast = _view(app).fastpath
    assert fast is not None
    cost = estimate(USERS, None, {"a": tenant.gid})
    assert cost == estimate(USERS_REFERENCE, None, {"a": tenant.gid}) == 5
    before = _headers(await _post(http, ME, token=tenant.owner_token))[1]
    served = fast.served
    compiled = await _post(http, USERS, {"a": tenant.gid}, tenant.owner_token)
    assert fast.served == served + 1  # answered by graphql/fastpath
    after_compiled = _headers(compiled)[1]
    reference = await _post(http, USERS_REFERENCE, {"a": tenant.gid}, tenant.owner_token)
    assert fast.served == served + 1  # answered by graphql-core
    assert compiled.json()["data"] == reference.json()["data"]
    assert before - after_compiled == cost and after_compiled - _headers(reference)[1] == cost


async def test_a_token_over_its_own_budget_is_rate_limited_with_a_retry_delay(http, gql, runtime, limits) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    create = """mutation($a: ID!, $r: ID!, $n: Int) { createApiToken(input: {accountId: $a, name: "ci", kind: API,
      roleId: $r, rateLimitPerMinute: $n}) { apiToken { rateLimitPerMinute } secret errors { field code } } }"""
    role = encode_id("Role", predefined_role_id("admin"))
    bad = await gql.ok(create, {"a": tenant.gid, "r": role, "n": 0}, token=tenant.owner_token)
    assert bad["createApiToken"]["errors"] == [{"field": "rateLimitPerMinute", "code": "OUT_OF_RANGE"}]
    made = await gql.mutate(create, {"a": tenant.gid, "r": role, "n": 8}, token=tenant.owner_token)
    assert made["apiToken"]["rateLimitPerMinute"] == 8
    secret = made["secret"]
    accounts = "{ accounts { id } }"
    for expected in range(7, 2, -1):  # 5 requests of 1 point
        response = await _post(http, accounts, token=secret)
        assert response.status_code == 200 and _headers(response)[:2] == (8, expected)
    # 5 points with 3 left: refused, nothing runs, and the 3 points stay usable.
    refused = await _post(http, USERS, {"a": tenant.gid}, secret)
    assert refused.status_code == 429 and refused.headers["retry-after"] == "30"
    assert refused.json() == {"errors": [{"message": "Rate limit reached (8 points per minute). Retry in 30 s.",
                                          "extensions": {"code": "RATE_LIMITED", "retryAfter": 30, "cost": 5, "limit": 8}}]}
    assert _headers(refused)[1] == 3
    for _ in range(3):
        assert (await _post(http, accounts, token=secret)).status_code == 200
    last = await _post(http, accounts, token=secret)
    assert last.status_code == 429 and _headers(last)[1] == 0
    # Another principal is not affected.
    assert (await _post(http, accounts, token=tenant.owner_token)).status_code == 200
    # The next window starts afresh.
    limits.clock = lambda: FIXED_NOW + 60  # type: ignore[method-assign]
    assert (await _post(http, accounts, token=secret)).status_code == 200


async def test_a_session_keeps_its_budget_across_refreshes_and_anonymous_callers_share_one_per_address(
    http, gql, runtime, limits, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    monkeypatch.setattr(limits, "settings", runtime.settings.with_overrides(rate_limit_points=4,
                                                                             rate_limit_anonymous_points=1000))
    login = (await _post(http, """mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) {
      token refreshToken } }""", {"e": email, "p": PASSWORD})).json()["data"]["login"]
    assert (await _post(http, ME, token=login["token"])).status_code == 200
    renewed = (await _post(http, """mutation($r: String!) { refreshSession(input: {refreshToken: $r}) { token } }""",
                           {"r": login["refreshToken"]})).json()["data"]["refreshSession"]
    statuses = [(await _post(http, ME, token=renewed["token"])).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]  # 1 + 3: one budget for the session, whatever its access token
    monkeypatch.setattr(limits, "settings", runtime.settings.with_overrides(rate_limit_anonymous_points=2))
    anonymous_key = f"ip:{uuid.uuid4()}"
    monkeypatch.setattr(limits, "subject", lambda principal, client: (anonymous_key, 2))
    assert [(await _post(http, ME)).status_code for _ in range(3)] == [200, 200, 429]


async def test_processes_share_one_budget_and_redis_outages_do_not_block(runtime) -> None:  # type: ignore[no-untyped-def]
    settings = runtime.settings
    pool = runtime.redis.pool
    principal = Principal(kind=PrincipalKind.API_TOKEN, api_token_id=uuid.uuid4(), rate_limit=1000)
    one, two = (RateLimits(settings, lambda: pool, clock=lambda: FIXED_NOW) for _ in range(2))
    allowed = 0
    for _ in range(700):
        for process in (one, two):
            decision = await process.charge(principal, None, 1)
            assert decision is not None
            allowed += decision.allowed
    # Each process may hold back one unspent chunk (1 % of the budget) when the budget runs out.
    assert 1000 - 2 * 10 <= allowed <= 1000
    # Redis unreachable: answered, counted, logged.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    dead = aioredis.Redis(host="127.0.0.1", port=dead_port, socket_connect_timeout=0.5)
    cut_off = RateLimits(settings, lambda: dead, clock=lambda: FIXED_NOW)
    decision = await cut_off.charge(principal, None, 1)
    assert decision is not None and decision.allowed and cut_off.redis_failures == 1
    await dead.aclose()
    # A budget of 0 turns the limit off.
    off = RateLimits(settings.with_overrides(rate_limit_points=0), lambda: pool)
    assert await off.charge(Principal(kind=PrincipalKind.USER, session_id=uuid.uuid4()), None, 1) is None
