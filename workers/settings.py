"""The worker: which jobs it runs, and how it starts inside or outside the API process.

`WorkerSettings` is the one source: `arq workers.settings.WorkerSettings` runs it as it is, and
`build_worker` (used by `gqlaccess worker` and the embedded in-process worker) is derived from it
the way arq's own `create_worker(settings_cls)` is, overriding only what a running process knows
better (its Redis pool, its settings, burst mode, signal handling).
"""

from __future__ import annotations

import os
from typing import Any

from arq import Worker, cron
from arq.connections import ArqRedis
from arq.worker import get_kwargs

from gqlaccess.config import Settings, load_settings
from gqlaccess.db import close_db, init_db
from gqlaccess.observability import metrics, tracing
from gqlaccess.redis_runtime import redis_settings_from_url
from gqlaccess.services.core import access_changes
from gqlaccess.services.core.deps import Deps
from gqlaccess.services.core.queue import JobQueue

from .accounts import delete_account
from .email import requeue_pending_emails, send_email
from .exports import purge_export_files, reap_exports, run_export
from .observed import observed
from .password_reset import request_password_reset
from .sso import recheck_account_domains
from .sweeps import sweep_expired
from .webhooks import deliver_webhook, purge_webhook_history, sweep_webhook_deliveries


async def _start(ctx: dict[str, Any], settings: Settings, redis_pool: ArqRedis, *, owns_database: bool) -> None:
    tracing.configure("gqlaccess-worker")
    metrics.enable(bool(settings.metrics_token))
    if owns_database:
        await init_db(settings)
    ctx["settings"] = settings
    ctx["deps"] = Deps(settings=settings, queue=JobQueue(redis_pool, settings.queue_name))
    # Changes made by jobs reach the API processes' decision caches (the worker caches nothing itself).
    ctx["access_broadcast"] = access_changes.configure_broadcast(redis_pool, settings.redis_prefix)


class WorkerSettings:
    """Every job and cron, and how the worker runs them."""

    # One line per job; keep areas together.
    functions = [
        observed(job)
        for job in (
            send_email,
            request_password_reset,  # password reset lookups off the request path (no timing oracle)
            deliver_webhook,
            delete_account,  # hosted/clients area: large account deletions
            run_export,
        )
    ]
    # No per-job timeouts: after a worker crash arq re-runs a job only once the longest timeout of
    # any job (+10 s) has passed, so every job uses the worker's (GQLACCESS_WORKER_JOB_TIMEOUT).
    cron_jobs = [
        # mail: re-enqueue what Redis or a crashed worker lost, every minute
        cron(observed(requeue_pending_emails), second=15, unique=True),
        # expiry sweeps every 5 minutes (1M invitations take ~20-40 s here)
        cron(observed(sweep_expired), minute=set(range(2, 60, 5)), second=0, unique=True),
        # webhook outbox safety net every 10 s, history purge daily
        cron(observed(sweep_webhook_deliveries), second={0, 10, 20, 30, 40, 50}, unique=True),
        cron(observed(purge_webhook_history), hour={3}, minute={17}, unique=True),
        # exports: reap stale jobs every minute, purge expired files hourly
        cron(observed(reap_exports), second=30, run_at_startup=True),
        cron(observed(purge_export_files), minute=17, second=0),
                        # verified domains: TXT records looked up again hourly (a vanished record unverifies)
        cron(observed(recheck_account_domains), minute=41, second=0, unique=True),
    ]
    queue_name = os.environ.get("GQLACCESS_QUEUE_NAME") or Settings.queue_name
    redis_settings = redis_settings_from_url(os.environ.get("GQLACCESS_REDIS_URL") or "redis://127.0.0.1:6379")
    # arq's default of 10 concurrent jobs caps a worker near 200 jobs/s (FIELD-NOTES).
    max_jobs = 50
    job_timeout = int(os.environ.get("GQLACCESS_WORKER_JOB_TIMEOUT") or Settings.worker_job_timeout_seconds)
    keep_result = 60
    max_tries = 10
    poll_delay = 0.2

    @staticmethod
    async def on_startup(ctx: dict[str, Any]) -> None:
        await _start(ctx, load_settings(), ctx["redis"], owns_database=True)

    @staticmethod
    async def on_shutdown(ctx: dict[str, Any]) -> None:
        access_changes.remove_broadcast(ctx.get("access_broadcast"))  # type: ignore[arg-type]
        await close_db()


def build_worker(
    settings: Settings,
    redis_pool: ArqRedis,
    *,
    owns_database: bool,
    burst: bool = False,
    handle_signals: bool = False,
) -> Worker:
    async def on_startup(ctx: dict[str, Any]) -> None:
        await _start(ctx, settings, redis_pool, owns_database=owns_database)

    async def on_shutdown(ctx: dict[str, Any]) -> None:
        access_changes.remove_broadcast(ctx.get("access_broadcast"))  # type: ignore[arg-type]
        if owns_database:
            await close_db()

    kwargs = get_kwargs(WorkerSettings)
    del kwargs["redis_settings"]  # the running process hands its own pool
    return Worker(
        **{
            **kwargs,
            "redis_pool": redis_pool,
            "queue_name": settings.queue_name,
            "job_timeout": settings.worker_job_timeout_seconds,
            "on_startup": on_startup,
            "on_shutdown": on_shutdown,
            "burst": burst,
            "handle_signals": handle_signals,
            "poll_delay": 0 if burst else WorkerSettings.poll_delay,
        }
    )
