"""What the rate limiter costs on the hot path: `me` with limits on against off, in process.

    PYTHONPATH=src:. python bench/rate_limit_overhead.py [--requests 3000] [--rounds 5]

A fresh PostgreSQL database (dropped at the end) and the external Redis, as in production; the
app is called as ASGI (httpx.ASGITransport) so that the figure is CPU per request, not requests/s
on a noisy 2-core machine (docs/ARCHITECTURE.md). Rounds alternate limits on / off (the same app,
the limiter's budget switched between the default and 0); prints µs per request and the ratio.
Also prints the cost estimate's own time per call (cached documents).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.graphql.cost import estimate  # noqa: E402
from gqlaccess.policy.principal import Principal, PrincipalKind  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
ME = "query Me { me { id email name memberships { id status isOwner role { id name } account { id name status } } } }"
PASSWORD = "Correct-Horse-Battery-9"


async def _round(client: httpx.AsyncClient, body: dict, headers: dict, requests: int) -> float:
    started = time.process_time()
    for _ in range(requests):
        response = await client.post("/graphql", json=body, headers=headers)
        assert response.status_code == 200, response.text
    return (time.process_time() - started) / requests * 1e6


async def main(args: argparse.Namespace) -> None:
    database = f"gqlaccess_bench_rl_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(ADMIN_URL)
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            settings = Settings(
                environment="test", data_dir=Path(data_dir), secret_key="bench-" + secrets.token_hex(16),
                database_url=f"{ADMIN_URL.rpartition('/')[0]}/{database}", redis_url=REDIS_URL,
                redis_prefix=f"bench-rl:{secrets.token_hex(4)}", run_worker_in_process=False,
            )
            app = create_app(settings, apply_migrations=True)
            async with app.router.lifespan_context(app):
                await _measure(app, settings, args)
    finally:
        admin = await asyncpg.connect(ADMIN_URL)
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()


async def _measure(app, settings: Settings, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from gqlaccess.services.accounts.accounts import create_account

    runtime = app.state.runtime
    created = await create_account(runtime.deps, name="Bench", owner_email="bench-owner@example.com")
    token = created.invitation.url(settings).rsplit("/", 1)[1]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        accepted = await client.post("/graphql", json={"query": """mutation($t: String!, $p: String!) {
          acceptInvitation(input: {token: $t, password: $p, acceptTerms: true, acceptPrivacy: true}) { token } }""",
                                                       "variables": {"t": token, "p": PASSWORD}})
        bearer = accepted.json()["data"]["acceptInvitation"]["token"]
        headers = {"Authorization": f"Bearer {bearer}"}
        body = {"query": ME}
        view = next(r.endpoint for r in app.routes if getattr(r, "path", None) == "/graphql")
        limiter = view.protocol.rate_limits
        on, off = settings, settings.with_overrides(rate_limit_points=0)
        await _round(client, body, headers, 300)  # warm-up: plans, caches, pool
        results: dict[str, list[float]] = {"on": [], "off": []}
        for _ in range(args.rounds):
            for name, variant in (("off", off), ("on", on)):
                limiter.settings = variant
                results[name].append(await _round(client, body, headers, args.requests))
        with_limits = (await client.post("/graphql", json=body, headers=headers)).headers.get("ratelimit")
    median = {k: sorted(v)[len(v) // 2] for k, v in results.items()}
    started = time.perf_counter()
    for _ in range(100_000):
        estimate(ME)
    per_estimate = (time.perf_counter() - started) / 100_000 * 1e6
    caller = Principal(kind=PrincipalKind.USER, session_id=uuid.uuid4())
    limiter.settings = on
    started = time.perf_counter()
    for _ in range(100_000):
        decision = await limiter.charge(caller, "127.0.0.1", 1)
        decision.headers()  # type: ignore[union-attr]
    per_charge = (time.perf_counter() - started) / 100_000 * 1e6
    print(f"me, CPU per request (client + server in one process), {args.rounds} alternating rounds of "
          f"{args.requests}:")
    print(f"  limits off: {median['off']:.0f} us   rounds {[round(x) for x in results['off']]}")
    print(f"  limits on:  {median['on']:.0f} us   rounds {[round(x) for x in results['on']]}")
    print(f"  ratio on/off: {median['on'] / median['off']:.3f}   (RateLimit header seen: {with_limits})")
    print(f"  cost estimate of a cached document: {per_estimate:.2f} us per call")
    print(f"  limiter charge + headers (1 point; Redis once per 1,000 points): {per_charge:.2f} us per call")
    print(f"BENCH_JSON {{\"off_us\": {median['off']:.1f}, \"on_us\": {median['on']:.1f}, "
          f"\"ratio\": {median['on'] / median['off']:.4f}, \"estimate_us\": {per_estimate:.2f}, "
          f"\"charge_us\": {per_charge:.2f}}}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    asyncio.run(main(parser.parse_args()))
