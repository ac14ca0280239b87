"""Production mode, configured by environment only: `gqlaccess migrate`, two API processes
(`serve --workers 2`) and a separate `gqlaccess worker`, on PostgreSQL and Redis."""

import asyncio
import re
import signal
import subprocess
import time
import uuid

import asyncpg
import httpx
import pytest
from aiosmtpd.controller import Controller

from ..conftest import MODE, PG_ADMIN_URL, REDIS_URL, _with_database
from ..support.factories import ACCEPT, LOGIN, PASSWORD
from ..support.processes import free_port, gqlaccess_command, gqlaccess_env, run_cli

pytestmark = pytest.mark.skipif(MODE != "postgres", reason="production mode runs on PostgreSQL and Redis")


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
async def database():
    name = f"gqlaccess_prod_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN_URL)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    yield _with_database(PG_ADMIN_URL, name)
    admin = await asyncpg.connect(PG_ADMIN_URL)
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.close()


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


async def test_two_api_processes_and_a_separate_worker(database, tmp_path):
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = gqlaccess_env(
        GQLACCESS_ENV="production",
        GQLACCESS_SECRET_KEY="production-secret-" + uuid.uuid4().hex,
        GQLACCESS_DATABASE_URL=database,
        GQLACCESS_REDIS_URL=REDIS_URL,
        GQLACCESS_SMTP_URL=f"smtp://127.0.0.1:{smtp.port}",
        GQLACCESS_PUBLIC_URL=base,
        GQLACCESS_PORT=str(port),
        GQLACCESS_DATA_DIR=str(tmp_path),
        GQLACCESS_QUEUE_NAME=f"gqlaccess-prod-test:{uuid.uuid4().hex[:8]}",
        GQLACCESS_REDIS_PREFIX=f"gqlaccess-prod-test:{uuid.uuid4().hex[:8]}",
    )
    processes: list[subprocess.Popen] = []
    try:
        migrated = run_cli("migrate", env=env)
        assert migrated.returncode == 0, migrated.stderr
        assert "applied" in migrated.stdout
        assert run_cli("migrate", env=env).stdout.strip() == "up to date"
        created = run_cli("create-account", "--name", "Prod", "--owner-email", "prod-owner@example.com", env=env)
        assert created.returncode == 0, created.stderr
        token = re.search(r"/invite/(gqi_\S+)", created.stdout).group(1)

        for command in (("serve", "--workers", "2"), ("worker",)):
            processes.append(subprocess.Popen(  # noqa: ASYNC220 (long-lived servers, started once)
                gqlaccess_command(*command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            ))
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "API never became ready"
                await asyncio.sleep(0.3)

            async def call(query, variables=None, bearer=None):
                headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
                response = await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
                return response.json()

            accepted = await call(ACCEPT, {"token": token, "password": PASSWORD})
            assert accepted["data"]["acceptInvitation"]["errors"] == []
            session = (await call(LOGIN, {"email": "prod-owner@example.com", "password": PASSWORD}))["data"]["login"]["token"]
            # Many concurrent requests spread over both processes; a session works on each.
            answers = await asyncio.gather(*(call("{ me { email } }", bearer=session) for _ in range(40)))
            assert {a["data"]["me"]["email"] for a in answers} == {"prod-owner@example.com"}
            # No GraphiQL in production.
            assert "graphiql" not in (await client.get("/graphql", headers={"accept": "text/html"})).text.lower()

            # The separate worker process delivers the outbox through SMTP.
            reset = await call("mutation { requestPasswordReset(input: {email: \"prod-owner@example.com\"}) { ok } }")
            assert reset == {"data": {"requestPasswordReset": {"ok": True}}}
            deadline = time.monotonic() + 30
            while not any("prod-owner@example.com" in rcpt for rcpt, _ in inbox.messages):
                if time.monotonic() > deadline:
                    _stop(processes[1])
                    _stop(processes[0])
                    raise AssertionError("the worker never sent the e-mail: " + processes[1].stderr.read()[-3000:] + processes[0].stderr.read()[-5000:])
                await asyncio.sleep(0.2)
    finally:
        for process in processes:
            _stop(process)
        smtp.stop()
