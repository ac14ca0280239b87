"""Query-cost budgets per principal (issue 14, item 12; docs/integrators/rate-limits.md).

Every /graphql request is charged its cost (`graphql/cost.py`, the same figure whichever executor
answers) against a budget of points per minute: per session (a login's whole family, refreshes
included), per API token (its own limit or the deployment's), per client address for anonymous
callers. Fixed windows of 60 s aligned on the clock, counted in Redis
(`{prefix}:rl:<subject>:<window>`), so that every process of a deployment shares one budget.

Cheap on the hot path: a process reserves points from Redis in chunks (1 % of the budget, at most
1,000) and spends them locally, so a `me` (1 point) touches Redis once per thousand requests. The
price is a little slack: each process may hold one unspent chunk when the budget runs out.

Each response carries the IETF httpapi RateLimit headers (draft-ietf-httpapi-ratelimit-headers):
`RateLimit-Policy: "cost";q=<points>;w=60` and `RateLimit: "cost";r=<remaining>;t=<seconds left>`.
Over budget: 429, `Retry-After`, and a GraphQL error `extensions.code = RATE_LIMITED` with
`retryAfter` (seconds). If Redis is unreachable the limit is not enforced (logged and counted):
the API answers and the outage shows elsewhere.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import structlog

from ...config import Settings
from ...policy.principal import Principal, PrincipalKind
from .redis_store import RedisStore

log = structlog.get_logger(__name__)

WINDOW_SECONDS = 60
POLICY_NAME = "cost"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    quota: int
    remaining: int
    reset: int  # seconds until the window ends
    cost: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (b"ratelimit-policy", f'"{POLICY_NAME}";q={self.quota};w={WINDOW_SECONDS}'.encode()),
            (b"ratelimit", f'"{POLICY_NAME}";r={self.remaining};t={self.reset}'.encode()),
        ]


@dataclass
class _Local:
    granted: int = 0  # reserved in Redis by this process, not spent yet
    counted: int = 0  # the shared counter after this process's last reservation
    exhausted: bool = False  # the shared budget ran out in this window: refuse without asking Redis


class RateLimits(RedisStore):
    namespace = "rl"

    def __init__(self, settings: Settings, redis: Callable[[], Any], clock: Callable[[], float] = time.time) -> None:
        super().__init__(settings, redis)
        self.clock = clock
        self._window = -1
        self._local: dict[str, _Local] = {}
        self.redis_failures = 0  # counted (and logged): the limit was not enforced

    def subject(self, principal: Principal, client: str | None) -> tuple[str, int]:
        """The budget a request is charged to, and its size in points per minute."""
        settings = self.settings
        if principal.kind == PrincipalKind.API_TOKEN and principal.api_token_id:
            quota = principal.rate_limit if principal.rate_limit is not None else settings.rate_limit_points
            return f"t:{principal.api_token_id}", quota
        if principal.session_id:
            return f"s:{principal.session_id}", settings.rate_limit_points
        return f"ip:{client or 'unknown'}", settings.rate_limit_anonymous_points

    async def charge(self, principal: Principal, client: str | None, cost: int) -> Decision | None:
        """None when the deployment turned limits off (a budget of 0)."""
        key, quota = self.subject(principal, client)
        if quota <= 0:
            return None
        now = self.clock()
        window = int(now // WINDOW_SECONDS)
        reset = max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))
        if window != self._window:
            self._window, self._local = window, {}
        state = self._local.get(key)
        if state is None:
            state = self._local[key] = _Local()
        if state.granted < cost and not state.exhausted:
            need = max(cost - state.granted, max(1, min(1000, quota // 100)))
            try:
                pipe = self.redis.pipeline(transaction=False)
                pipe.incrby(self.key(key, str(window)), need)
                pipe.expire(self.key(key, str(window)), WINDOW_SECONDS * 2)
                counted, _ = await pipe.execute()
            except Exception as exc:  # Redis down: answer, loudly
                self.redis_failures += 1
                log.warning("rate_limit_unavailable", error=repr(exc), failures=self.redis_failures)
                return Decision(True, quota, quota, reset, cost)
            left_before = quota - (int(counted) - need)
            got = max(0, min(need, left_before))
            state.granted += got
            state.counted = int(counted) - (need - got)  # what was granted, this process's included
            state.exhausted = int(counted) >= quota
        remaining = max(0, quota - state.counted + state.granted)
        if state.granted >= cost:
            state.granted -= cost
            return Decision(True, quota, remaining - cost, reset, cost)
        return Decision(False, quota, remaining, reset, cost)
