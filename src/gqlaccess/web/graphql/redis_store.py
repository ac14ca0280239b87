"""The base of the transport's Redis-backed stores (persisted queries, idempotency keys)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...config import Settings


class RedisStore:
    """Keys live under `{redis_prefix}:{namespace}:`; the client is looked up per call (the
    runtime reconnects after an outage)."""

    namespace: str

    def __init__(self, settings: Settings, redis: Callable[[], Any]) -> None:
        self.settings = settings
        self._redis = redis

    @property
    def redis(self) -> Any:
        return self._redis()

    def key(self, *parts: str) -> str:
        return ":".join((self.settings.redis_prefix, self.namespace, *parts))
