"""Benchmark: `users(first: 100)` against 10,000 members on PostgreSQL, beside a raw baseline.

    PYTHONPATH=src:. python bench/users_page.py [--members 10000] [--seconds 15] [--concurrency 8]

What it does, in one run:
1. creates a throw-away PostgreSQL database (dropped at the end) and migrates it;
2. seeds one account with N members (COPY), a third of them with an explicit app list;
3. starts the service (uvicorn, one process, no in-process worker) and a raw Starlette + asyncpg +
   orjson endpoint (uvicorn, one process) that runs the same directory SQL (services.user_directory)
   joined to users and roles and returns the same JSON;
4. drives each with bounded closed-loop load from a separate process (keep-alive HTTP/1.1 over
   asyncio streams, so the driver costs as little CPU as possible), then prints req/s, p50, p99 and
   the ratio service / raw;
5. times one `bulkCreateUsers` request of 1,000 users.

Everything shares the machine's cores (driver, both servers, PostgreSQL): read ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")

QUERY = """query($a: ID!) { users(accountId: $a, first: 100) { totalCount edges { node {
  id status isOwner role { id name } user { email name lastLoginAt } apps { allCurrentAndFuture appIds } } } } }"""


# ---------------------------------------------------------------------------------------------
# raw baseline: Starlette + asyncpg + orjson, same SQL as the service's directory
# ---------------------------------------------------------------------------------------------
def raw_app():  # type: ignore[no-untyped-def]
    import asyncpg
    import orjson
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from gqlaccess.graphql.ids import encode_id
    from gqlaccess.services import user_directory as d

    state: dict[str, object] = {}
    params = d.Params("postgres")
    account_id = uuid.UUID(os.environ["BENCH_ACCOUNT_ID"])
    where = d.filter_sql(d.DirectoryFilter(account_id=account_id), params)
    order = d.order_sql(d.DirectoryOrder())
    page_sql = (
        "SELECT m.id, m.status, m.apps_all_current_and_future, m.app_ids, m.user_id, u.email, u.name, "
        "u.last_login_at, u.activated_at, r.id AS role_id, r.name AS role_name, a.owner_id "
        f"{d.FROM_SQL} JOIN role r ON r.id = m.role_id JOIN account a ON a.id = m.account_id "
        f"WHERE {where} ORDER BY {order} LIMIT 100"
    )
    count_params = d.Params("postgres")
    count_sql = d.count_sql(d.DirectoryFilter(account_id=account_id), count_params)

    async def lifespan(app):  # type: ignore[no-untyped-def]
        state["pool"] = await asyncpg.create_pool(os.environ["BENCH_DB_URL"], min_size=1, max_size=10)
        yield
        await state["pool"].close()  # type: ignore[attr-defined]

    async def graphql(request: Request) -> Response:
        await request.body()
        pool = state["pool"]
        async with pool.acquire() as conn:  # type: ignore[attr-defined]
            rows = await conn.fetch(page_sql, *params.values)
            total = await conn.fetchval(count_sql, *count_params.values)
        edges = []
        for r in rows:
            status = "INACTIVE" if r["status"] == "INACTIVE" else ("ACTIVE" if r["activated_at"] else "PENDING")
            app_ids = orjson.loads(r["app_ids"])
            edges.append({"node": {
                "id": encode_id("Membership", r["id"]),
                "status": status,
                "isOwner": r["owner_id"] == r["user_id"],
                "role": {"id": encode_id("Role", r["role_id"]), "name": r["role_name"]},
                "user": {"email": r["email"], "name": r["name"],
                         "lastLoginAt": r["last_login_at"].isoformat() if r["last_login_at"] else None},
                "apps": {"allCurrentAndFuture": r["apps_all_current_and_future"],
                         "appIds": [encode_id("Resource", a) for a in app_ids]},
            }})
        body = orjson.dumps({"data": {"users": {"totalCount": total, "edges": edges}}})
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/graphql", graphql, methods=["POST"])], lifespan=lifespan)


# ---------------------------------------------------------------------------------------------
# load driver (separate process): closed loop, keep-alive HTTP/1.1 over asyncio streams
# ---------------------------------------------------------------------------------------------
async def _drive(port: int, body: bytes, token: str, seconds: float, concurrency: int) -> dict[str, float]:
    request = (
        f"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {token}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    latencies: list[float] = []
    errors = 0
    deadline = 0.0
    measuring = False

    async def one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        payload = await reader.readexactly(length)
        return head.startswith(b"HTTP/1.1 200") and b'"errors"' not in payload[:200]

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            ok = await one(reader, writer)
            if measuring:
                latencies.append(time.perf_counter() - started)
                errors += not ok
        writer.close()

    deadline = time.perf_counter() + 2.0  # warm-up
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    measuring = True
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


# ---------------------------------------------------------------------------------------------
# orchestration
# ---------------------------------------------------------------------------------------------
async def _seed(db_url: str, members: int) -> tuple[uuid.UUID, str]:
    import asyncpg
    import orjson

    from gqlaccess.config import Settings
    from gqlaccess.db import close_db, init_db, migrate
    from gqlaccess.models import User
    from gqlaccess.services.accounts import create_account
    from gqlaccess.services.deps import Deps
    from gqlaccess.services.queue import JobQueue
    from gqlaccess.services.roles import ensure_predefined_roles, predefined_role_id
    from gqlaccess.services.sessions import create_session

    settings = Settings(environment="test", database_url=db_url, secret_key="bench-" + secrets.token_hex(16))
    await migrate(settings)
    await init_db(settings)
    await ensure_predefined_roles()
    created = await create_account(
        Deps(settings=settings, queue=JobQueue(None, "bench")), name="Bench", owner_email="owner@bench.example.com"
    )
    now = datetime.now(UTC)
    await User.filter(id=created.owner.id).update(activated_at=now)
    _, token = await create_session(created.owner, lifetime=timedelta(hours=2))
    account_id = created.account.id
    await close_db()

    conn = await asyncpg.connect(db_url)
    apps = [uuid.uuid4() for _ in range(3)]
    await conn.copy_records_to_table("resource", records=[
        (a, now, "APP", f"App {i}", None, account_id) for i, a in enumerate(apps)
    ], columns=["id", "created_at", "kind", "name", "url", "account_id"])
    roles = [predefined_role_id(k) for k in ("marketing", "qa", "finance", "team_lead", "contributor")]
    users, rows = [], []
    for i in range(members):
        user_id = uuid.uuid4()
        users.append((user_id, now, f"member{i:05d}@bench.example.com", f"Member {secrets.token_hex(3)} {i}",
                      False, now, now - timedelta(minutes=i) if i % 3 else None, now))
        listed = i % 3 == 0
        rows.append((uuid.uuid4(), now, "INACTIVE" if i % 50 == 0 else "ACTIVE", not listed,
                     orjson.dumps([str(a) for a in apps[:2]] if listed else []).decode(), False, True, "[]",
                     True, "[]", now, account_id, roles[i % len(roles)], user_id))
    await conn.copy_records_to_table("user", records=users, columns=[
        "id", "created_at", "email", "name", "is_platform_operator", "activated_at", "last_login_at", "updated_at"])
    await conn.copy_records_to_table("membership", records=rows, columns=[
        "id", "created_at", "status", "apps_all_current_and_future", "app_ids", "include_future_apps",
        "media_sources_all", "media_sources", "geos_all", "geos", "updated_at", "account_id", "role_id", "user_id"])
    await conn.execute("ANALYZE")
    await conn.close()
    return account_id, token


def _start(args: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import socket

    for _ in range(300):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode() if process.stderr else "server died")
        time.sleep(0.1)
    raise RuntimeError("server did not start")


def _drive_in_subprocess(port: int, body: bytes, token: str, seconds: float, concurrency: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "drive", str(port), token, str(seconds), str(concurrency)],
        input=body, capture_output=True, check=True, cwd=ROOT,
    )
    return json.loads(out.stdout)


def _post(port: int, token: str, query: str, variables: dict[str, object]) -> tuple[float, dict[str, object]]:
    import httpx

    started = time.perf_counter()
    response = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": query, "variables": variables},
                          headers={"Authorization": f"Bearer {token}"}, timeout=120)
    return time.perf_counter() - started, response.json()


async def _cleanup_redis(queue_name: str, db_url: str) -> None:
    """Deletes only what this run put in Redis: its queue and its e-mail jobs."""
    import asyncpg
    import redis.asyncio as redis

    conn = await asyncpg.connect(db_url)
    ids = [r["id"] for r in await conn.fetch("SELECT id FROM outbox_email")]
    await conn.close()
    client = redis.from_url(REDIS_URL)
    keys = [queue_name] + [f"arq:job:email:{i}" for i in ids]
    for start in range(0, len(keys), 500):
        await client.delete(*keys[start:start + 500])
    await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()

    import asyncpg

    database = f"gqlaccess_bench_{secrets.token_hex(4)}"
    base = PG_ADMIN.rsplit("/", 1)[0]
    db_url = f"{base}/{database}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(PG_ADMIN)
        await conn.execute(sql)
        await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{database}"'))
    processes: list[subprocess.Popen[bytes]] = []
    queue_name = f"gqlaccess-bench:{database}:queue"
    try:
        account_id, token = asyncio.run(_seed(db_url, options.members))
        data_dir = tempfile.mkdtemp(prefix="gqlaccess-bench-")
        env = {
            **os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "GQLACCESS_ENV": "production",
            "GQLACCESS_DATA_DIR": data_dir, "GQLACCESS_DATABASE_URL": db_url, "GQLACCESS_REDIS_URL": REDIS_URL,
            "GQLACCESS_RUN_WORKER_IN_PROCESS": "false", "GQLACCESS_QUEUE_NAME": queue_name,
            "GQLACCESS_REDIS_PREFIX": f"gqlaccess-bench:{database}", "GQLACCESS_SECRET_KEY": secrets.token_hex(32),
            "GQLACCESS_PUBLIC_URL": "https://bench.example.com", "GQLACCESS_MAX_BODY_BYTES": "5000000",
            "GQLACCESS_LOG_LEVEL": "warning", "BENCH_DB_URL": db_url, "BENCH_ACCOUNT_ID": str(account_id),
        }
        uvicorn = [sys.executable, "-m", "uvicorn", "--log-level", "warning", "--no-access-log",
                   "--host", "127.0.0.1"]
        processes.append(_start([*uvicorn, "--port", "8731", "--factory", "gqlaccess.web.app:create_app"], env, 8731))
        processes.append(_start([*uvicorn, "--port", "8732", "--factory", "bench.users_page:raw_app"], env, 8732))
        from gqlaccess.graphql.ids import encode_id

        body = json.dumps({"query": QUERY, "variables": {"a": encode_id("Account", account_id)}}).encode()
        _, check = _post(8731, token, QUERY, {"a": encode_id("Account", account_id)})
        raw_check = json.loads(subprocess.run(
            ["curl", "-s", "-X", "POST", "http://127.0.0.1:8732/graphql", "-d", "{}"], capture_output=True,
        ).stdout)
        assert check == raw_check, "the raw baseline must return the same JSON as the service"
        print(f"members={options.members} page=100 concurrency={options.concurrency} seconds={options.seconds}")
        results = {}
        for name, port in (("service (Strawberry+Tortoise)", 8731), ("raw (Starlette+asyncpg+orjson)", 8732)):
            results[name] = r = _drive_in_subprocess(port, body, token, options.seconds, options.concurrency)
            print(f"{name:32s} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms  "
                  f"errors {r['errors']}")
        service, raw = results.values()
        print(f"ratio service/raw: {service['rps'] / raw['rps']:.2f} (target >= 0.35)")

        items = [{"email": f"bulk{i:04d}@bench.example.com", "name": f"Bulk {i}", "roleId": encode_id(
            "Role", __import__("gqlaccess.services.roles", fromlist=["x"]).predefined_role_id("marketing"))}
            for i in range(1000)]
        mutation = """mutation($input: BulkCreateUsersInput!) { bulkCreateUsers(input: $input) {
          createdCount errors { code } results { errors { code } } } }"""
        elapsed, result = _post(8731, token, mutation, {"input": {"accountId": encode_id("Account", account_id),
                                                                   "items": items}})
        created = result["data"]["bulkCreateUsers"]["createdCount"]  # type: ignore[index]
        print(f"bulkCreateUsers 1,000 users: {elapsed:.2f} s in one request (created {created})")
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
        try:
            asyncio.run(_cleanup_redis(queue_name, db_url))
        finally:
            asyncio.run(admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "drive":
        _, _, port, token, seconds, concurrency = sys.argv
        print(json.dumps(asyncio.run(_drive(int(port), sys.stdin.buffer.read(), token, float(seconds), int(concurrency)))))
    else:
        main()
