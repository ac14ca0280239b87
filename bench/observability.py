"""What metrics and tracing cost on `me`: CPU per request in process, each variant in its own
process (OpenTelemetry's provider is process-wide), the app called as ASGI (no network, no client).

    PYTHONPATH=src:. python bench/observability.py [--requests 300] [--batches 12]

Variants: plain (no metrics endpoint, no OTEL_*), metrics (GQLACCESS_METRICS_TOKEN set: every
request is counted), tracing (spans for the operation and its Redis/SQL calls, handed to an exporter
that drops them, so the SDK's own cost is what is measured), both. Embedded default (SQLite and the
embedded Redis). CPU per request = min over batches of process CPU time / requests (the 2-core
machine is too noisy for wall time); ratios against plain in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

VARIANTS = ("plain", "metrics", "tracing", "both")
ME = b'{"query":"query Me { me { email name memberships { status isOwner account { name } role { name } } } }","operationName":"Me"}'


async def _call(app, body: bytes, token: str) -> int:  # type: ignore[no-untyped-def]
    status = 0
    delivered = False

    async def receive():  # type: ignore[no-untyped-def]
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)

    async def send(message) -> None:  # type: ignore[no-untyped-def]
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/graphql", "raw_path": b"/graphql", "query_string": b"", "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 40000), "server": ("bench", 80),
    }
    await app(scope, receive, send)
    return status


async def measure(variant: str, requests: int, batches: int) -> dict[str, float]:
    import httpx
    from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

    from gqlaccess.config import Settings
    from gqlaccess.observability import tracing
    from gqlaccess.web.app import create_app
    from tests.support.factories import make_tenant
    from tests.support.graphql import GraphQLClient

    class Drop(SpanExporter):
        def export(self, spans):  # type: ignore[no-untyped-def]
            return SpanExportResult.SUCCESS

    if variant in ("tracing", "both"):
        tracing.configure("gqlaccess-bench", exporter=Drop())
    run = secrets.token_hex(4)
    settings = Settings(
        environment="test", data_dir=Path(tempfile.mkdtemp(prefix="gqlaccess-bench-")), secret_key="bench-" + run * 8,
        queue_name=f"gqlaccess-bench:{run}:queue", redis_prefix=f"gqlaccess-bench:{run}",
        metrics_token="bench-metrics" if variant in ("metrics", "both") else None,
    )
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:  # type: ignore[arg-type]
            tenant = await make_tenant(GraphQLClient(http), app.state.runtime)
        token = tenant.owner_token
        for _ in range(requests):  # warm up: plans, caches
            assert await _call(app, ME, token) == 200
        per_request = []
        for _ in range(batches):
            cpu = time.process_time()
            for _ in range(requests):
                await _call(app, ME, token)
            per_request.append((time.process_time() - cpu) / requests)
    return {"variant": variant, "cpu_us": round(min(per_request) * 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--batches", type=int, default=12)
    parser.add_argument("--variant", choices=VARIANTS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(asyncio.run(measure(args.variant, args.requests, args.batches))))
        return
    rows = []
    for variant in VARIANTS:
        out = subprocess.run(
            [sys.executable, __file__, "--variant", variant, "--requests", str(args.requests), "--batches", str(args.batches)],
            check=True, capture_output=True, text=True, env={"GQLACCESS_LOG_LEVEL": "WARNING", **_env()},
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    plain = rows[0]["cpu_us"]
    print(f"{'me, in process':<22} {'CPU µs/req':>11} {'vs plain':>9}")
    for row in rows:
        print(f"{row['variant']:<22} {row['cpu_us']:>11} {row['cpu_us'] / plain:>9.3f}")


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("GQLACCESS_", "OTEL_"))}


if __name__ == "__main__":
    main()
