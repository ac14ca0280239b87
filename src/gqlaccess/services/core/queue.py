"""Enqueueing arq jobs by name (the web app imports no worker code).

Enqueue failures never fail the caller: what must not be lost is in the database (the outbox),
and a periodic job re-enqueues it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from arq.connections import ArqRedis

from ...observability import tracing

log = structlog.get_logger(__name__)


class JobQueue:
    def __init__(self, redis: ArqRedis | None, queue_name: str) -> None:
        self.redis = redis
        self.queue_name = queue_name

    async def enqueue(self, function: str, *args: Any, job_id: str | None = None, **kwargs: Any) -> bool:
        if self.redis is None:
            return False
        try:
            job = await self.redis.enqueue_job(
                function, *args, _job_id=job_id, _queue_name=self.queue_name, **kwargs, **tracing.job_context()
            )
        except Exception as exc:  # Redis down: the periodic re-enqueue will catch up
            log.warning("enqueue_failed", function=function, error=str(exc))
            return False
        return job is not None

    def job_id(self, kind: str, key: object) -> str:
        """arq job ids are global in Redis: namespace them by queue, or two deployments (or two
        databases) sharing a Redis would silently drop each other's jobs as duplicates."""
        return f"{self.queue_name}:{kind}:{key}"

    async def enqueue_emails(self, outbox_ids: list[int]) -> None:
        # A bulk operation may owe a thousand e-mails: enqueue them 50 at a time, not one by one.
        for start in range(0, len(outbox_ids), 50):
            await asyncio.gather(
                *(self.enqueue("send_email", i, job_id=self.email_job_id(i)) for i in outbox_ids[start : start + 50])
            )

    def email_job_id(self, outbox_id: int, suffix: str = "") -> str:
        return self.job_id("email", f"{outbox_id}{suffix}")
