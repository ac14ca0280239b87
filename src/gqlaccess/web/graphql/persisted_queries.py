"""Automatic persisted queries (Apollo APQ): `extensions.persistedQuery {version: 1, sha256Hash}`.

Hash → document in Redis (`{prefix}:apq:<sha256>`, 30 days). A hash alone that is unknown answers
PERSISTED_QUERY_NOT_FOUND and the client resends with the document, which is checked against the
hash and remembered. Redis trouble never fails a request that carries its document.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import structlog

from .protocol import GRAPHQL_RESPONSE_JSON, operation_types
from .redis_store import RedisStore
from .refusals import ProtocolError

log = structlog.get_logger(__name__)

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_PERSISTED_QUERY_BYTES = 100_000


class PersistedQueries(RedisStore):
    namespace = "apq"

    async def resolve(self, data: dict[str, Any], media_type: str) -> dict[str, Any]:
        persisted = (data.get("extensions") or {}).get("persistedQuery")
        if persisted is None:
            return data
        sha = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if not isinstance(persisted, dict) or persisted.get("version") != 1:
            raise ProtocolError(400, "PERSISTED_QUERY_NOT_SUPPORTED", "Only persistedQuery version 1 is supported.")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise ProtocolError(400, "BAD_REQUEST", "persistedQuery.sha256Hash must be 64 lower-case hex digits.")
        redis_key = self.key(sha)
        query = data.get("query")
        if query:
            if hashlib.sha256(query.encode("utf-8")).hexdigest() != sha:
                raise ProtocolError(400, "PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match query")
            if len(query) <= MAX_PERSISTED_QUERY_BYTES and operation_types(query):
                try:
                    await self.redis.set(redis_key, query.encode("utf-8"), ex=self.settings.persisted_query_ttl_seconds)
                except Exception as exc:  # Redis down: the query still runs, unregistered
                    log.warning("apq_store_failed", error=str(exc))
            return data
        try:
            stored = await self.redis.get(redis_key)
        except Exception as exc:
            log.warning("apq_lookup_failed", error=str(exc))
            stored = None
        if stored is None:
            # Apollo clients resend the document on this answer (message and code are the protocol).
            raise ProtocolError(
                400 if media_type == GRAPHQL_RESPONSE_JSON else 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"
            )
        return {**data, "query": stored.decode("utf-8") if isinstance(stored, bytes) else stored}
