"""OpenTelemetry traces, opt-in by the standard variables.

Off unless `OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or
`OTEL_TRACES_EXPORTER=otlp` is set (and `OTEL_SDK_DISABLED` is not `true`); the OTLP/HTTP exporter
reads the rest of `OTEL_*` itself (headers, timeouts, `OTEL_SERVICE_NAME`). When on: a span per
GraphQL operation (parented on an incoming W3C `traceparent`), per SQL statement on PostgreSQL
(asyncpg instrumentation) and per Redis command, and per worker job, whose parent is the span that
enqueued it (the context travels in the job's `otel_context` argument).

When off, every helper here is a no-op costing one branch.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from typing import Any

_tracer: Any = None


def enabled() -> bool:
    return _tracer is not None


def wanted(environ: Mapping[str, str] = os.environ) -> bool:
    if environ.get("OTEL_SDK_DISABLED", "").lower() == "true":
        return False
    return bool(
        environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        or environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
        or environ.get("OTEL_TRACES_EXPORTER", "").lower() == "otlp"
    )


def configure(service_name: str, exporter: Any = None) -> bool:
    """Once per process. `exporter` (tests: an in-memory exporter) forces tracing on."""
    global _tracer
    if _tracer is not None:
        return True
    if exporter is None and not wanted():
        return False
    from opentelemetry import trace
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": os.environ.get("OTEL_SERVICE_NAME", service_name)}))
    if exporter is None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    AsyncPGInstrumentor().instrument(tracer_provider=provider)
    RedisInstrumentor().instrument(tracer_provider=provider)
    _tracer = trace.get_tracer("gqlaccess")
    return True


class _NoSpan:
    def update_name(self, name: str) -> None:
        pass

    def set_attribute(self, key: str, value: Any) -> None:
        pass


_NO_SPAN = _NoSpan()


@contextlib.contextmanager
def operation_span(headers: Mapping[str, str]) -> Iterator[Any]:
    """The span of one GraphQL request; its name and attributes are set once the request is read."""
    if _tracer is None:
        yield _NO_SPAN
        return
    from opentelemetry.propagate import extract
    from opentelemetry.trace import SpanKind

    with _tracer.start_as_current_span("graphql", context=extract(headers), kind=SpanKind.SERVER) as span:
        yield span


def name_operation(span: Any, operation_name: Any, operation_type: str | None) -> None:
    if span is _NO_SPAN:
        return
    name = operation_name if isinstance(operation_name, str) and operation_name else "anonymous"
    span.update_name(f"graphql {operation_type or 'operation'} {name}"[:120])
    span.set_attribute("graphql.operation.name", name[:120])
    if operation_type:
        span.set_attribute("graphql.operation.type", operation_type)


def job_context() -> dict[str, Any]:
    """What `JobQueue.enqueue` adds to a job's arguments: the current trace context, if any."""
    if _tracer is None:
        return {}
    from opentelemetry.propagate import inject

    carrier: dict[str, str] = {}
    inject(carrier)
    return {"otel_context": carrier} if carrier else {}


@contextlib.contextmanager
def job_span(name: str, carrier: Mapping[str, str] | None, job_try: Any) -> Iterator[Any]:
    if _tracer is None:
        yield _NO_SPAN
        return
    from opentelemetry.propagate import extract
    from opentelemetry.trace import SpanKind

    context = extract(carrier) if carrier else None
    with _tracer.start_as_current_span(f"job {name}", context=context, kind=SpanKind.CONSUMER) as span:
        span.set_attribute("messaging.system", "arq")
        span.set_attribute("messaging.operation", "process")
        if job_try is not None:
            span.set_attribute("arq.job_try", int(job_try))
        yield span
