"""OpenTelemetry: one request's spans and the job it enqueued, in a subprocess (the SDK's tracer
provider is process-wide), with an in-memory exporter."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

from ..conftest import MODE, REDIS_URL
from ..support.processes import ROOT, base_env
from .test_metrics import production_database  # noqa: F401  (fixture)

INCOMING_TRACE = "0af7651916cd43dd8448eb211c80319c"


def _spans(env: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    probe = Path(__file__).with_name("trace_probe.py")
    done = subprocess.run([sys.executable, str(probe)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_request_and_job_spans_share_the_trace(tmp_path, request):
    env = base_env(DATA_DIR=str(tmp_path / "data"))
    if MODE == "postgres":
        env.update(GQLACCESS_DATABASE_URL=request.getfixturevalue("production_database"), GQLACCESS_REDIS_URL=REDIS_URL,
                   GQLACCESS_QUEUE_NAME=f"trace-{uuid.uuid4().hex[:8]}", GQLACCESS_REDIS_PREFIX=f"trace-{uuid.uuid4().hex[:8]}")
    spans = _spans(env)
    by_name = {s["name"]: s for s in spans}
    operation = by_name["graphql mutation Reset"]
    job = by_name["job request_password_reset"]
    assert operation["trace"] == INCOMING_TRACE and operation["parent"] == "b7ad6b7169203331"  # W3C traceparent honoured
    assert operation["attributes"]["graphql.operation.type"] == "mutation"
    assert job["trace"] == INCOMING_TRACE
    in_request = {s["id"] for s in spans if s["trace"] == INCOMING_TRACE and s["name"] != job["name"]}
    assert job["parent"] in in_request  # parented on the span that enqueued it
    redis_spans = [s for s in spans if s["attributes"].get("db.system") == "redis" and s["parent"] in in_request]
    assert redis_spans, "the enqueue (a Redis call) is a span inside the request"
    if MODE == "postgres":
        sql = [s for s in spans if s["attributes"].get("db.system") == "postgresql" and s["trace"] == INCOMING_TRACE]
        assert sql, "SQL statements are spans of the request's trace"
