"""/metrics on a real `gqlaccess serve`: closed without its secret, and series that move when work
happens. Embedded mode: one process with the in-process worker. PostgreSQL mode: `serve --workers 2`
(prometheus-client's multi-process mode: whichever process answers sums both) and a separate
`gqlaccess worker` with its own metrics port."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from ..conftest import MODE, REDIS_URL
from ..support.processes import Server, Worker, base_env, free_port, run_cli

SECRET = "metrics-secret-" + uuid.uuid4().hex
LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { token errors { code } } }"


def _scrape(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = httpx.get(url + "/metrics", headers={"Authorization": f"Bearer {SECRET}"}, timeout=10)
    assert response.status_code == 200, response.text
    values = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return values


def _value(values, name: str, **labels: str) -> float:  # type: ignore[no-untyped-def]
    return values.get((name, tuple(sorted(labels.items()))), 0.0)


def _wait_for(check, timeout: float = 60):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.5)


@pytest.fixture
def stack(tmp_path, request):  # type: ignore[no-untyped-def]
    if MODE == "postgres":
        database = request.getfixturevalue("production_database")
        env = base_env(
            ENV="production", SECRET_KEY="s" * 40, DATABASE_URL=database, REDIS_URL=REDIS_URL,
            QUEUE_NAME=f"metrics-{uuid.uuid4().hex[:8]}", REDIS_PREFIX=f"metrics-{uuid.uuid4().hex[:8]}",
            DATA_DIR=str(tmp_path / "data"), METRICS_TOKEN=SECRET,
        )
        assert run_cli("migrate", env=env).returncode == 0
        server = Server(env, tmp_path / "serve.log", workers=2).start()
        worker_env = {**env, "GQLACCESS_METRICS_PORT": str(free_port()), "GQLACCESS_DATA_DIR": str(tmp_path / "w")}
        worker = Worker(worker_env, tmp_path / "worker.log").start()
        worker_url = f"http://127.0.0.1:{worker_env['GQLACCESS_METRICS_PORT']}"
    else:
        env = base_env(DATA_DIR=str(tmp_path / "data"), METRICS_TOKEN=SECRET)
        server = Server(env, tmp_path / "serve.log").start()
        worker, worker_url = None, server.url
    try:
        server.wait_ready()
        yield env, server, worker_url
    finally:
        server.stop()
        if worker is not None:
            worker.stop()


@pytest.fixture
def production_database():  # type: ignore[no-untyped-def]
    import asyncio

    import asyncpg

    from ..conftest import PG_ADMIN_URL, _with_database

    name = f"gqlaccess_metrics_{uuid.uuid4().hex[:8]}"

    async def run(sql: str) -> None:
        connection = await asyncpg.connect(PG_ADMIN_URL)
        await connection.execute(sql)
        await connection.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    yield _with_database(PG_ADMIN_URL, name)
    asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_metrics_need_their_secret_and_move_with_work(stack):
    env, server, worker_url = stack
    assert httpx.get(server.url + "/metrics").status_code == 401
    wrong = httpx.get(server.url + "/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")

    before = _scrape(server.url)
    for _ in range(4):  # under --workers 2 these spread over both processes
        answer = httpx.post(server.url + "/graphql", json={
            "query": LOGIN, "operationName": "Login",
            "variables": {"input": {"email": f"nobody-{uuid.uuid4().hex[:6]}@example.com", "password": "wrong-password-1"}},
        })
        assert answer.json()["data"]["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    httpx.post(server.url + "/graphql", json={"query": "{ me { email } }"})
    httpx.post(server.url + "/graphql", json={"query": "{ nope }"})  # a validation error
    created = run_cli("create-account", "--name", "Metrics", "--owner-email", f"m-{uuid.uuid4().hex[:6]}@example.com", env=env)
    assert created.returncode == 0, created.stderr

    after = _scrape(server.url)
    assert _value(after, "gqlaccess_logins_total", outcome="failed") - _value(before, "gqlaccess_logins_total", outcome="failed") == 4
    count = "gqlaccess_graphql_request_duration_seconds_count"
    assert _value(after, count, operation="Login", outcome="ok") - _value(before, count, operation="Login", outcome="ok") == 4
    assert _value(after, count, operation="anonymous", outcome="error") >= 1
    fast = sum(_value(after, "gqlaccess_fastpath_requests_total", result=r) for r in ("hit", "fallback"))
    assert fast >= 6
    assert _value(after, "gqlaccess_outbox_backlog") >= 1  # the owner's activation e-mail is owed
    assert ("gqlaccess_queue_depth", ()) in after and ("gqlaccess_queue_oldest_job_age_seconds", ()) in after

    # The worker's jobs (in process on the embedded default, its own port otherwise).
    jobs = _wait_for(lambda: _value(_scrape(worker_url), "gqlaccess_job_duration_seconds_count", job="reap_exports", outcome="ok"))
    assert jobs >= 1
