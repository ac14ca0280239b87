"""The worker: which jobs it runs, and how it starts inside or outside the API process."""

from __future__ import annotations

import os
from typing import Any

from arq import Worker, cron
from arq.connections import ArqRedis, RedisSettings

from gqlaccess.config import Settings, load_settings
from gqlaccess.db import close_db, init_db
from gqlaccess.services.deps import Deps
from gqlaccess.services.queue import JobQueue

from .accounts import delete_account
from .email import requeue_pending_emails, send_email
from .password_reset import request_password_reset
from .sweeps import sweep_expired
from .webhooks import deliver_webhook, purge_webhook_history, sweep_webhook_deliveries

# One line per job; keep areas together.
FUNCTIONS: list[Any] = [
    send_email,
    request_password_reset,  # password reset lookups off the request path (no timing oracle)
    deliver_webhook,
    delete_account,  # hosted/clients area: large account deletions
]
# No per-job timeouts: after a worker crash arq re-runs a job only once the longest timeout of
# any job (+10 s) has passed, so every job uses the worker's (GQLACCESS_WORKER_JOB_TIMEOUT).
CRON_JOBS: list[Any] = [
    # mail: re-enqueue what Redis or a crashed worker lost, every minute
    cron(requeue_pending_emails, second=15, unique=True),
    # expiry sweeps every 5 minutes (1M invitations take ~20-40 s here)
    cron(sweep_expired, minute=set(range(2, 60, 5)), second=0, unique=True),
    # webhook outbox safety net every 10 s, history purge daily
    cron(sweep_webhook_deliveries, second={0, 10, 20, 30, 40, 50}, unique=True),
    cron(purge_webhook_history, hour={3}, minute={17}, unique=True),
]
# arq's default of 10 concurrent jobs caps a worker near 200 jobs/s (FIELD-NOTES).
MAX_JOBS = 50


def build_worker(
    settings: Settings,
    redis_pool: ArqRedis,
    *,
    owns_database: bool,
    burst: bool = False,
    handle_signals: bool = False,
) -> Worker:
    async def on_startup(ctx: dict[str, Any]) -> None:
        if owns_database:
            await init_db(settings)
        ctx["settings"] = settings
        ctx["deps"] = Deps(settings=settings, queue=JobQueue(redis_pool, settings.queue_name))

    async def on_shutdown(ctx: dict[str, Any]) -> None:
        if owns_database:
            await close_db()

    return Worker(
        functions=FUNCTIONS,
        cron_jobs=CRON_JOBS,
        redis_pool=redis_pool,
        queue_name=settings.queue_name,
        on_startup=on_startup,
        on_shutdown=on_shutdown,
        burst=burst,
        handle_signals=handle_signals,
        max_jobs=MAX_JOBS,
        poll_delay=0.2 if not burst else 0,
        job_timeout=settings.worker_job_timeout_seconds,
        keep_result=60,
        max_tries=10,
    )


class WorkerSettings:
    """For `arq workers.settings.WorkerSettings` against an external Redis.

    `gqlaccess worker` does the same through `build_worker` and is the documented way.
    """

    functions = FUNCTIONS
    queue_name = os.environ.get("GQLACCESS_QUEUE_NAME", Settings.queue_name)
    redis_settings = RedisSettings.from_dsn(os.environ.get("GQLACCESS_REDIS_URL", "redis://127.0.0.1:6379"))
    cron_jobs = CRON_JOBS
    max_jobs = MAX_JOBS

    @staticmethod
    async def on_startup(ctx: dict[str, Any]) -> None:
        settings = load_settings()
        await init_db(settings)
        ctx["settings"] = settings
        ctx["deps"] = Deps(settings=settings, queue=JobQueue(ctx["redis"], settings.queue_name))

    @staticmethod
    async def on_shutdown(ctx: dict[str, Any]) -> None:
        await close_db()


# ---- exports (issue 6): lists are extended in place, so build_worker and WorkerSettings see them
from arq import cron  # noqa: E402

from .exports import purge_export_files, reap_exports, run_export  # noqa: E402

FUNCTIONS += [run_export]
CRON_JOBS += [
    cron(reap_exports, second=30, run_at_startup=True),  # every minute
    cron(purge_export_files, minute=17, second=0),  # hourly
]
