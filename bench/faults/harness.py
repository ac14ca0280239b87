"""A private stack for fault scenarios: its own PostgreSQL and Redis servers (so they can be
stopped, killed and restarted without touching the shared ones), `gqlaccess serve` and
`gqlaccess worker` subprocesses, loopback only.

    with Stack("redis-down") as stack:
        stack.start_api(); stack.start_worker()
        tenant = stack.make_tenant()
        stack.redis.stop(); ...; stack.redis.start()

Scenarios call `verified(...)` for each property they checked and `failed(...)` otherwise.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.support.processes import Server, Worker, base_env, free_port  # noqa: E402

PASSWORD = "Correct-Horse-Battery-9"
FAILURES: list[str] = []


def verified(message: str) -> None:
    print(f"VERIFIED  {message}", flush=True)


def failed(message: str) -> None:
    FAILURES.append(message)
    print(f"FAILED    {message}", flush=True)


def check(condition: bool, message: str, detail: Any = "") -> bool:
    if condition:
        verified(message)
    else:
        failed(f"{message} {detail}")
    return condition


def finish() -> None:
    print(f"\n{'ALL VERIFIED' if not FAILURES else f'{len(FAILURES)} FAILED'}", flush=True)
    sys.exit(1 if FAILURES else 0)


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def _pg_bin(name: str) -> str:
    for candidate in (shutil.which(name), f"/usr/lib/postgresql/15/bin/{name}"):
        if candidate and Path(candidate).exists():
            return candidate
    raise RuntimeError(f"{name} not found")


class PrivatePostgres:
    def __init__(self, root: Path) -> None:
        self.root = root / "pg"
        self.port = free_port()
        self.root.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        subprocess.run(_as_postgres([_pg_bin("initdb"), "-D", str(self.root / "data"), "-A", "trust", "-U", "postgres"]),
                       check=True, capture_output=True)

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=100"
        subprocess.run(_as_postgres([_pg_bin("pg_ctl"), "-D", str(self.root / "data"), "-l", str(self.root / "log"),
                                     "-o", options, "-w", *args]), check=True, capture_output=True)

    def start(self) -> None:
        self._ctl("start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("stop", "-m", mode)

    def restart(self, mode: str = "fast") -> None:
        self._ctl("restart", "-m", mode)


class PrivateRedis:
    def __init__(self, root: Path) -> None:
        self.port = free_port()
        self.log = root / "redis.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=open(self.log, "ab"), stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        import redis

        while time.monotonic() < deadline:
            try:
                redis.Redis(port=self.port).ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()  # an outage, not a shutdown
            self.process.wait(10)
            self.process = None


class Stack:
    def __init__(self, name: str, **env: str) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=f"gqfault-{name}-"))
        self.dir.chmod(0o755)  # the postgres user must reach its data directory
        self.pg = PrivatePostgres(self.dir)
        self.redis = PrivateRedis(self.dir)
        self.extra_env = env
        self.servers: list[Server] = []
        self.workers: list[Worker] = []

    def __enter__(self) -> Stack:
        self.pg.start()
        self.redis.start()
        self.env = base_env(
            ENV="production", DATA_DIR=str(self.dir / "data"), SECRET_KEY=secrets.token_urlsafe(40),
            DATABASE_URL=self.pg.url, REDIS_URL=self.redis.url, RUN_WORKER_IN_PROCESS="0",
            QUEUE_NAME=f"gqfault:{uuid.uuid4().hex[:6]}", REDIS_PREFIX=f"gqfault{uuid.uuid4().hex[:6]}",
            WORKER_JOB_TIMEOUT="5", LOG_LEVEL="warning", **self.extra_env,
        )
        self.cli("migrate")
        return self

    def __exit__(self, *exc: object) -> None:
        for process in [*self.servers, *self.workers]:
            process.stop(5)
        self.redis.stop()
        try:
            self.pg.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        if not os.environ.get("GQFAULT_KEEP"):
            shutil.rmtree(self.dir, ignore_errors=True)

    def cli(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "gqlaccess", *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"gqlaccess {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    def start_api(self, workers: int = 1) -> Server:
        server = Server(self.env, self.dir / f"api{len(self.servers)}.log", workers=workers).start()
        server.wait_ready()
        self.servers.append(server)
        return server

    def start_worker(self) -> Worker:
        worker = Worker(self.env, self.dir / f"worker{len(self.workers)}.log").start()
        self.workers.append(worker)
        time.sleep(1.5)
        return worker

    @property
    def api(self) -> str:
        return self.servers[0].url

    def gql(self, query: str, variables: dict[str, Any] | None = None, token: str | None = None,
            url: str | None = None, timeout: float = 10) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.post((url or self.api) + "/graphql", json={"query": query, "variables": variables or {}},
                          headers=headers, timeout=timeout)

    def sql(self, query: str, *args: Any) -> list[dict[str, Any]]:
        import asyncio

        import asyncpg

        async def run() -> list[dict[str, Any]]:
            connection = await asyncpg.connect(self.pg.url, timeout=5)
            try:
                return [dict(r) for r in await connection.fetch(query, *args)]
            finally:
                await connection.close()

        return asyncio.run(run())

    def wait_for(self, predicate: Any, timeout: float = 30, interval: float = 0.3) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if predicate():
                    return True
            except Exception:
                pass
            time.sleep(interval)
        return False

    def make_tenant(self, tag: str = "") -> dict[str, str]:
        email = f"owner-{tag}{uuid.uuid4().hex[:8]}@example.com"
        out = self.cli("create-account", "--name", f"Fault {tag}{uuid.uuid4().hex[:6]}", "--owner-email", email)
        link = next(line for line in out.splitlines() if line.startswith("http"))
        response = self.gql(
            "mutation($t: String!, $p: String!) { acceptInvitation(input: {token: $t, password: $p, acceptTerms: true,"
            " acceptPrivacy: true}) { token errors { code } } }", {"t": link.rsplit("/", 1)[-1], "p": PASSWORD})
        token = response.json()["data"]["acceptInvitation"]["token"]
        assert token, response.text
        return {"email": email, "token": token}


def labelled(response: httpx.Response) -> tuple[bool, str]:
    """A typed answer: not a 5xx (503 with a code is typed), JSON, every error with a code."""
    try:
        body = response.json()
    except ValueError:
        return False, f"non-JSON {response.status_code}: {response.text[:200]}"
    if response.status_code >= 500 and response.status_code != 503:
        return False, f"status {response.status_code}: {response.text[:200]}"
    codes = [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]
    if any(not c for c in codes):
        return False, f"unlabelled error: {response.text[:200]}"
    return True, ",".join(c for c in codes if c) or "ok"
