"""Persisted-query flood (issue 15 §2): 300 anonymous ~99 kB registrations, as the probe sent.

Before: every document was stored for 30 days, valid or not (Redis 1.3 MB -> 29.8 MB in 12 s).
Now: invalid documents are not stored, registrations are limited per client address, and the
store keeps within its byte budget. Prints `me` p99 before/after the flood (same run, ratio) and
Redis memory.

    PYTHONPATH=src:. python bench/faults/apq_flood.py
"""

from __future__ import annotations

import hashlib
import statistics
import time
import uuid

import httpx
import redis
from harness import Stack, check, finish

ME = "{ me { email } }"
BUDGET = 2 * 1024 * 1024


def _p99(client: httpx.Client, url: str, token: str, n: int = 300) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        client.post(url, json={"query": ME}, headers={"Authorization": f"Bearer {token}"})
        times.append(time.perf_counter() - start)
    return statistics.quantiles(times, n=100)[98] * 1000


def _flood_document(valid: bool) -> str:
    if valid:  # a valid document padded to ~99 kB with aliases would be refused by the limits
        return "query Q" + uuid.uuid4().hex + " { me { email } } " + "#" + "x" * 98_000
    return "{ me { " + " ".join("f" + uuid.uuid4().hex for _ in range(2900)) + " } }"


def main() -> None:
    with Stack("apq-flood", PERSISTED_QUERY_BUDGET_BYTES=str(BUDGET)) as stack:
        stack.start_api()
        tenant = stack.make_tenant()
        url = stack.api + "/graphql"
        r = redis.Redis(port=stack.redis.port)
        with httpx.Client(timeout=30) as client:
            _p99(client, url, tenant["token"], 50)  # warm up
            before = _p99(client, url, tenant["token"])
            memory_before = r.info("memory")["used_memory"]
            started = time.perf_counter()
            for i in range(300):
                document = _flood_document(valid=i % 2 == 0)
                sha = hashlib.sha256(document.encode()).hexdigest()
                client.post(url, json={"query": document, "extensions": {
                    "persistedQuery": {"version": 1, "sha256Hash": sha}}})
            flood_seconds = time.perf_counter() - started
            memory_after = r.info("memory")["used_memory"]
            after = _p99(client, url, tenant["token"])
        grown = (memory_after - memory_before) / 1024 / 1024
        print(f"flood: 300 registrations of ~99 kB in {flood_seconds:.1f} s; Redis used_memory "
              f"{memory_before / 1024 / 1024:.1f} MB -> {memory_after / 1024 / 1024:.1f} MB (+{grown:.1f} MB); "
              f"me p99 {before:.1f} ms -> {after:.1f} ms (ratio {after / before:.2f})")
        check(memory_after - memory_before <= BUDGET + 1024 * 1024,
              f"Redis grew by at most the persisted-query budget ({BUDGET // 1024 // 1024} MB) + 1 MB", grown)
        check(after / before < 1.5, "me p99 after the flood within 1.5x of before (same run)", (before, after))
    finish()


if __name__ == "__main__":
    main()
