"""gqlaccess benchmark suite: one command, one table.

    PYTHONPATH=src:. /work/venv/bin/python bench/run.py [--duration 3] [--connections 16] [--no-extras]

Creates a fresh PostgreSQL database (dropped at the end), migrates and seeds it, starts the
service as in production (uvicorn, external Redis, a separate `gqlaccess worker` process), the raw
baseline the same way, and drives load with wrk from a separate process; then runs the export,
mail fan-out, sweep and deletion scripts in their quick mode for the extra rows. See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.seed import PASSWORD, Seeded, seed  # noqa: E402
from gqlaccess.graphql.ids import encode_id  # noqa: E402
from gqlaccess.services.roles.roles import predefined_role_id  # noqa: E402

PYTHON = sys.executable
ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
RESULTS = ROOT / "bench" / "results"

ME = "query Me { me { id email name memberships { id status isOwner role { id name } account { id name status } } } }"
CHECK_ACCESS = (
    "query Check($accountId: ID!, $capability: Capability!, $level: CapabilityLevel, $mediaSource: String) "
    "{ checkAccess(accountId: $accountId, capability: $capability, level: $level, mediaSource: $mediaSource) "
    "{ allowed reason } }"
)
USERS = (
    "query Users($accountId: ID!) { users(accountId: $accountId, first: 100) { totalCount "
    "pageInfo { hasNextPage endCursor } edges { node { id status role { name } user { email name } "
    "apps { allCurrentAndFuture appIds } } } } }"
)
CLIENTS = (
    "query Clients($accountId: ID!) { clients(accountId: $accountId, first: 100) { totalCount "
    "pageInfo { hasNextPage endCursor } edges { cursor node { id displayName firstName lastName email company "
    "phone1 status permissions invitedAt createdAt "
    "assignedResources { resourceId kind name url permissions assignedAt } } } } }"
)
CHECK_ACCESSES = "query Checks($checks: [AccessCheckInput!]!) { checkAccesses(checks: $checks) { allowed reason } }"
BATCH_CHECKS = 1_000
CAPABILITIES = "query Capabilities { capabilities { capability editableInCustomRoles requiresUnrestrictedDataScope } }"
ACCOUNTS = "query Accounts { accounts { id name status language managed hosted } }"
BULK_CREATE = (
    "mutation Bulk($input: BulkCreateUsersInput!) { bulkCreateUsers(input: $input) "
    "{ createdCount errors { code message } } }"
)
BULK_USERS = 1_000
EXTRA_TIMEOUT = 180
LOGIN = (
    "mutation Login($e: String!, $p: String!) { login(input: {email: $e, password: $p}) "
    "{ token errors { code } } }"
)


@dataclass
class Workload:
    name: str
    query: str
    variables: dict[str, Any]
    baseline_path: str
    authenticated: bool = True
    per_call: int = 1  # decisions per request (checkAccesses): the row is in decisions/s


@dataclass
class Measure:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad: int
    cpu_ms_per_request: float | None = None
    seconds: float = 0.0

    @classmethod
    def combine(cls, rounds: list[Measure]) -> Measure:
        """Rounds of one variant: total rate; median p50; worst p99; CPU per request overall."""
        requests = sum(r.requests for r in rounds)
        seconds = sum(r.seconds for r in rounds)
        cpu = sum((r.cpu_ms_per_request or 0) * r.requests for r in rounds)
        p50s = sorted(r.p50_ms for r in rounds)
        return cls(requests / seconds if seconds else 0.0, p50s[len(p50s) // 2], max(r.p99_ms for r in rounds),
                   requests, sum(r.bad for r in rounds), cpu / requests if requests else None, seconds)


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def pids(self) -> list[int]:
        import psutil

        proc = psutil.Process(self.process.pid)
        children = proc.children(recursive=True)
        return [c.pid for c in children if "resource_tracker" not in " ".join(c.cmdline())] or [proc.pid]

    def cpu_seconds(self) -> float:
        """User + system CPU of the serving processes: robust to other load on the machine."""
        import psutil

        total = 0.0
        for pid in self.pids():
            with contextlib.suppress(psutil.Error):
                times = psutil.Process(pid).cpu_times()
                total += times.user + times.system
        return total

    def peak_rss_mb(self) -> float:
        """Peak resident set (VmHWM) of the busiest serving process."""
        peaks = []
        for pid in self.pids():
            with contextlib.suppress(OSError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peaks.append(int(line.split()[1]) / 1024)
        return max(peaks, default=0.0)


@dataclass
class Row:
    """One table line. HTTP workloads carry wrk measures (req/s); the other figures (export,
    fan-out, sweep...) carry a rate in their own unit and, when they have one, the floor they are
    compared against (COPY, one set-based UPDATE)."""

    workload: str
    gqlaccess: Measure | None
    baseline: Measure | None = None
    peak_rss_mb: float | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    unit: str = "req/s"
    rate: float | None = None
    floor_rate: float | None = None

    @property
    def gqlaccess_rate(self) -> float | None:
        return self.rate if self.rate is not None else (self.gqlaccess and self.gqlaccess.requests_per_s)

    @property
    def baseline_rate(self) -> float | None:
        return self.floor_rate if self.floor_rate is not None else (self.baseline and self.baseline.requests_per_s)

    @property
    def ratio(self) -> float | None:
        """gqlaccess / baseline throughput: 1.0 is the floor's speed, lower is slower."""
        if self.gqlaccess_rate is not None and self.baseline_rate:
            return self.gqlaccess_rate / self.baseline_rate
        return None


def _missing_field(answer: Any) -> bool:
    """The workload's root field does not exist on this branch (e.g. users() before it lands)."""
    return any("Cannot query field" in e.get("message", "") for e in answer.get("errors") or [])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def wrk_script(path: Path, body: str, token: str | None) -> None:
    headers = 'wrk.headers["Content-Type"] = "application/json"\n'
    if token:
        headers += f'wrk.headers["Authorization"] = "Bearer {token}"\n'
    path.write_text(
        'wrk.method = "POST"\n'
        f"wrk.body = {lua_string(body)}\n" + headers + DONE
    )


DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.status + e.connect + e.read + e.write + e.timeout))
end
"""

LOGIN_SCRIPT = """
local emails = {EMAILS}
local i = 0
request = function()
  i = i + 1
  local email = emails[(i % #emails) + 1]
  local body = '{"query":' .. QUERY .. ',"variables":{"e":"' .. email .. '","p":"PASSWORD"}}'
  -- one client address per attempt: the per-IP login throttle stays out of the measure
  local ip = "10." .. (i % 250) .. "." .. (math.floor(i / 250) % 250) .. ".7"
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Forwarded-For"] = ip}, body)
end
"""


async def wrk(url: str, script: Path, duration: float, connections: int) -> Measure:
    proc = await asyncio.create_subprocess_exec(
        "wrk", "-t1", f"-c{connections}", f"-d{max(1, round(duration))}s", "--timeout", "10s", "-s", str(script), url,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    text = out.decode()
    line = next((ln for ln in text.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {text}")
    requests, micros, p50, p99, bad = (int(x) for x in line.split()[1:])
    return Measure(requests / (micros / 1e6), p50 / 1000, p99 / 1000, requests, bad, seconds=micros / 1e6)


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.run_id = secrets.token_hex(4)
        self.database = f"gqlaccess_bench_{self.run_id}"
        self.database_url = ADMIN_URL.rsplit("/", 1)[0] + "/" + self.database
        self.tmp = Path(tempfile.mkdtemp(prefix="gqlaccess-bench-"))
        self.servers: list[Server] = []
        self.seeded: Seeded | None = None
        self.rows: list[Row] = []
        self.checks: dict[str, bool] = {}
        self.skipped: list[str] = []
        self.storm_rows: list[Row] = []
        self.storm_seconds = max(6, args.duration * 2)

    # --- processes --------------------------------------------------------------------------
    def env(self, *, fastpath: bool = True) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}",
            "GQLACCESS_ENV": "production",
            "GQLACCESS_SECRET_KEY": "bench-secret-key-" + "x" * 32,
            "GQLACCESS_DATABASE_URL": self.database_url,
            "GQLACCESS_REDIS_URL": REDIS_URL,
            "GQLACCESS_DATA_DIR": str(self.tmp / "data"),
            "GQLACCESS_QUEUE_NAME": f"gqlaccess-bench:{self.run_id}:queue",
            "GQLACCESS_REDIS_PREFIX": f"gqlaccess-bench:{self.run_id}",
            "GQLACCESS_FASTPATH": "1" if fastpath else "0",
            "BENCH_DATABASE_URL": self.database_url,
        })
        return env

    def start(self, name: str, argv: list[str], env: dict[str, str], port: int = 0) -> Server:
        log = self.tmp / f"{name}.log"
        process = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True
        )
        server = Server(name, process, port, log)
        self.servers.append(server)
        return server

    def start_api(self, name: str, app: str, *, workers: int = 1, fastpath: bool = True) -> Server:
        port = free_port()
        argv = [PYTHON, "-m", "uvicorn", app, "--factory", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(workers), "--no-access-log", "--log-level", "warning"]
        return self.start(name, argv, self.env(fastpath=fastpath), port)

    def stop(self, server: Server) -> None:
        if server.process.poll() is None:
            os.killpg(server.process.pid, signal.SIGTERM)
            try:
                server.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.process.pid, signal.SIGKILL)
                server.process.wait()
        if server in self.servers:
            self.servers.remove(server)

    async def wait_ready(self, server: Server, path: str = "/healthz") -> None:
        deadline = time.monotonic() + 60
        async with httpx.AsyncClient() as client:
            while time.monotonic() < deadline:
                if server.process.poll() is not None:
                    raise RuntimeError(f"{server.name} exited:\n{server.log.read_text()[-3000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await client.get(server.url + path)).status_code == 200:
                        return
                await asyncio.sleep(0.2)
        raise RuntimeError(f"{server.name} not ready:\n{server.log.read_text()[-3000:]}")

    # --- database ---------------------------------------------------------------------------
    async def create_database(self) -> None:
        admin = await asyncpg.connect(ADMIN_URL)
        try:
            await admin.execute(f'CREATE DATABASE "{self.database}"')
        finally:
            await admin.close()
        migrate = await asyncio.create_subprocess_exec(
            PYTHON, "-m", "gqlaccess", "migrate", cwd=ROOT, env=self.env(), stdout=asyncio.subprocess.DEVNULL
        )
        if await migrate.wait() != 0:
            raise RuntimeError("gqlaccess migrate failed")
        started = time.monotonic()
        self.seeded = await seed(self.database_url)
        print(f"seeded in {time.monotonic() - started:.1f} s", file=sys.stderr)

    async def drop_database(self) -> None:
        admin = await asyncpg.connect(ADMIN_URL)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        finally:
            await admin.close()

    # --- workloads --------------------------------------------------------------------------
    def workloads(self) -> list[Workload]:
        assert self.seeded is not None
        main = encode_id("Account", self.seeded.main_account_id)
        return [
            Workload("me", ME, {}, "/me"),
            Workload("checkAccess", CHECK_ACCESS,
                     {"accountId": main, "capability": "USERS", "level": "MANAGE", "mediaSource": "facebook"},
                     "/check-access"),
            Workload(f"checkAccesses ({BATCH_CHECKS} per call)", CHECK_ACCESSES, {"checks": [
                {"accountId": main, "capability": capability, "level": "VIEW", "mediaSource": source}
                for capability, source in zip(
                    ("USERS", "CLIENTS", "RESOURCES", "EXPORTS") * (BATCH_CHECKS // 4),
                    ("facebook", "google") * (BATCH_CHECKS // 2), strict=True)
            ]}, "/check-access", per_call=BATCH_CHECKS),
            Workload("accounts", ACCOUNTS, {}, "/accounts"),
            Workload("users(first: 100), 10k members", USERS,
                     {"accountId": encode_id("Account", self.seeded.big_account_id)}, "/users"),
            Workload("clients(first: 100), 2k clients", CLIENTS, {"accountId": main}, "/clients"),
        ]

    def sent(self, variant: str, workload: Workload) -> Workload:
        """The raw baseline answers single checks: a batch row's floor is its single checks/s."""
        if variant == "baseline" and workload.per_call > 1:
            return next(w for w in self.workloads() if w.name == "checkAccess")
        return workload

    def body(self, workload: Workload) -> str:
        return json.dumps({"query": workload.query, "variables": workload.variables})

    async def measure(
        self, server: Server, workload: Workload, path: str, connections: int | None = None, *, warmup: bool = True
    ) -> Measure:
        assert self.seeded is not None
        script = self.tmp / f"{server.name}-{workload.name}.lua"
        wrk_script(script, self.body(workload), self.seeded.viewer_token if workload.authenticated else None)
        conns = connections or self.args.connections
        if warmup:
            await wrk(server.url + path, script, self.args.warmup, conns)
        cpu = server.cpu_seconds()
        measure = await wrk(server.url + path, script, self.args.duration, conns)
        measure.cpu_ms_per_request = (server.cpu_seconds() - cpu) * 1000 / max(1, measure.requests)
        return measure

    async def fetch(self, url: str, workload: Workload) -> Any:
        assert self.seeded is not None
        async with httpx.AsyncClient() as client:
            response = await client.post(
                url, content=self.body(workload),
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.seeded.viewer_token}"},
            )
        return response.json()

    async def run(self) -> None:
        args = self.args
        await self.create_database()
        worker = self.start("worker", [PYTHON, "-m", "gqlaccess", "worker"], self.env())
        workloads = [w for w in self.workloads() if args.only is None or args.only in w.name]
        measures: dict[tuple[str, str], Measure] = {}
        rss: dict[str, float] = {}
        answers: dict[tuple[str, str], Any] = {}

        # All three servers run side by side and are measured in alternating rounds, so that load
        # from outside the benchmark (the machine is shared) hits every variant alike.
        servers = {
            variant: self.start_api(variant, app, fastpath=fast)
            for variant, app, fast in (
                ("gqlaccess", "gqlaccess.web.app:create_app", True),
                ("vanilla", "gqlaccess.web.app:create_app", False),
                ("baseline", "bench.baseline:create_app", True),
            )
        }
        for server in servers.values():
            await self.wait_ready(server)
        for workload in list(workloads):
            for variant, server in servers.items():
                path = workload.baseline_path if variant == "baseline" else "/graphql"
                answers[(variant, workload.name)] = await self.fetch(server.url + path, self.sent(variant, workload))
            if _missing_field(answers[("gqlaccess", workload.name)]):
                print(f"skipped {workload.name}: not in this schema", file=sys.stderr)
                self.skipped.append(workload.name)
                workloads.remove(workload)
                continue
            rounds: dict[str, list[Measure]] = {variant: [] for variant in servers}
            for round_ in range(args.rounds):
                for variant, server in servers.items():
                    path = workload.baseline_path if variant == "baseline" else "/graphql"
                    rounds[variant].append(
                        await self.measure(server, self.sent(variant, workload), path, warmup=round_ == 0)
                    )
            for variant, measured in rounds.items():
                measures[(variant, workload.name)] = Measure.combine(measured)
                print(f"{variant:10} {workload.name:12} {measures[(variant, workload.name)]}", file=sys.stderr)
        for variant, server in servers.items():
            rss[variant] = server.peak_rss_mb()
        self.stop(servers["vanilla"])
        self.stop(servers["baseline"])
        if args.only is None:  # the storm and scaling rows load `me`; --only measures just its workloads
            await self.login_storm(servers["gqlaccess"], workloads[0])
            if args.scaling:
                await self.scaling(servers["gqlaccess"], workloads[0])
            await self.bulk_create_users(servers["gqlaccess"])
        self.stop(servers["gqlaccess"])

        for workload in workloads:
            same = answers[("gqlaccess", workload.name)] == answers[("baseline", workload.name)]
            same_vanilla = answers[("gqlaccess", workload.name)] == answers[("vanilla", workload.name)]
            base = measures[("baseline", workload.name)]
            if workload.per_call > 1:
                # Decisions/s against the raw endpoint's single checks/s (one decision per request).
                self.checks[workload.name] = same_vanilla
                mine = measures[("gqlaccess", workload.name)]
                self.rows.append(Row(
                    workload.name, mine, base, rss["gqlaccess"],
                    f"{mine.requests_per_s:,.1f} calls/s; floor: the raw endpoint's single checks/s; "
                    "server CPU per call", unit="decisions/s", rate=mine.requests_per_s * workload.per_call,
                    floor_rate=base.requests_per_s,
                ))
                continue
            self.checks[workload.name] = same and same_vanilla
            self.rows.append(Row(workload.name, measures[("gqlaccess", workload.name)], base, rss["gqlaccess"],
                                 "" if same else "JSON differs from baseline!"))
            self.rows.append(Row(f"{workload.name} (vanilla)", measures[("vanilla", workload.name)], base,
                                 rss["vanilla"], "fast path off"))
        for name in self.skipped:
            self.rows.append(Row(name, None, None, None, "skipped: the field is not in this branch's schema"))
        self.rows.append(Row("baseline server", None, None, rss["baseline"], "peak RSS of the raw baseline"))
        self.rows.extend(self.storm_rows)

        self.stop(worker)
        if args.extras and args.only is None:
            await self.extras()

    async def scaling(self, one: Server, me: Workload) -> None:
        """One API process against two (uvicorn --workers 2), alternating rounds: `me`, and a query
        that touches no database (`capabilities`, anonymous), where only wrk shares the cores with
        the API processes: the process scaling itself, apart from what PostgreSQL takes."""
        two = self.start_api("gqlaccess-2p", "gqlaccess.web.app:create_app", workers=2)
        await self.wait_ready(two)
        no_database = Workload("capabilities (no database)", CAPABILITIES, {}, "", authenticated=False)
        for workload, note in (
            (me, "PostgreSQL, Redis and wrk share the same 2 cores"),
            (no_database, "only wrk shares the 2 cores"),
        ):
            rounds: dict[str, list[Measure]] = {"one": [], "two": []}
            for round_ in range(self.args.rounds):
                rounds["one"].append(await self.measure(one, workload, "/graphql", warmup=round_ == 0))
                rounds["two"].append(await self.measure(two, workload, "/graphql", warmup=round_ == 0))
            single, double = Measure.combine(rounds["one"]), Measure.combine(rounds["two"])
            self.storm_rows.append(Row(f"{workload.name}, 1 API process (scaling pair)", single, None,
                                       one.peak_rss_mb(), ""))
            self.storm_rows.append(Row(
                f"{workload.name}, 2 API processes", double, None, two.peak_rss_mb(),
                f"{double.requests_per_s / single.requests_per_s:.2f}x one process ({note})",
            ))
        self.stop(two)

    async def login_storm(self, server: Server, me: Workload) -> None:
        assert self.seeded is not None
        script = self.tmp / "login.lua"
        emails = "{" + ", ".join(f'"{e}"' for e in self.seeded.login_emails) + "}"
        script.write_text(
            LOGIN_SCRIPT.replace("{EMAILS}", emails).replace("QUERY", lua_string(json.dumps(LOGIN)))
            .replace("PASSWORD", PASSWORD) + DONE
        )
        async with httpx.AsyncClient(timeout=30) as client:
            probe = await client.post(server.url + "/graphql", json={
                "query": LOGIN, "variables": {"e": self.seeded.login_emails[0], "p": PASSWORD}})
        if not (probe.json().get("data") or {}).get("login", {}).get("token"):
            raise RuntimeError(f"login probe failed: {probe.text}")
        me_script = self.tmp / "me-storm.lua"
        wrk_script(me_script, self.body(me), self.seeded.viewer_token)
        conn = await asyncpg.connect(self.database_url)
        try:
            before = await conn.fetchval('SELECT count(*) FROM "session"')
            logins, me_measure = await asyncio.gather(
                wrk(server.url + "/graphql", script, self.storm_seconds, 20),
                wrk(server.url + "/graphql", me_script, self.storm_seconds, 4),
            )
            created = await conn.fetchval('SELECT count(*) FROM "session"') - before
        finally:
            await conn.close()
        successful = created / self.storm_seconds
        self.storm_rows.append(Row(
            "login storm (20 concurrent) + me", me_measure, None, server.peak_rss_mb(),
            f"{successful:.0f} logins/s ({created}/{logins.requests} succeeded); p50/p99 are `me` during the storm",
            extra={"logins_per_s": successful, "login_p99_ms": logins.p99_ms},
        ))
        # The floor, measured right after with the server idle: raw argon2id on the same two threads.
        proc = await asyncio.create_subprocess_exec(
            PYTHON, "bench/login_floor.py", "--seconds", str(self.storm_seconds), "--json", cwd=ROOT, env=self.env(),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        out, err = await proc.communicate()
        line = next((ln for ln in out.decode().splitlines() if ln.startswith("BENCH_JSON ")), None)
        if proc.returncode == 0 and line is not None:
            floor = json.loads(line.split(" ", 1)[1])["login_floor"]["verifies_per_s"]
            self.storm_rows.append(Row(
                "login floor: raw argon2id, same threads", None, None, None,
                "security.passwords.verify_password alone, 20 callers, the service's argon2 parameters",
                extra={"verifies_per_s": floor}, unit="logins/s", rate=floor,
            ))
            self.storm_rows.append(Row(
                "login storm against the floor", None, None, None, "successful logins/s during the storm / floor",
                extra={"logins_per_s": successful}, unit="logins/s", rate=successful, floor_rate=floor,
            ))
        else:
            self.storm_rows.append(Row("login floor: raw argon2id, same threads", None, note=f"failed: {err[-300:]!r}",
                                       unit="—"))

    async def bulk_create_users(self, server: Server) -> None:
        """One `bulkCreateUsers` of 1,000 users (the mutation's maximum) into the main account."""
        assert self.seeded is not None
        items = [{"email": f"bulk{i:04d}@bench.example.com", "name": f"Bulk {i:04d}",
                  "roleId": encode_id("Role", predefined_role_id("marketing"))} for i in range(BULK_USERS)]
        variables = {"input": {"accountId": encode_id("Account", self.seeded.main_account_id), "items": items}}
        async with httpx.AsyncClient(timeout=120) as client:
            started = time.perf_counter()
            response = await client.post(
                server.url + "/graphql", json={"query": BULK_CREATE, "variables": variables},
                headers={"Authorization": f"Bearer {self.seeded.viewer_token}"},
            )
            seconds = time.perf_counter() - started
        payload = ((response.json().get("data") or {}).get("bulkCreateUsers")) or {}
        created = payload.get("createdCount", 0)
        self.storm_rows.append(Row(
            f"bulkCreateUsers, {BULK_USERS:,} users in one request", None, None, server.peak_rss_mb(),
            f"{seconds:.2f} s, {created:,} created" + ("" if created == BULK_USERS else f" — {response.text[:200]}")
            + "; invitations recorded, not sent (no SMTP: the fan-out rows measure sending)",
            extra={"seconds": seconds, "created": created}, unit="users/s", rate=created / seconds,
        ))

    async def extras(self) -> None:
        """The figures of the stand-alone scripts, in their quick mode, one subprocess each."""
        env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "GQLACCESS_BENCH_PG_URL": ADMIN_URL,
               "GQLACCESS_BENCH_REDIS_URL": REDIS_URL, "GQLACCESS_LOG_LEVEL": "WARNING"}
        scripts = {
            "export": (["bench/export_clients.py", "--quick", "--json"], {}),
            "fanout": (["bench/mail_fanout.py", "--quick", "--json"], {}),
            "sweep": (["bench/sweep.py", "--quick", "--json"], {}),
            # inline deletion of a fresh account in this run's database (dropped at the end)
            "deletion": (["bench/account_deletion.py", "--json"], {"GQLACCESS_DATABASE_URL": self.database_url}),
        }
        for name, (argv, extra_env) in scripts.items():
            started = time.monotonic()
            proc = await asyncio.create_subprocess_exec(
                PYTHON, *argv, cwd=ROOT, env={**env, **extra_env},
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            try:
                out, err = await asyncio.wait_for(proc.communicate(), timeout=EXTRA_TIMEOUT)
            except TimeoutError:
                proc.kill()
                await proc.wait()
                out, err = b"", f"timed out after {EXTRA_TIMEOUT} s".encode()
            line = next((ln for ln in reversed(out.decode().splitlines()) if ln.startswith("BENCH_JSON ")), None)
            print(f"extra {name}: {time.monotonic() - started:.0f} s", file=sys.stderr)
            if proc.returncode != 0 or line is None:
                self.rows.append(Row(" ".join(argv), None, note=f"failed: {err.decode()[-300:]!r}", unit="—"))
                continue
            self.rows.extend(extra_rows(json.loads(line.split(" ", 1)[1])))

    async def cleanup(self) -> None:
        for server in list(self.servers):
            self.stop(server)
        with contextlib.suppress(Exception):
            await self.drop_database()
        shutil.rmtree(self.tmp, ignore_errors=True)


def extra_rows(figures: dict[str, Any]) -> list[Row]:
    """Table rows from one script's `BENCH_JSON` line (see each script's --json)."""
    rows = []
    for e in figures.get("exports", []):
        rows.append(Row(
            f"clients export, {e['rows']:,} rows (vs COPY)", None, None, e["peak_rss_mb"],
            f"{e['export_s']} s against COPY's {e['floor_s']} s (the same SELECT to CSV, best of 4); "
            f"zip {e['zip_mb']} MB; peak RSS of the worker process",
            extra={"export": e}, unit="rows/s", rate=e["export_rows_s"], floor_rate=e["floor_rows_s"],
        ))
    single = None
    for f in figures.get("fanout", []):
        # The rate is the workers' (enqueued to received by the SMTP sink); end to end adds the
        # creating transaction, which runs in the benchmark's own process.
        rate = f["emails_per_s_after_enqueue"]
        single = single or rate
        scaling = f"; {rate / single:.2f}x one worker" if f["workers"] > 1 and single else ""
        rows.append(Row(
            f"mail fan-out, {f['emails']:,} invitations, {f['workers']} worker(s)", None, None,
            f["worker_peak_rss_mb"],
            f"{f['received']}/{f['emails']} received by a local SMTP sink{scaling}; end to end (users, invitations "
            f"and outbox in one transaction: {f['create_commit_s']} s) {f['end_to_end_s']} s, "
            f"{f['emails_per_s']:.0f}/s; peak RSS of a worker",
            extra={"fanout": f}, unit="e-mails/s", rate=rate,
        ))
    if sweep := figures.get("sweep"):
        rows.append(Row(
            f"invitation sweep, {sweep['expired']:,} of {sweep['rows']:,} overdue", None, None, sweep["peak_rss_mb"],
            f"{sweep['sweep_s']} s in {sweep['batches']} batches of {sweep['batch']:,} against one set-based "
            f"UPDATE's {sweep['update_s']} s; second (idempotent) pass {sweep['second_pass_s']} s",
            extra={"sweep": sweep}, unit="rows/s", rate=sweep["sweep_rows_per_s"],
            floor_rate=sweep["update_rows_per_s"],
        ))
    if deletion := figures.get("deletion"):
        rows.append(Row(
            f"account deletion inline, {deletion['rows']:,} rows", None, None, None,
            f"{deletion['seconds']} s in one transaction; above {deletion['async_threshold']:,} rows it goes "
            "to the worker",
            extra={"deletion": deletion}, unit="rows/s", rate=deletion["rows_per_s"],
        ))
    return rows


def machine() -> dict[str, Any]:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    mem = next((ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")), "0")
    versions = {}
    for package in ("strawberry-graphql", "graphql-core", "starlette", "uvicorn", "asyncpg", "tortoise-orm", "orjson"):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions[package] = version(package)
    return {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(int(mem) / 1024 / 1024, 1),
        "python": platform.python_version(), "platform": platform.platform(), "load_average_at_start": os.getloadavg(),
        "packages": versions,
        "note": "load generator (wrk), API, baseline, PostgreSQL and Redis share the same cores; other work "
                "may be running on the machine: read ratios, not absolutes",
    }


def fmt(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def table(rows: list[Row]) -> str:
    lines = [
        "| workload | unit | gqlaccess | baseline / floor | ratio | p50 ms | p99 ms | peak RSS MB "
        "| server CPU ms/req (gqlaccess / baseline) | note |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        g, b = row.gqlaccess, row.baseline
        lines.append(
            f"| {row.workload} | {row.unit} | {fmt(row.gqlaccess_rate, ',.0f')} | {fmt(row.baseline_rate, ',.0f')} | "
            f"{fmt(row.ratio, '.2f')} | {fmt(g and g.p50_ms, '.2f')} | {fmt(g and g.p99_ms, '.2f')} | "
            f"{fmt(row.peak_rss_mb, '.0f')} | {fmt(g and g.cpu_ms_per_request, '.2f')} / "
            f"{fmt(b and b.cpu_ms_per_request, '.2f')} | {row.note} |"
        )
    return "\n".join(lines)


def commit() -> str:
    with contextlib.suppress(Exception):
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout
        return sha.strip() + ("-dirty" if dirty.strip() else "")
    return "unknown"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=3, help="seconds of measured load per round")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds per workload and variant")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up load per workload")
    parser.add_argument("--connections", type=int, default=16, help="keep-alive connections")
    parser.add_argument("--no-scaling", dest="scaling", action="store_false", help="skip the 2-process run")
    parser.add_argument("--no-save", dest="save", action="store_false", help="do not write bench/results/")
    parser.add_argument("--no-extras", dest="extras", action="store_false",
                        help="skip the export, mail fan-out, sweep and deletion figures (about 1 minute)")
    parser.add_argument("--only", metavar="SUBSTRING",
                        help="measure only the HTTP workloads whose name contains it (no storm, scaling, "
                        "bulk create or extras), e.g. --only clients")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    for module in ("psutil", *(("aiosmtpd",) if args.extras else ())):
        if importlib.util.find_spec(module) is None:
            raise SystemExit(f"{module} is needed: pip install '.[test,bench]'")
    bench = Bench(args)
    started = datetime.now(UTC)
    try:
        await bench.run()
    finally:
        await bench.cleanup()
    info = machine()
    output = table(bench.rows)
    print(output)
    if not all(bench.checks.values()):
        print(f"\nWARNING: responses differ between paths: {bench.checks}")
    if args.save:
        RESULTS.mkdir(parents=True, exist_ok=True)
        stem = f"{started:%Y%m%dT%H%M%SZ}-{commit()}"
        record = {
            "date": started.isoformat(), "commit": commit(), "machine": info, "settings": vars(args),
            "same_json": bench.checks,
            "rows": [
                {"workload": r.workload, "unit": r.unit, "gqlaccess_rate": r.gqlaccess_rate,
                 "baseline_rate": r.baseline_rate, "gqlaccess": r.gqlaccess and vars(r.gqlaccess),
                 "baseline": r.baseline and vars(r.baseline), "ratio": r.ratio, "peak_rss_mb": r.peak_rss_mb,
                 "note": r.note, **r.extra}
                for r in bench.rows
            ],
        }
        (RESULTS / f"{stem}.json").write_text(json.dumps(record, indent=2) + "\n")
        (RESULTS / f"{stem}.md").write_text(
            f"# Benchmark {started:%Y-%m-%d %H:%M} UTC, commit {commit()}\n\n"
            f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB, Python {info['python']}; "
            f"load average at start {info['load_average_at_start']}.\n{info['note']}.\n\n"
            f"wrk -t1 -c{args.connections}; per workload, {args.warmup:g} s warm-up then {args.rounds} alternating "
            f"rounds of {args.duration:g} s per variant (gqlaccess, vanilla, baseline side by side).\n"
            + ("Rows in other units come from the stand-alone scripts in their --quick mode (bench/README.md); "
               "their ratio is gqlaccess / floor throughput.\n" if args.extras else "")
            + "\n"
            + output + "\n"
        )
        print(f"\nsaved bench/results/{stem}.json and .md")


if __name__ == "__main__":
    asyncio.run(main())
