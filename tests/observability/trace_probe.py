"""Run as a subprocess by test_tracing.py (tracing installs process-wide providers): one GraphQL
request that enqueues a job, with the in-process worker running it, spans kept in memory and
printed as JSON lines."""

from __future__ import annotations

import asyncio
import json
import sys

import httpx
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from gqlaccess.config import load_settings
from gqlaccess.observability import tracing
from gqlaccess.web.app import create_app

RESET = "mutation Reset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { errors { code } } }"


async def main() -> None:
    exporter = InMemorySpanExporter()
    tracing.configure("gqlaccess-probe", exporter=exporter)
    settings = load_settings().with_overrides(run_worker_in_process=True)
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            answer = await client.post(
                "/graphql",
                json={"query": RESET, "operationName": "Reset", "variables": {"input": {"email": "nobody@example.com"}}},
                headers={"traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"},
            )
            assert answer.status_code == 200, answer.text
        for _ in range(200):
            if any(s.name == "job request_password_reset" for s in exporter.get_finished_spans()):
                break
            await asyncio.sleep(0.05)
    for span in exporter.get_finished_spans():
        print(json.dumps({
            "name": span.name, "trace": format(span.context.trace_id, "032x"), "id": format(span.context.span_id, "016x"),
            "parent": format(span.parent.span_id, "016x") if span.parent else None,
            "attributes": {k: v for k, v in (span.attributes or {}).items() if isinstance(v, str | int)},
        }))
    sys.stdout.flush()


asyncio.run(main())
