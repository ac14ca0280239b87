"""In-process A/B: server CPU per request with the app called as ASGI (no sockets, no wrk).

    PYTHONPATH=src:. python bench/inprocess.py [--batches 7] [--per-batch 200] [--profile checkAccesses]

The 2-core machine is shared: requests/s alone is noise. This measures process CPU time per
request, the minimum over batches, for `me`, `checkAccess` and `checkAccesses` (1,000 checks), with
the decision cache on and off, on the embedded default (SQLite, embedded Redis) in a temporary
directory. `--profile NAME` prints a pyinstrument profile of one batch of that workload.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import httpx  # noqa: E402

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.graphql.ids import encode_id  # noqa: E402
from gqlaccess.models import Account, Membership, User  # noqa: E402
from gqlaccess.policy.decision_cache import CACHE  # noqa: E402
from gqlaccess.services.auth.sessions import create_session  # noqa: E402
from gqlaccess.services.roles.roles import predefined_role_id  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402

ME = "query Me { me { id email name memberships { id status isOwner role { id name } account { id name status } } } }"
CHECK = ("query Check($a: ID!) { checkAccess(accountId: $a, capability: USERS, level: MANAGE, mediaSource: \"facebook\") "
         "{ allowed reason } }")
USERS = (
    "query Users($a: ID!) { users(accountId: $a, first: 100) { totalCount "
    "pageInfo { hasNextPage endCursor } edges { node { id status role { name } user { email name } "
    "apps { allCurrentAndFuture appIds } } } } }"
)
CHECKS = "query Checks($checks: [AccessCheckInput!]!) { checkAccesses(checks: $checks) { allowed reason } }"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batches", type=int, default=7)
    parser.add_argument("--per-batch", type=int, default=200)
    parser.add_argument("--profile", default=None)
    parser.add_argument("--postgres", action="store_true",
                        help="a fresh database on postgres://postgres@127.0.0.1:5432 and Redis on 127.0.0.1:6379")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gqlaccess-inprocess-"))
    settings = Settings(environment="test", data_dir=tmp, secret_key="inprocess-" + secrets.token_hex(16),
                        run_worker_in_process=False, redis_prefix=f"inprocess:{secrets.token_hex(3)}")
    database = f"gqlaccess_inprocess_{secrets.token_hex(4)}"
    if args.postgres:
        import asyncpg

        admin = await asyncpg.connect("postgres://postgres@127.0.0.1:5432/postgres")
        await admin.execute(f'CREATE DATABASE "{database}"')
        await admin.close()
        settings = settings.with_overrides(database_url=f"postgres://postgres@127.0.0.1:5432/{database}",
                                           redis_url="redis://127.0.0.1:6379/0")
    try:
        await run(args, settings)
    finally:
        if args.postgres:
            admin = await asyncpg.connect("postgres://postgres@127.0.0.1:5432/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            await admin.close()


async def run(args: argparse.Namespace, settings: Settings) -> None:
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        user = await User.create(email="bench@example.com", name="Bench", activated_at=time_now())
        account = await Account.create(name="Bench", owner_id=user.id)
        await Membership.create(account_id=account.id, user_id=user.id, role_id=predefined_role_id("admin"))
        _, token = await create_session(user, lifetime=settings.lifetimes.session)
        people = [User(email=f"m{i:04d}@example.com", name=f"Member {i:04d}", activated_at=time_now())
                  for i in range(300)]
        await User.bulk_create(people)
        await Membership.bulk_create([
            Membership(account_id=account.id, user_id=p.id, role_id=predefined_role_id("marketing")) for p in people
        ])
        gid = encode_id("Account", account.id)
        checks = [{"accountId": gid, "capability": c, "level": "VIEW", "mediaSource": f"source-{i % 50}"}
                  for i, c in zip(range(1000), ["USERS", "CLIENTS", "RESOURCES", "EXPORTS"] * 250, strict=True)]
        workloads = {
            "me": (ME, {}), "checkAccess": (CHECK, {"a": gid}), "checkAccesses": (CHECKS, {"checks": checks}),
            "users": (USERS, {"a": gid}),
        }
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

            async def batch(name: str, count: int) -> float:
                query, variables = workloads[name]
                body = json.dumps({"query": query, "variables": variables})
                started = time.process_time()
                for _ in range(count):
                    response = await client.post("/graphql", content=body, headers=headers)
                    assert response.status_code == 200 and b'"errors"' not in response.content, response.text[:300]
                return (time.process_time() - started) * 1000 / count

            if args.profile:
                from pyinstrument import Profiler

                await batch(args.profile, 5)
                profiler = Profiler(async_mode="disabled")
                profiler.start()
                await batch(args.profile, max(5, args.per_batch // 20))
                profiler.stop()
                print(profiler.output_text(unicode=False, color=False, show_all=False))
                return
            results: dict[str, Any] = {}
            for name in workloads:
                per_batch = max(5, args.per_batch // 20) if name in ("checkAccesses", "users") else args.per_batch
                for cached in (True, False):
                    CACHE.wanted = cached
                    await batch(name, 5)
                    best = min([await batch(name, per_batch) for _ in range(args.batches)])
                    results[f"{name} cache {'on' if cached else 'off'}"] = best
                CACHE.wanted = True
            for label, ms in results.items():
                extra = f"  ({1000 / ms * 1000:,.0f} decisions/s of CPU)" if label.startswith("checkAccesses") else ""
                print(f"{label:28} {ms:8.3f} ms CPU/request{extra}")


def time_now():  # type: ignore[no-untyped-def]
    from gqlaccess.services.core.clock import utcnow

    return utcnow()


if __name__ == "__main__":
    asyncio.run(main())
