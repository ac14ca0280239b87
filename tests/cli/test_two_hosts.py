"""Two hosts, no shared disk: two `gqlaccess serve` and two `gqlaccess worker` processes, each with
its own data directory, against one PostgreSQL, one Redis and one S3-compatible object store.
An export requested through host A is finished by the second worker after the first is SIGKILLed
mid-export, and downloaded through host B."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from gqlaccess.models import ExportJob
from gqlaccess.models.enums import ExportStatus
from gqlaccess.services.core.deps import Deps
from gqlaccess.services.core.queue import JobQueue
from gqlaccess.services.exports import exports

from ..conftest import MODE
from ..support.exports import EXPORT_CLIENTS, insert_clients, parse_csv, read_zip, wait_for_row
from ..support.factories import make_tenant
from ..support.processes import Server, Worker, base_env

ROWS = 300_000
pytestmark = pytest.mark.skipif(MODE != "postgres", reason="several hosts share PostgreSQL and Redis")


def _exports_on_disk(*directories: Path) -> list[Path]:
    return [f for d in directories for f in (d / "exports").rglob("*") if f.is_file()]


async def test_export_through_host_a_finished_by_another_worker_downloaded_through_host_b(
    gql, runtime, object_store, tmp_path
):
    settings = runtime.settings
    bucket = object_store.new_bucket()
    queue_name = f"{settings.queue_name}:hosts-{uuid.uuid4().hex[:6]}"
    common = dict(
        ENV="test", DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url, QUEUE_NAME=queue_name,
        REDIS_PREFIX=f"{settings.redis_prefix}:hosts", SECRET_KEY=settings.secret_key, RUN_WORKER_IN_PROCESS="0",
        EXPORT_STORAGE=f"s3://{bucket}/exports", S3_ENDPOINT_URL=object_store.endpoint,
    )
    dirs = {name: tmp_path / name for name in ("host-a", "host-b", "worker-a", "worker-b")}
    host_a = Server(base_env(**common, DATA_DIR=str(dirs["host-a"])), tmp_path / "host-a.log").start()
    host_b = Server(base_env(**common, DATA_DIR=str(dirs["host-b"])), tmp_path / "host-b.log").start()
    worker_a = Worker(base_env(**common, DATA_DIR=str(dirs["worker-a"])), tmp_path / "worker-a.log").start()
    worker_b = Worker(base_env(**common, DATA_DIR=str(dirs["worker-b"])), tmp_path / "worker-b.log")
    try:
        await asyncio.to_thread(host_a.wait_ready)
        await asyncio.to_thread(host_b.wait_ready)
        tenant = await make_tenant(gql, runtime)
        await insert_clients(tenant.account_id, ROWS, "h")
        async with httpx.AsyncClient(base_url=host_a.url, timeout=30) as a:
            answer = await a.post("/graphql", json={"query": EXPORT_CLIENTS, "variables": {"input": {
                "accountId": _account_global_id(tenant.account_id)}}},
                headers={"Authorization": f"Bearer {tenant.owner_token}"})
        payload = answer.json()["data"]["exportClients"]
        assert payload["errors"] == [], payload
        job_id = uuid.UUID(_decode(payload["exportJob"]["id"]))

        # Worker A is the only consumer: it claims the job; kill it hard mid-export.
        running = await wait_for_row(job_id, lambda j: j.status == ExportStatus.RUNNING and j.rows_total, 60)
        os.killpg(worker_a.pid, signal.SIGKILL)
        worker_a.popen.wait(10)  # type: ignore[union-attr]
        assert running.rows_done < ROWS
        worker_b.start()
        # Nothing beats for the job any more; the reaper (here called at once rather than in a minute)
        # hands it back to the queue, and worker B, on another host, runs it again.
        stuck = await ExportJob.get(id=job_id)
        assert stuck.status == ExportStatus.RUNNING, "the export finished before the kill: make it bigger"
        await ExportJob.filter(id=job_id).update(heartbeat_at=stuck.heartbeat_at - timedelta(minutes=5))  # type: ignore[operator]
        reaper = Deps(settings=settings, queue=JobQueue(runtime.deps.queue.redis, queue_name))
        assert (await exports.reap_stale_jobs(reaper))["retried"] == 1
        done = await wait_for_row(job_id, lambda j: j.status in (ExportStatus.SUCCEEDED, ExportStatus.FAILED), 180)
        assert (done.status, done.attempts, done.rows_done) == (ExportStatus.SUCCEEDED, 2, ROWS)
        assert done.file_path.startswith(f"s3://{bucket}/exports/{tenant.account_id}/")

        async with httpx.AsyncClient(base_url=host_a.url, timeout=30) as a:
            job = (await a.post("/graphql", json={"query": "query($id: ID!) { exportJob(id: $id) { downloadUrl } }",
                                                  "variables": {"id": payload["exportJob"]["id"]}},
                                headers={"Authorization": f"Bearer {tenant.owner_token}"})).json()
        link = job["data"]["exportJob"]["downloadUrl"]
        path = "/" + link.split("/", 3)[3]
        async with httpx.AsyncClient(base_url=host_b.url, timeout=120) as b:
            response = await b.get(path)  # the other host: no file of its own, the object store has it
        assert response.status_code == 200, response.text
        _, data = read_zip(response.content)
        assert len(parse_csv(data)) == ROWS + 1
        assert _exports_on_disk(*dirs.values()) == []  # no host used its own disk for the file
    finally:
        for process in (host_a, host_b, worker_a, worker_b):
            process.stop()


def _account_global_id(account_id: uuid.UUID) -> str:
    from gqlaccess.graphql.ids import encode_id

    return encode_id("Account", account_id)


def _decode(global_id: str) -> str:
    from gqlaccess.graphql.ids import decode_id

    return str(decode_id(global_id)[1])
