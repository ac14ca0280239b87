"""Every job runs inside `observed`: a span (parented on the enqueuing request's trace, when
tracing is on) and a duration histogram by job and outcome."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry

from gqlaccess.observability import metrics, tracing

Job = Callable[..., Awaitable[Any]]


def observed(job: Job) -> Job:
    name = job.__name__

    @functools.wraps(job)
    async def run(ctx: dict[str, Any], *args: Any, otel_context: dict[str, str] | None = None, **kwargs: Any) -> Any:
        started = time.perf_counter()
        outcome = "ok"
        with tracing.job_span(name, otel_context, ctx.get("job_try")):
            try:
                return await job(ctx, *args, **kwargs)
            except Retry:
                outcome = "retry"
                raise
            except asyncio.CancelledError:
                outcome = "cancelled"
                raise
            except Exception:
                outcome = "error"
                raise
            finally:
                metrics.observe_job(name, outcome, started)

    return run
