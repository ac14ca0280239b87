"""`gqlaccess worker`: an arq worker that outlives Redis outages.

arq's worker stops with ConnectionError when Redis goes away (measured in
bench/faults/redis_down.py); this loop reconnects with capped back-off instead, so a Redis
restart does not leave the queue without consumers until someone restarts the process.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import structlog
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from gqlaccess.config import Settings
from gqlaccess.db import close_db
from gqlaccess.redis_runtime import RedisRuntime

from .metrics_server import metrics_server
from .settings import build_worker

log = structlog.get_logger(__name__)
_OUTAGES = (RedisConnectionError, RedisTimeoutError, ConnectionError, OSError, TimeoutError)


async def run_worker(settings: Settings, *, burst: bool = False) -> None:
    current: list[Any] = [None]
    async with metrics_server(settings, lambda: current[0]):
        await _run(settings, burst, current)


async def _run(settings: Settings, burst: bool, current: list[Any]) -> None:
    delay = 0.5
    while True:
        redis = RedisRuntime(settings)
        worker = None
        try:
            pool = await redis.start()
            current[0] = pool
            worker = build_worker(settings, pool, owns_database=True, burst=burst, handle_signals=True)
            delay = 0.5
            await worker.async_run()
            return  # burst finished, or stopped by a signal
        except _OUTAGES as exc:
            if burst:
                raise
            log.warning("worker_redis_unavailable", error=str(exc), retry_in=delay)
        finally:
            if worker is not None:
                with contextlib.suppress(Exception):
                    await worker.close()
            with contextlib.suppress(Exception):
                await close_db()
            with contextlib.suppress(Exception):
                await redis.close()
        await asyncio.sleep(delay)
        delay = min(delay * 2, 10.0)
