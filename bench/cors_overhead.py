"""What CORS costs on `me`: the same started app with and without its CORS layer, in process.

    PYTHONPATH=src:. python bench/cors_overhead.py [--rounds 1500]

Every round runs each variant once, in a shuffled order (machine load hits them alike); prints req/s of each and the ratio
against the baseline measured in the same run (the stack inside the CORS middleware).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import httpx  # noqa: E402
from starlette.middleware.errors import ServerErrorMiddleware  # noqa: E402

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402
from gqlaccess.web.cors import AllowlistCORSMiddleware  # noqa: E402
from tests.support.factories import make_tenant  # noqa: E402
from tests.support.graphql import GraphQLClient  # noqa: E402

ME = "query Me { me { email memberships { role { name } account { id name } } } }"


def _inside_cors(app: Any) -> Any:
    layer = app.middleware_stack
    while not isinstance(layer, AllowlistCORSMiddleware):
        layer = layer.app
    return ServerErrorMiddleware(layer.inner)


async def main(rounds: int) -> None:
    run = secrets.token_hex(4)
    settings = Settings(environment="test", data_dir=Path(tempfile.mkdtemp(prefix="gqlaccess-bench-")),
                        secret_key="bench-" + run * 8, queue_name=f"gqlaccess-bench:{run}:queue",
                        redis_prefix=f"gqlaccess-bench:{run}")
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
            tenant = await make_tenant(GraphQLClient(http), app.state.runtime)
        headers = {"Authorization": f"Bearer {tenant.owner_token}"}
        variants = {
            "without CORS (baseline)": (_inside_cors(app), headers),
            "CORS, no Origin": (app, headers),
            "CORS, allowed Origin": (app, {**headers, "Origin": "http://127.0.0.1:5173"}),
            "CORS, refused Origin": (app, {**headers, "Origin": "https://evil.example"}),
            "no CORS, allowed Origin": (_inside_cors(app), {**headers, "Origin": "http://127.0.0.1:5173"}),
        }
        clients = {name: httpx.AsyncClient(transport=httpx.ASGITransport(app=target), base_url="http://bench")
                   for name, (target, _) in variants.items()}
        times: dict[str, list[float]] = {name: [] for name in variants}
        body = {"query": ME}
        for name, client in clients.items():  # warm up (parser caches, fast path plan)
            assert (await client.post("/graphql", json=body, headers=variants[name][1])).status_code == 200
        order = list(clients.items())
        for _ in range(rounds):
            random.shuffle(order)  # no variant always runs first (or right after the garbage collector)
            for name, client in order:
                started = time.perf_counter()
                await client.post("/graphql", json=body, headers=variants[name][1])
                times[name].append(time.perf_counter() - started)
        for client in clients.values():
            await client.aclose()
    base = statistics.median(times["without CORS (baseline)"])
    print(f"{'me, in process':<26} {'req/s':>8} {'p50 ms':>7} {'ratio':>6}   ({rounds} interleaved rounds)")
    for name, samples in times.items():
        p50 = statistics.median(samples)
        print(f"{name:<26} {1 / p50:>8.0f} {p50 * 1000:>7.2f} {base / p50:>6.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1500)
    asyncio.run(main(parser.parse_args().rounds))
