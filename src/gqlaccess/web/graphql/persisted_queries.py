"""Automatic persisted queries (Apollo APQ): `extensions.persistedQuery {version: 1, sha256Hash}`.

A hash alone that is unknown answers PERSISTED_QUERY_NOT_FOUND and the client resends with the
document, which is checked against the hash and remembered. Redis trouble never fails a request
that carries its document.

Bounded (issue 15 §2: 300 anonymous ~99 kB registrations filled the shared Redis): only a document
that parses and validates against the schema is stored; registrations are counted per client
address (`persisted_query_registrations_per_ip` a minute, beyond which the document still runs
but is not stored); and the store keeps within its own byte budget
(`persisted_query_budget_bytes`), evicting the least recently used documents itself, in its own
keys: `{prefix}:apq:docs` (hash sha → document), `{prefix}:apq:lru` (sha by last use),
`{prefix}:apq:bytes`. Redis itself runs `noeviction` (queue, sessions, throttles and idempotency
keys are never evicted); this store is the only one that gives way. A document unused for
`persisted_query_ttl_seconds` is dropped too.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from typing import Any

import structlog

from ...services.core.throttle import Throttle
from .protocol import GRAPHQL_RESPONSE_JSON, operation_types
from .redis_store import RedisStore
from .refusals import ProtocolError

log = structlog.get_logger(__name__)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_PERSISTED_QUERY_BYTES = 100_000

# KEYS: docs, lru, bytes. ARGV: sha, document, now, max age (s), budget (bytes).
# Returns 1 stored, 0 already known (touched), -1 larger than the whole budget.
_STORE = """
local docs, lru, bytes = KEYS[1], KEYS[2], KEYS[3]
local sha, doc, now, max_age, budget = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local total = tonumber(redis.call('GET', bytes) or '0')
local function drop(old)
  total = total - redis.call('HSTRLEN', docs, old)
  redis.call('HDEL', docs, old)
  redis.call('ZREM', lru, old)
end
for _, old in ipairs(redis.call('ZRANGEBYSCORE', lru, '-inf', now - max_age)) do drop(old) end
if redis.call('HEXISTS', docs, sha) == 1 then
  redis.call('ZADD', lru, now, sha)
  redis.call('SET', bytes, total)
  return 0
end
local size = string.len(doc)
if size > budget then
  redis.call('SET', bytes, total)
  return -1
end
while total + size > budget do
  local oldest = redis.call('ZRANGE', lru, 0, 0)
  if #oldest == 0 then total = 0 break end
  drop(oldest[1])
end
redis.call('HSET', docs, sha, doc)
redis.call('ZADD', lru, now, sha)
redis.call('SET', bytes, total + size)
return 1
"""


class PersistedQueries(RedisStore):
    namespace = "apq"

    def __init__(
        self, settings: Any, redis: Callable[[], Any], *, validate: Callable[[str], bool] | None = None
    ) -> None:
        super().__init__(settings, redis)
        # Parses and validates against the schema (view.py passes it); without one, nothing is stored.
        self.validate = validate

    def _keys(self) -> list[str]:
        return [self.key("docs"), self.key("lru"), self.key("bytes")]

    async def resolve(self, data: dict[str, Any], media_type: str, client: str | None = None) -> dict[str, Any]:
        persisted = (data.get("extensions") or {}).get("persistedQuery")
        if persisted is None:
            return data
        sha = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if not isinstance(persisted, dict) or persisted.get("version") != 1:
            raise ProtocolError(400, "PERSISTED_QUERY_NOT_SUPPORTED", "Only persistedQuery version 1 is supported.")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise ProtocolError(400, "BAD_REQUEST", "persistedQuery.sha256Hash must be 64 lower-case hex digits.")
        query = data.get("query")
        if query:
            if hashlib.sha256(query.encode("utf-8")).hexdigest() != sha:
                raise ProtocolError(400, "PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match query")
            await self._register(sha, query, client)
            return data
        try:
            docs, lru, _ = self._keys()
            stored = await self.redis.hget(docs, sha)
            if stored is not None:
                await self.redis.zadd(lru, {sha: time.time()})
        except Exception as exc:
            log.warning("apq_lookup_failed", error=str(exc))
            stored = None
        if stored is None:
            # Apollo clients resend the document on this answer (message and code are the protocol).
            raise ProtocolError(
                400 if media_type == GRAPHQL_RESPONSE_JSON else 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"
            )
        return {**data, "query": stored.decode("utf-8") if isinstance(stored, bytes) else stored}

    async def _register(self, sha: str, query: str, client: str | None) -> None:
        """Stores the document if it is worth keeping; the request runs either way."""
        encoded = query.encode("utf-8")
        if len(encoded) > MAX_PERSISTED_QUERY_BYTES or not operation_types(query):
            return
        if self.validate is None or not self.validate(query):
            log.info("apq_not_stored", reason="invalid document")
            return
        try:
            docs, lru, size = self._keys()
            if await self.redis.hexists(docs, sha):
                await self.redis.zadd(lru, {sha: time.time()})
                return
            throttle = Throttle(self.redis, self.settings.redis_prefix, 60)
            if await throttle.hit("apq:register", client or "unknown") > self.settings.persisted_query_registrations_per_ip:
                log.info("apq_not_stored", reason="registration rate")
                return
            result = await self.redis.eval(
                _STORE, 3, docs, lru, size, sha, encoded, time.time(),
                self.settings.persisted_query_ttl_seconds, self.settings.persisted_query_budget_bytes,
            )
            if int(result) < 0:
                log.info("apq_not_stored", reason="larger than the budget")
        except Exception as exc:  # Redis down: the query still runs, unregistered
            log.warning("apq_store_failed", error=str(exc))

    async def stored_bytes(self) -> int:
        value = await self.redis.get(self._keys()[2])
        return int(value or 0)
