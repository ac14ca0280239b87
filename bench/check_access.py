"""checkAccess throughput over the real app (ASGI in process, no network), bounded run.

    PYTHONPATH=src:. python bench/check_access.py [--requests 2000] [--concurrency 10]
    GQLACCESS_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> ... (a database you created)

Asks `checkAccess` for a member limited to one app, one media source and one geo (the most
work a decision does: account, membership, role, scope, app lookup). Prints req/s, p50, p99.
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
from gqlaccess.graphql.ids import encode_id  # noqa: E402
from gqlaccess.models import Resource  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402
from tests.support.access import CHECK, member  # noqa: E402
from tests.support.factories import make_tenant  # noqa: E402
from tests.support.graphql import GraphQLClient  # noqa: E402


async def main(requests: int, concurrency: int) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="gqlaccess-bench-"))
    run = secrets.token_hex(4)
    settings = Settings(environment="test", data_dir=data_dir, secret_key="bench-" + run,
                        database_url=os.environ.get("GQLACCESS_DATABASE_URL"),
                        redis_url=os.environ.get("GQLACCESS_REDIS_URL"),
                        queue_name=f"gqlaccess-bench:{run}:queue", redis_prefix=f"gqlaccess-bench:{run}")
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            gql = GraphQLClient(http)
            tenant = await make_tenant(gql, app.state.runtime)
            app_row = await Resource.create(account_id=tenant.account_id, kind="APP", name="A")
            _, token = await member(gql, tenant, role_key="marketing", app_ids=[str(app_row.id)],
                                    media_sources=["facebook"], geos=["FR"])
            body = {"query": CHECK, "variables": {"a": tenant.gid, "c": "CLIENTS", "l": "VIEW",
                                                  "app": encode_id("Resource", app_row.id), "ms": "facebook",
                                                  "geo": "FR"}}
            headers = {"Authorization": f"Bearer {token}"}
            latencies: list[float] = []
            queue = list(range(requests))

            async def worker() -> None:
                while queue:
                    queue.pop()
                    start = time.perf_counter()
                    response = await http.post("/graphql", json=body, headers=headers)
                    latencies.append(time.perf_counter() - start)
                    assert response.json()["data"]["checkAccess"]["allowed"] is True, response.text

            for _ in range(50):  # warm-up
                await http.post("/graphql", json=body, headers=headers)
            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            elapsed = time.perf_counter() - started
    latencies.sort()
    print(f"dialect={settings.dialect} requests={requests} concurrency={concurrency} run={uuid.uuid4().hex[:6]}")
    print(f"req/s={requests / elapsed:.0f} p50={statistics.median(latencies) * 1000:.1f}ms "
          f"p99={latencies[int(len(latencies) * 0.99) - 1] * 1000:.1f}ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.concurrency))
