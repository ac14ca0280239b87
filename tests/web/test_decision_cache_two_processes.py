"""A revoked permission, with the decision cache on, in two real server processes.

The change is made through process A; A refuses at once, and B (which had the decision cached)
refuses as soon as A's announcement reaches it over Redis. 100 revocations: the delay until B
refuses is printed (median, worst); the test asserts the outcome, with a generous bound only.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from gqlaccess.config import Settings
from gqlaccess.models import Membership
from gqlaccess.services.core.access_changes import access_changed

from ..support.access import member
from ..support.factories import make_tenant

ROUNDS = 100
GENEROUS_SECONDS = 10.0  # not a performance bound: the figure is printed, the target is < 1 s
ROOT = Path(__file__).resolve().parents[2]

CHECK = "query($a: ID!) { checkAccess(accountId: $a, capability: CLIENTS, level: VIEW) { allowed reason } }"
DEACTIVATE = "mutation($i: DeactivateMembershipInput!) { deactivateMembership(input: $i) { errors { code } } }"
REACTIVATE = "mutation($i: ReactivateMembershipInput!) { reactivateMembership(input: $i) { errors { code } } }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GQLACCESS_")}
    env.update({
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}",
        "GQLACCESS_ENV": "test",
        "GQLACCESS_SECRET_KEY": settings.secret_key,
        "GQLACCESS_DATA_DIR": str(settings.data_dir),
        "GQLACCESS_QUEUE_NAME": settings.queue_name,
        "GQLACCESS_REDIS_PREFIX": settings.redis_prefix,
        "GQLACCESS_RUN_WORKER_IN_PROCESS": "0",
        "GQLACCESS_DECISION_CACHE": "1",
    })
    if settings.database_url:
        env["GQLACCESS_DATABASE_URL"] = settings.database_url
    if settings.redis_url:
        env["GQLACCESS_REDIS_URL"] = settings.redis_url
    return env


def _serve(port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "gqlaccess.web.app:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )


@pytest.fixture
async def two_servers(settings: Settings, tmp_path: Path) -> AsyncIterator[list[str]]:
    processes, urls = [], []
    for name in ("a", "b"):
        port = _free_port()
        processes.append(_serve(port, _env(settings), tmp_path / f"{name}.log"))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        async with httpx.AsyncClient() as client:
            for process, url, name in zip(processes, urls, ("a", "b"), strict=True):
                deadline = time.monotonic() + 60
                while True:
                    assert process.poll() is None, (tmp_path / f"{name}.log").read_text()[-3000:]
                    try:
                        if (await client.get(url + "/healthz")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    assert time.monotonic() < deadline, f"server {name} not ready"
                    await asyncio.sleep(0.2)
        yield urls
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


async def _allowed(client: httpx.AsyncClient, url: str, token: str, account: str) -> bool:
    response = await client.post(url + "/graphql", json={"query": CHECK, "variables": {"a": account}},
                                 headers={"Authorization": f"Bearer {token}"})
    body = response.json()
    assert "errors" not in body, body
    return bool(body["data"]["checkAccess"]["allowed"])


async def _until(client: httpx.AsyncClient, url: str, token: str, account: str, wanted: bool) -> float:
    started = time.perf_counter()
    while await _allowed(client, url, token, account) != wanted:
        assert time.perf_counter() - started < GENEROUS_SECONDS, "the other process never heard of the change"
    return time.perf_counter() - started


async def test_a_revocation_reaches_the_other_process(gql, runtime, two_servers, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b = two_servers
    tenant = await make_tenant(gql, runtime)
    user_gid, token = await member(gql, tenant, role_key="qa")  # clients: VIEW
    from gqlaccess.graphql.ids import decode_id, encode_id

    membership = await Membership.get(account_id=tenant.account_id, user_id=decode_id(user_gid)[1])
    variables = {"i": {"membershipId": encode_id("Membership", membership.id)}}
    owner = {"Authorization": f"Bearer {tenant.owner_token}"}
    delays = []
    async with httpx.AsyncClient(timeout=30) as client:
        # B really answers from its cache: a write nobody announces goes unseen until announced.
        assert await _allowed(client, b, token, tenant.gid)
        await Membership.filter(id=membership.id).update(status="INACTIVE")
        assert await _allowed(client, b, token, tenant.gid)
        await access_changed(accounts=[tenant.account_id])
        await _until(client, b, token, tenant.gid, False)
        await Membership.filter(id=membership.id).update(status="ACTIVE")
        await access_changed(accounts=[tenant.account_id])
        for _ in range(ROUNDS):
            assert await _allowed(client, b, token, tenant.gid)  # B holds the decision in its cache
            assert await _allowed(client, b, token, tenant.gid)
            body = (await client.post(a + "/graphql", json={"query": DEACTIVATE, "variables": variables},
                                      headers=owner)).json()
            assert body["data"]["deactivateMembership"]["errors"] == [], body
            # The process that made the change refuses at once; B as soon as it hears of it.
            allowed_on_a, delay = await asyncio.gather(
                _allowed(client, a, token, tenant.gid), _until(client, b, token, tenant.gid, False)
            )
            assert not allowed_on_a
            delays.append(delay)
            body = (await client.post(a + "/graphql", json={"query": REACTIVATE, "variables": variables},
                                      headers=owner)).json()
            assert body["data"]["reactivateMembership"]["errors"] == [], body
            await _until(client, b, token, tenant.gid, True)
    with capsys.disabled():
        print(f"\ncross-process revocation delay over {ROUNDS}: median {statistics.median(delays) * 1000:.1f} ms, "
              f"worst {max(delays) * 1000:.1f} ms")
    assert len(delays) == ROUNDS
