"""Everything the running service holds: settings, schema, database, Redis, in-process worker."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Any

import strawberry
import structlog

from ..config import Settings
from ..db import close_db, init_db, migrate
from ..graphql.schema import build_schema
from ..policy.decision_cache import CACHE
from ..redis_runtime import RedisRuntime
from ..security.passwords import warm_up
from ..services.core import access_changes
from ..services.core.deps import Deps
from ..services.core.queue import JobQueue
from ..services.core.throttle import Throttle
from ..services.roles.roles import ensure_predefined_roles

log = structlog.get_logger(__name__)


@dataclass
class Runtime:
    settings: Settings
    schema: strawberry.Schema
    redis: RedisRuntime
    deps: Deps = field(init=False)
    throttle: Throttle = field(init=False)
    _worker: Any = None
    _worker_task: asyncio.Task[Any] | None = None
    _access_listener: asyncio.Task[None] | None = None
    _broadcast: tuple[Any, str] = (None, "")

    @classmethod
    def create(cls, settings: Settings) -> Runtime:
        return cls(settings=settings, schema=build_schema(settings), redis=RedisRuntime(settings))

    async def start(self, *, apply_migrations: bool) -> None:
        settings = self.settings
        if apply_migrations:
            applied = await migrate(settings)
            if applied:
                log.info("migrations_applied", versions=applied)
        await init_db(settings)
        await ensure_predefined_roles()
        pool = await self.redis.start()
        self.deps = Deps(settings=settings, queue=JobQueue(pool, settings.queue_name))
        self.throttle = Throttle(pool, settings.redis_prefix, settings.throttle_window_seconds)
        # Decisions cached in process, kept fresh by every process's announcements (decision_cache.py).
        self._broadcast = access_changes.configure_broadcast(pool, settings.redis_prefix)
        CACHE.wanted = settings.decision_cache
        CACHE.ttl_seconds = settings.decision_cache_ttl_seconds
        self._access_listener = asyncio.create_task(access_changes.listen(pool, settings.redis_prefix))
        await asyncio.to_thread(warm_up, settings.argon2)
        if settings.run_worker_in_process:
            from workers.settings import build_worker

            self._worker = build_worker(settings, pool, owns_database=False)
            self._worker_task = asyncio.create_task(self._worker.async_run())

    async def stop(self) -> None:
        if self._access_listener is not None:
            self._access_listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._access_listener
            self._access_listener = None
            access_changes.remove_broadcast(self._broadcast)
        if self._worker is not None:
            # Jobs still running are cancelled by arq's close and re-run later (at-least-once);
            # their CancelledError must not fail the shutdown.
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker.close()
            if self._worker_task is not None:
                self._worker_task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await self._worker_task
            self._worker = None
        await self.redis.close()
        await close_db()
