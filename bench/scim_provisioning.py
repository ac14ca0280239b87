"""Provisioning users through SCIM: /Bulk and single POST /Users, against GraphQL in the same run.

    PYTHONPATH=src:. python bench/scim_provisioning.py [--users 10000] [--concurrency 8] [--embedded]

Starts the app in this process behind a real uvicorn on a free loopback port (PostgreSQL database
created for the run and dropped at the end, or SQLite with --embedded; Redis 127.0.0.1:6379 and the
in-process arq worker), creates one account and a SCIM token, then provisions:
  1. `--users` users through /Bulk (1,000 POST operations per request);
  2. `--users` users through single POST /Users (`--concurrency` clients);
  3. the baseline, measured in the same run: the same numbers through GraphQL `bulkCreateUsers`
     (1,000 per call) and `createUser`, the services SCIM calls.
Prints users/s and p99 latency per request for each, the SCIM/GraphQL ratios, and checks that
every user got its membership, its activation invitation and its outbox e-mail (none lost).
The machine is shared and small: read the ratios, not the absolutes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import secrets
import socket
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import uvicorn

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from gqlaccess.config import Settings  # noqa: E402
from gqlaccess.graphql.ids import encode_id  # noqa: E402
from gqlaccess.models import ApiToken, Invitation, Membership, OutboxEmail, Session, User  # noqa: E402
from gqlaccess.models.enums import ApiTokenKind, InvitationKind  # noqa: E402
from gqlaccess.security.tokens import API_TOKEN_PREFIX, SESSION_PREFIX, hash_secret, new_secret  # noqa: E402
from gqlaccess.services.accounts.accounts import create_account  # noqa: E402
from gqlaccess.services.core.clock import utcnow  # noqa: E402
from gqlaccess.services.roles.roles import predefined_role_id  # noqa: E402
from gqlaccess.web.app import create_app  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
CREATE_USER = """mutation($input: CreateUserInput!) { createUser(input: $input) { membership { id } errors { code } } }"""
BULK_CREATE = """mutation($input: BulkCreateUsersInput!) {
  bulkCreateUsers(input: $input) { createdCount errors { code } } }"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.asynccontextmanager
async def serving(settings: Settings) -> AsyncIterator[str]:
    app = create_app(settings, apply_migrations=True)
    port = _free_port()
    async with app.router.lifespan_context(app):
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))
        task = asyncio.ensure_future(server.serve())
        for _ in range(600):  # uvicorn has no start event to wait on
            if server.started:
                break
            await asyncio.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            await task


def _p99(latencies: list[float]) -> float:
    if len(latencies) < 2:
        return latencies[0] if latencies else 0.0
    return statistics.quantiles(latencies, n=100)[98]


async def _timed(run: Callable[[], Awaitable[None]], latencies: list[float]) -> None:
    started = time.perf_counter()
    await run()
    latencies.append(time.perf_counter() - started)


async def _pool(jobs: list[Callable[[], Awaitable[None]]], concurrency: int) -> list[float]:
    latencies: list[float] = []
    queue = list(reversed(jobs))

    async def worker() -> None:
        while queue:
            await _timed(queue.pop(), latencies)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


def _emails(tag: str, count: int) -> list[str]:
    return [f"{tag}-{i}-{uuid.uuid4().hex[:6]}@example.com" for i in range(count)]


async def run(users: int, concurrency: int, embedded: bool) -> None:
    run_id = secrets.token_hex(4)
    database = f"gqlaccess_bench_scim_{run_id}"
    data_dir = Path(tempfile.mkdtemp(prefix="gqlaccess-bench-scim-"))
    settings = Settings(environment="test", data_dir=data_dir, secret_key="bench-" + run_id,
                        public_url="http://127.0.0.1", run_worker_in_process=True,
                        queue_name=f"bench-scim:{run_id}", redis_prefix=f"bench-scim:{run_id}",
                        max_body_bytes=4_000_000)
    if not embedded:
        admin = await asyncpg.connect(ADMIN_URL)
        await admin.execute(f'CREATE DATABASE "{database}"')
        await admin.close()
        settings = settings.with_overrides(database_url=ADMIN_URL.rsplit("/", 1)[0] + f"/{database}",
                                           redis_url=REDIS_URL)
    try:
        async with serving(settings) as base, httpx.AsyncClient(base_url=base, timeout=600) as http:
            results = await _measure(http, settings, users, concurrency)
    finally:
        if not embedded:
            admin = await asyncpg.connect(ADMIN_URL)
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            await admin.close()
    print(f"dialect={'sqlite' if embedded else 'postgresql'} users_per_path={users} concurrency={concurrency}")
    print(f"{'path':<34}{'users/s':>10}{'p99 s/request':>16}{'requests':>10}")
    for name, (rate, p99, requests) in results.items():
        print(f"{name:<34}{rate:>10.1f}{p99:>16.3f}{requests:>10}")
    print(f"ratio SCIM /Bulk ÷ GraphQL bulkCreateUsers: {results['scim /Bulk'][0] / results['graphql bulkCreateUsers'][0]:.2f}")
    print(f"ratio SCIM POST ÷ GraphQL createUser:       {results['scim POST /Users'][0] / results['graphql createUser'][0]:.2f}")


async def _account(settings: Settings) -> tuple[Any, str, str]:
    from gqlaccess.services.core.deps import Deps
    from gqlaccess.services.core.queue import JobQueue

    created = await create_account(Deps(settings=settings, queue=JobQueue(None, "bench")), name="SCIM bench",
                                   owner_email=f"owner-{uuid.uuid4().hex[:8]}@example.com")
    account = created.account
    secret = new_secret(API_TOKEN_PREFIX)
    await ApiToken.create(account_id=account.id, role_id=predefined_role_id("admin"), kind=ApiTokenKind.SCIM,
                          name="bench", token_hash=hash_secret(secret), prefix=secret[:12])
    session = new_secret(SESSION_PREFIX)
    owner = await User.get(id=account.owner_id)  # type: ignore[attr-defined]
    owner.activated_at = owner.email_verified_at = utcnow()
    await owner.save()
    from datetime import timedelta

    await Session.create(token_hash=hash_secret(session), user_id=owner.id, expires_at=utcnow() + timedelta(days=1))
    return account, secret, session


async def _check(account_id: Any, emails: list[str]) -> str:
    ids = list(await User.filter(email__in=emails).values_list("id", flat=True))
    members = await Membership.filter(account_id=account_id, user_id__in=ids).count()
    invitations = list(await Invitation.filter(user_id__in=ids, kind=InvitationKind.USER_ACTIVATION).values_list(
        "id", flat=True))
    mails = await OutboxEmail.filter(invitation_id__in=invitations).count() if invitations else 0
    ok = len(ids) == members == len(invitations) == mails == len(emails)
    return f"users={len(ids)} memberships={members} invitations={len(invitations)} outbox={mails} " + (
        "OK" if ok else "LOST")


async def _measure(http: httpx.AsyncClient, settings: Settings, users: int, concurrency: int) -> dict[str, Any]:
    account, secret, session = await _account(settings)
    queue = None
    if settings.redis_url:
        import redis.asyncio as redis

        queue = redis.from_url(settings.redis_url)

    async def drain() -> None:
        for _ in range(1200):
            if queue is None or not await queue.zcard(settings.queue_name):
                return
            await asyncio.sleep(0.05)

    scim = {"Authorization": f"Bearer {secret}", "Content-Type": "application/scim+json"}
    gql = {"Authorization": f"Bearer {session}"}
    results: dict[str, Any] = {}

    async def scim_bulk(emails: list[str]) -> None:
        body = {"schemas": [BULK], "Operations": [
            {"method": "POST", "path": "/Users", "bulkId": f"u{i}",
             "data": {"schemas": [USER], "userName": e, "displayName": f"User {i}"}} for i, e in enumerate(emails)]}
        response = await http.post("/scim/v2/Bulk", json=body, headers=scim)
        statuses = {op["status"] for op in response.json()["Operations"]}
        assert response.status_code == 200 and statuses == {"201"}, (response.status_code, statuses)

    async def scim_post(email: str) -> None:
        response = await http.post("/scim/v2/Users", json={"schemas": [USER], "userName": email,
                                                           "displayName": "User"}, headers=scim)
        assert response.status_code == 201, response.text

    role = encode_id("Role", predefined_role_id("marketing_limited"))
    account_gid = encode_id("Account", account.id)

    async def gql_bulk(emails: list[str]) -> None:
        items = [{"email": e, "name": f"User {i}", "roleId": role} for i, e in enumerate(emails)]
        response = await http.post("/graphql", json={"query": BULK_CREATE, "variables": {
            "input": {"accountId": account_gid, "items": items}}}, headers=gql)
        body = response.json()
        assert not body.get("errors") and not body["data"]["bulkCreateUsers"]["errors"], str(body)[:500]

    async def gql_post(email: str) -> None:
        response = await http.post("/graphql", json={"query": CREATE_USER, "variables": {
            "input": {"accountId": account_gid, "email": email, "name": "User", "roleId": role}}}, headers=gql)
        body = response.json()
        assert not body.get("errors") and not body["data"]["createUser"]["errors"], str(body)[:500]

    # The machine is shared: SCIM and GraphQL alternate chunk by chunk so that load drift hits both
    # alike, and each chunk starts once the e-mail jobs of the previous one are done (the in-process
    # worker would otherwise run them during the next chunk).
    plans: list[tuple[str, str, bool, Callable[[Any], Awaitable[None]]]] = [
        ("scim /Bulk", "sb", True, scim_bulk), ("graphql bulkCreateUsers", "gb", True, gql_bulk),
        ("scim POST /Users", "sp", False, scim_post), ("graphql createUser", "gp", False, gql_post),
    ]
    chunk = 1000
    for pair in (plans[:2], plans[2:]):
        spent = {name: 0.0 for name, *_ in pair}
        latencies: dict[str, list[float]] = {name: [] for name, *_ in pair}
        emails = {name: _emails(tag, users) for name, tag, *_ in pair}
        requests = {name: 0 for name, *_ in pair}
        for start in range(0, users, chunk):
            for name, _tag, batched, call in pair:
                part = emails[name][start:start + chunk]
                jobs = [lambda part=part, call=call: call(part)] if batched else [
                    lambda e=e, call=call: call(e) for e in part]
                await drain()
                started = time.perf_counter()
                latencies[name] += await _pool(jobs, 1 if batched else concurrency)
                spent[name] += time.perf_counter() - started
                requests[name] += len(jobs)
        for name, *_ in pair:
            results[name] = (users / spent[name], _p99(latencies[name]), requests[name])
            print(f"{name}: {users / spent[name]:.1f} users/s; {await _check(account.id, emails[name])}", flush=True)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--embedded", action="store_true", help="SQLite and an embedded Redis instead of PostgreSQL")
    args = parser.parse_args()
    asyncio.run(run(args.users, args.concurrency, args.embedded))
