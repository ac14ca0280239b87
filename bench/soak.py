"""Soak: bounded mixed traffic from several simulated tenants against two API processes
(`gqlaccess serve --workers 2`) and two `gqlaccess worker` processes, on a private PostgreSQL and
Redis (bench/faults/harness.py), loopback only. Reports error count, latency percentiles and the
RSS growth of every process between the end of the warm-up and the end of the run.

    PYTHONPATH=src:. python bench/soak.py --duration 120 --tenants 4 --concurrency 8
    (10 minutes: --duration 600)

Bounded in time (--duration) and in count (--max-requests). Figures depend on the machine and
on whatever else shares its cores: read them as ratios and trends.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent / "faults"))
from harness import PASSWORD, Stack

OPERATIONS: dict[str, tuple[int, str]] = {
    # name: (weight, document)
    "me": (30, "{ me { email memberships { status isOwner role { key } account { name } } } }"),
    "accounts": (15, "{ accounts { id name status viewerCapabilities { capability level } } }"),
    "account": (15, "query($id: ID!) { account(id: $id) { id name status } }"),
    "checkAccess": (20, "query($a: ID!) { checkAccess(accountId: $a, capability: USERS, level: MANAGE) { allowed reason } }"),
    "node": (8, "query($id: ID!) { node(id: $id) { id ... on Account { name } } }"),
    "capabilities": (5, "{ capabilities { capability editableInCustomRoles } }"),
    "requestPasswordReset": (5, "mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }"),
    "login": (2, "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token errors { code } } }"),
    "users": (10, "query($a: ID!) { users(accountId: $a, first: 50) { totalCount edges { node { status role { name } user { email } } } } }"),
    "roles": (5, "query($a: ID!) { roles(accountId: $a) { name kind memberCount } }"),
    "clients": (5, "query($a: ID!) { clients(accountId: $a, first: 20) { totalCount edges { node { id status } } } }"),
}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def virtual_user(client: httpx.AsyncClient, url: str, tenants: list[dict[str, Any]], deadline: float,
                       budget: list[int], samples: dict[str, list[float]], errors: Counter[str], rng: random.Random) -> None:
    names = list(OPERATIONS)
    weights = [OPERATIONS[n][0] for n in names]
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        tenant = rng.choice(tenants)
        name = rng.choices(names, weights)[0]
        variables: dict[str, Any] = {}
        token: str | None = tenant["token"]
        if name in ("account", "node"):
            variables = {"id": tenant["gid"]}
        elif name in ("checkAccess", "users", "roles", "clients"):
            variables = {"a": tenant["gid"]}
        elif name == "requestPasswordReset":
            variables, token = {"e": f"soak-{uuid.uuid4().hex[:10]}@example.com"}, None
        elif name == "login":
            variables, token = {"e": tenant["email"], "p": PASSWORD}, None
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        started = time.perf_counter()
        try:
            response = await client.post(url + "/graphql", json={"query": OPERATIONS[name][1], "variables": variables},
                                         headers=headers)
            elapsed = time.perf_counter() - started
            body = response.json()
            payload = (body.get("data") or {}).get(name) if isinstance(body, dict) else None
            if response.status_code != 200 or body.get("errors"):
                errors[f"{name}: {response.status_code} {[e.get('extensions', {}).get('code') for e in body.get('errors') or []]}"] += 1
            elif isinstance(payload, dict) and payload.get("errors"):
                errors[f"{name}: payload {payload['errors']}"] += 1
        except (httpx.HTTPError, ValueError) as exc:
            elapsed = time.perf_counter() - started
            errors[f"{name}: {type(exc).__name__}"] += 1
        samples[name].append(elapsed)


def rss(stack: Stack) -> dict[str, int]:
    found: dict[str, int] = {}
    for server in stack.servers:
        for pid, kib in server.rss_kib().items():
            found[f"api pid {pid}{' (master)' if pid == server.pid else ''}"] = kib
    for i, worker in enumerate(stack.workers):
        for pid, kib in worker.rss_kib().items():
            found[f"worker{i} pid {pid}"] = kib
    return found


async def run(args: argparse.Namespace) -> int:
    OPERATIONS["login"] = (args.login_weight, OPERATIONS["login"][1])
    env = {"LOGIN_ATTEMPTS_PER_IP": "1000000", "RESET_REQUESTS_PER_IP": "1000000", "DB_POOL_SIZE": "10"}
    with Stack("soak", **env) as stack:
        stack.start_api(workers=2)
        stack.start_worker()
        stack.start_worker()
        tenants = []
        for i in range(args.tenants):
            tenant = stack.make_tenant(f"t{i}-")
            account = stack.gql("{ accounts { id } }", token=tenant["token"]).json()["data"]["accounts"][0]["id"]
            tenants.append({**tenant, "gid": account})
        print(f"stack: API {stack.api} (2 uvicorn workers), 2 arq workers, private PostgreSQL :{stack.pg.port}, "
              f"Redis :{stack.redis.port}; {len(tenants)} tenants, {args.concurrency} concurrent clients")
        limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
        rng = random.Random(args.seed)
        async with httpx.AsyncClient(limits=limits, timeout=30) as client:
            # Warm-up: the RSS baseline is taken after caches and pools filled.
            warm = defaultdict(list)
            warm_deadline = time.monotonic() + args.warmup
            await asyncio.gather(*[virtual_user(client, stack.api, tenants, warm_deadline, [10**9], warm, Counter(), rng)
                                   for _ in range(args.concurrency)])
            # Then concurrent logins, so that every API process has used both argon2 threads
            # (each keeps ~19 MiB in its malloc arena): the baseline is the filled steady state.
            login = OPERATIONS["login"][1]
            for _ in range(3):
                await asyncio.gather(*[client.post(stack.api + "/graphql", json={"query": login, "variables": {
                    "e": t["email"], "p": PASSWORD}}) for t in tenants for _ in range(2)])
            before = rss(stack)
            series: list[tuple[float, dict[str, int]]] = [(0.0, before)]
            samples: dict[str, list[float]] = defaultdict(list)
            errors: Counter[str] = Counter()
            budget = [args.max_requests]
            started = time.monotonic()

            async def sample_rss() -> None:
                while time.monotonic() < started + args.duration:
                    await asyncio.sleep(min(args.duration / 8, 30))
                    series.append((time.monotonic() - started, rss(stack)))

            sampler = asyncio.create_task(sample_rss())
            await asyncio.gather(*[virtual_user(client, stack.api, tenants, started + args.duration, budget, samples, errors, rng)
                                   for _ in range(args.concurrency)])
            wall = time.monotonic() - started
            sampler.cancel()
        after = rss(stack)
        series.append((wall, after))
        import redis

        backlog = redis.Redis(port=stack.redis.port).zcard(stack.env["GQLACCESS_QUEUE_NAME"])
        all_samples = [s for values in samples.values() for s in values]
        total = len(all_samples)
        print(f"\n{total} requests in {wall:.0f} s ({total / wall:.0f} req/s), errors: {sum(errors.values())}")
        for error, n in errors.most_common(10):
            print(f"  {n:6d}  {error}")
        print(f"{'operation':22s} {'count':>7s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s}")
        for name in OPERATIONS:
            values = samples.get(name, [])
            print(f"{name:22s} {len(values):7d} {percentile(values, 50) * 1000:8.1f} {percentile(values, 95) * 1000:8.1f} "
                  f"{percentile(values, 99) * 1000:8.1f}")
        print(f"{'all':22s} {total:7d} {statistics.median(all_samples) * 1000:8.1f} "
              f"{percentile(all_samples, 95) * 1000:8.1f} {percentile(all_samples, 99) * 1000:8.1f}")
        print("\nRSS series (KiB) at " + ", ".join(f"{t:.0f}s" for t, _ in series) + ":")
        for name in before:
            print(f"  {name:28s} " + " ".join(f"{point.get(name, 0):7d}" for _, point in series))
        print("\nRSS after warm-up -> end (KiB):")
        worst = 0.0
        for name, kib in before.items():
            end = after.get(name)
            if end is None:
                print(f"  {name:28s} {kib:8d} -> (gone)")
                continue
            growth = (end - kib) / kib * 100
            worst = max(worst, growth)
            print(f"  {name:28s} {kib:8d} -> {end:8d}  {growth:+5.1f}%")
        print(f"\nworst RSS growth {worst:+.1f}% (target < 10%); errors {sum(errors.values())} (target 0); "
              f"jobs still queued at the end: {backlog}")
        return 0 if not errors and worst < 10 else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=120, help="seconds of measured traffic (10 min target: 600)")
    parser.add_argument("--warmup", type=float, default=15)
    parser.add_argument("--max-requests", type=int, default=500_000)
    parser.add_argument("--tenants", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--login-weight", type=int, default=OPERATIONS["login"][0],
                        help="share of logins (argon2: 19 MiB per hash in flight)")
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
