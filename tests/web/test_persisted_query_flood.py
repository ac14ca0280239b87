"""Issue 15 §2: anonymous callers could fill Redis through persisted queries."""

from __future__ import annotations

import hashlib
import uuid

from gqlaccess.web.graphql.persisted_queries import PersistedQueries


def _apq(query: str) -> dict:  # type: ignore[type-arg]
    return {"query": query, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}}}


async def test_persisted_query_flood_stores_only_valid_documents_within_budget(http, runtime):
    settings = runtime.settings
    store = PersistedQueries(settings, lambda: runtime.redis.pool)
    docs_key = store._keys()[0]
    # A document that fails validation is run (and refused) but never stored.
    junk = "{ me { " + " ".join(f"f{uuid.uuid4().hex}" for _ in range(50)) + " } }"
    await http.post("/graphql", json=_apq(junk))
    assert not await runtime.redis.pool.hexists(docs_key, hashlib.sha256(junk.encode()).hexdigest())
    # A valid one is stored and then served by its hash alone.
    valid = f"query Q{uuid.uuid4().hex} {{ capabilities {{ capability }} }}"
    first = await http.post("/graphql", json=_apq(valid))
    assert first.status_code == 200, first.text
    sha = hashlib.sha256(valid.encode()).hexdigest()
    again = await http.post("/graphql", json={"extensions": _apq(valid)["extensions"]})
    assert again.status_code == 200 and "errors" not in again.json(), again.text
    # The store's own budget: a tiny budget keeps the newest documents only (LRU), in bytes.
    small = settings.with_overrides(persisted_query_budget_bytes=400, redis_prefix=f"{settings.redis_prefix}:lru{uuid.uuid4().hex[:6]}")
    bounded = PersistedQueries(small, lambda: runtime.redis.pool, validate=lambda q: True)
    queries = [f"query L{i}{uuid.uuid4().hex} {{ capabilities {{ capability }} }}" for i in range(20)]
    for q in queries:
        await bounded._register(hashlib.sha256(q.encode()).hexdigest(), q, "203.0.113.7")
    assert 0 < await bounded.stored_bytes() <= 400
    kept = await runtime.redis.pool.hkeys(bounded._keys()[0])
    assert hashlib.sha256(queries[-1].encode()).hexdigest().encode() in kept
    assert hashlib.sha256(queries[0].encode()).hexdigest().encode() not in kept
    # Registrations per client address are limited: beyond the limit nothing more is stored.
    limited = PersistedQueries(
        settings.with_overrides(persisted_query_registrations_per_ip=3,
                                redis_prefix=f"{settings.redis_prefix}:rate{uuid.uuid4().hex[:6]}"),
        lambda: runtime.redis.pool, validate=lambda q: True,
    )
    for q in queries[:6]:
        await limited._register(hashlib.sha256(q.encode()).hexdigest(), q, "198.51.100.9")
    assert await runtime.redis.pool.hlen(limited._keys()[0]) == 3
    assert sha  # (the valid document above stayed registered)
