"""Does answering take longer for an address that exists? (figures, not a test)

    PYTHONPATH=src:. python bench/enumeration_timing.py [--rounds 120]
    GQLACCESS_DATABASE_URL=postgres://… GQLACCESS_REDIS_URL=redis://… (optional: a database you created)

`requestPasswordReset` and `login` (wrong password), known and unknown addresses interleaved, in
process over the real app (no network jitter). Prints the medians and the known/unknown ratio
(the baseline is the unknown address, measured in the same run); near 1.00 means the duration
does not tell whether an account exists. The test suite asserts the deterministic part (same
answer bytes, same statements, same hash cost: tests/hardening/test_brute_force.py); durations
depend on the machine's load, so they live here.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import httpx  # noqa: E402

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.models import User  # noqa: E402
from gqlaccess.security.passwords import hash_password  # noqa: E402
from gqlaccess.services.core.clock import utcnow  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402

RESET = 'mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }'
LOGIN = 'mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { token errors { code } } }'


def _ip(i: int) -> tuple[str, int]:
    return (f"10.{i // 62500 % 250}.{i // 250 % 250}.{i % 250 + 1}", 4321)  # a fresh address each call


async def _median_pair(app: object, query: str, known: list[dict], unknown: list[dict]) -> tuple[float, float]:
    times: dict[str, list[float]] = {"known": [], "unknown": []}
    calls = 0
    for k, u in zip(known, unknown, strict=True):  # interleaved, so drift hits both alike
        for label, variables in (("known", k), ("unknown", u)):
            calls += 1
            transport = httpx.ASGITransport(app=app, client=_ip(calls + hash(query) % 1000 * 1000))  # type: ignore[arg-type]
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                started = time.perf_counter()
                await client.post("/graphql", json={"query": query, "variables": variables})
                times[label].append(time.perf_counter() - started)
    return statistics.median(times["known"]), statistics.median(times["unknown"])


async def main(rounds: int) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="gqlaccess-bench-"))
    run = secrets.token_hex(4)
    settings = Settings(environment="test", data_dir=data_dir, secret_key="bench-" + run * 8,
                        database_url=os.environ.get("GQLACCESS_DATABASE_URL"),
                        redis_url=os.environ.get("GQLACCESS_REDIS_URL"),
                        queue_name=f"gqlaccess-bench:{run}:queue", redis_prefix=f"gqlaccess-bench:{run}",
                        reset_requests_per_ip=10**6, login_attempts_per_ip=10**6)
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        password_hash = await hash_password("Correct-Horse-Battery-9", settings.argon2)
        known = [f"known-{uuid.uuid4().hex[:10]}@example.com" for _ in range(rounds)]
        await User.bulk_create([User(email=e, name="Known", activated_at=utcnow(), password_hash=password_hash)
                                for e in known])
        unknown = [f"unknown-{uuid.uuid4().hex[:10]}@example.com" for _ in range(rounds)]
        print(f"{'operation':<22} {'known ms':>9} {'unknown ms':>11} {'ratio':>6}   ({rounds} interleaved rounds)")
        for name, query, extra in (("requestPasswordReset", RESET, {}), ("login (wrong password)", LOGIN,
                                                                           {"p": "Wrong-password-1"})):
            k, u = await _median_pair(app, query, [{"e": e, **extra} for e in known],
                                      [{"e": e, **extra} for e in unknown])
            print(f"{name:<22} {k * 1000:>9.2f} {u * 1000:>11.2f} {k / u:>6.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=120)
    asyncio.run(main(parser.parse_args().rounds))
