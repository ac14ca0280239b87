"""Prometheus metrics: what the processes count, and the gauges read from Redis and the database
when Prometheus scrapes.

Counters and histograms live in each process. Under `serve --workers N` every process writes to
`PROMETHEUS_MULTIPROC_DIR` (prometheus-client's multi-process mode, set up by the CLI before the
processes start) and whichever process answers the scrape sums them. Backlogs (queue depth, oldest
job, outbox, webhook deliveries) and the database pool are read at scrape time instead, so every
process tells the same truth however many there are.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

# ---- what the processes count ----------------------------------------------------------------

GRAPHQL_REQUESTS = Histogram(
    "gqlaccess_graphql_request_duration_seconds",
    "GraphQL requests by operation name and outcome (ok, error, refused), with their latency.",
    ["operation", "outcome"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
FASTPATH = Counter(
    "gqlaccess_fastpath_requests", "Operations the compiled fast path answered (hit) or left to graphql-core (fallback).",
    ["result"],
)
EMAILS = Counter("gqlaccess_emails", "E-mails handed to SMTP (sent) or given up (failed).", ["outcome"])
WEBHOOK_DELIVERIES = Counter(
    "gqlaccess_webhook_deliveries", "Webhook delivery attempts by outcome (succeeded, retry, failed).", ["outcome"]
)
LOGINS = Counter("gqlaccess_logins", "Password logins by outcome (ok, failed, throttled).", ["outcome"])
THROTTLED = Counter("gqlaccess_throttled", "Calls refused by a guessing limit, by action.", ["action"])
JOBS = Histogram(
    "gqlaccess_job_duration_seconds", "Worker jobs by name and outcome, with their run time.", ["job", "outcome"],
    buckets=(0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 30.0, 120.0, 600.0),
)

_enabled = False


def enable(on: bool = True) -> None:
    """Counting is on once a metrics endpoint is configured (GQLACCESS_METRICS_TOKEN): a
    deployment that nobody scrapes pays nothing per request."""
    global _enabled
    _enabled = on


def count(counter: Counter, *labels: str) -> None:
    if _enabled:
        counter.labels(*labels).inc()


_OPERATION_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_MAX_OPERATION_NAMES = 500
_seen_operations: set[str] = set()


def operation_label(name: Any) -> str:
    """Operation names come from clients: keep the label set bounded."""
    if not isinstance(name, str) or not _OPERATION_NAME.match(name):
        return "anonymous" if not name else "invalid"
    if name not in _seen_operations:
        if len(_seen_operations) >= _MAX_OPERATION_NAMES:
            return "other"
        _seen_operations.add(name)
    return name


def observe_job(name: str, outcome: str, started: float) -> None:
    if _enabled:
        JOBS.labels(name, outcome).observe(time.perf_counter() - started)


def observe_request(operation: Any, outcome: str, started: float) -> None:
    if not _enabled:
        return
    GRAPHQL_REQUESTS.labels(operation_label(operation), outcome).observe(time.perf_counter() - started)


# ---- exposition -------------------------------------------------------------------------------


def exposition(*collectors: Collector) -> bytes:
    """The text format for one scrape: this process's (or every process's) series and the scrape-time gauges."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
        for collector in collectors:
            registry.register(collector)
        return generate_latest(registry)
    from prometheus_client import REGISTRY

    return generate_latest(REGISTRY) + (generate_latest(_with(registry, collectors)) if collectors else b"")


def _with(registry: CollectorRegistry, collectors: tuple[Collector, ...]) -> CollectorRegistry:
    for collector in collectors:
        registry.register(collector)
    return registry


class Snapshot(Collector):
    """Gauges computed before the scrape (the async reads happen in the route; `collect` is sync)."""

    def __init__(self, values: dict[str, tuple[str, float]]) -> None:
        self.values = values

    def collect(self) -> Iterator[GaugeMetricFamily]:
        for name, (help_text, value) in self.values.items():
            yield GaugeMetricFamily(name, help_text, value=value)
