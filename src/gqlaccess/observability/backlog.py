"""Scrape-time gauges: what is waiting (queue, outbox, webhook deliveries) and the database pool.

Read from Redis and the database when Prometheus asks, so any process answers for all of them.
"""

from __future__ import annotations

import time
from typing import Any

import structlog
from tortoise import connections

from ..config import Settings
from ..models import OutboxEmail, WebhookDelivery
from ..models.enums import OutboxStatus, WebhookDeliveryStatus
from ..services.core.clock import utcnow

log = structlog.get_logger(__name__)

Gauges = dict[str, tuple[str, float]]


async def read(settings: Settings, redis: Any) -> Gauges:
    gauges: Gauges = {}
    gauges.update(await _queue(settings, redis))
    gauges.update(await _owed(OutboxEmail, OutboxStatus.PENDING, "outbox", "e-mails"))
    gauges.update(await _owed(WebhookDelivery, WebhookDeliveryStatus.PENDING, "webhook_deliveries", "webhook deliveries"))
    gauges.update(_pool())
    return gauges


async def _queue(settings: Settings, redis: Any) -> Gauges:
    try:
        depth = await redis.zcard(settings.queue_name)
        oldest = await redis.zrange(settings.queue_name, 0, 0, withscores=True)
    except Exception as exc:  # Redis down: the scrape still answers, without these series
        log.warning("metrics_queue_unreadable", error=str(exc))
        return {}
    # arq scores a job by the time (ms) it is due: its age is how long it has been due.
    age = max(0.0, time.time() - oldest[0][1] / 1000) if oldest else 0.0
    return {
        "gqlaccess_queue_depth": ("Jobs waiting in the arq queue (due or deferred).", float(depth)),
        "gqlaccess_queue_oldest_job_age_seconds": ("How long the oldest due job has been waiting.", age),
    }


async def _owed(model: Any, pending: Any, name: str, what: str) -> Gauges:
    try:
        count = float(await model.filter(status=pending).count())
        oldest = await model.filter(status=pending).order_by("created_at").first().values_list("created_at", flat=True)
    except Exception as exc:
        log.warning("metrics_backlog_unreadable", table=name, error=str(exc))
        return {}
    age = max(0.0, (utcnow() - oldest).total_seconds()) if oldest is not None else 0.0
    return {
        f"gqlaccess_{name}_backlog": (f"Owed {what} not yet delivered.", count),
        f"gqlaccess_{name}_oldest_age_seconds": (f"Age of the oldest owed {what[:-1]}.", age),
    }


def _pool() -> Gauges:
    try:
        pool = getattr(connections.get("default"), "_pool", None)
    except Exception:
        return {}
    if pool is None or not hasattr(pool, "get_size"):  # SQLite: one connection, no pool
        return {}
    size, idle = pool.get_size(), pool.get_idle_size()
    return {
        "gqlaccess_db_pool_size": ("Connections the database pool holds.", float(size)),
        "gqlaccess_db_pool_in_use": ("Pool connections lent out right now.", float(size - idle)),
        "gqlaccess_db_pool_max": ("The pool's maximum size.", float(pool.get_max_size())),
    }
