"""A real worker process killed (SIGKILL) in the middle of an export: the job is not left RUNNING."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import uuid
import zipfile
from datetime import timedelta

import pytest

from gqlaccess.models import Account, ExportJob
from gqlaccess.models.enums import ExportKind, ExportStatus
from gqlaccess.services.core.queue import JobQueue
from gqlaccess.services.exports import exports

from ..conftest import MODE
from ..support.exports import insert_clients, wait_for_row
from ..support.factories import make_tenant
from ..support.processes import gqlaccess_command, gqlaccess_env

ROWS = 300_000

pytestmark = pytest.mark.skipif(MODE != "postgres", reason="a second process needs the shared PostgreSQL and Redis")


def _zip_member_size(path: str) -> int:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        (info,) = archive.infolist()
        return info.file_size


async def test_sigkilled_worker_mid_export(gql, runtime):
    settings = runtime.settings
    tenant = await make_tenant(gql, runtime)
    await insert_clients(tenant.account_id, ROWS, "k")
    owner_id = (await Account.get(id=tenant.account_id)).owner_id  # type: ignore[attr-defined]
    job = await ExportJob.create(account_id=tenant.account_id, requested_by_id=owner_id, kind=ExportKind.CLIENTS)

    # A separate worker process on its own queue (the test app's in-process worker never sees it).
    queue_name = f"{settings.queue_name}:killed-{uuid.uuid4().hex[:6]}"
    env = gqlaccess_env(
        GQLACCESS_ENV="test", GQLACCESS_DATABASE_URL=settings.database_url, GQLACCESS_REDIS_URL=settings.redis_url,
        GQLACCESS_QUEUE_NAME=queue_name, GQLACCESS_SECRET_KEY=settings.secret_key,
        GQLACCESS_DATA_DIR=str(settings.data_dir), GQLACCESS_RUN_WORKER_IN_PROCESS="0",
    )
    process = await asyncio.create_subprocess_exec(
        *gqlaccess_command("worker"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        assert await JobQueue(runtime.deps.queue.redis, queue_name).enqueue(
            "run_export", str(job.id), job_id=exports.run_job_id(job)
        )
        running = await wait_for_row(job.id, lambda j: j.rows_done > 0 or j.status != ExportStatus.QUEUED and j.rows_total,
                              60)
        os.kill(process.pid, signal.SIGKILL)
        await asyncio.wait_for(process.wait(), 10)
    finally:
        if process.returncode is None:
            process.kill()
            await asyncio.wait_for(process.wait(), 10)
    assert running.status == ExportStatus.RUNNING, "the export finished before the kill: make it bigger"
    stuck = await ExportJob.get(id=job.id)
    assert stuck.status == ExportStatus.RUNNING and stuck.rows_done < ROWS

    # Nothing beats for it any more: the reaper hands it to a live worker (the test app's).
    await ExportJob.filter(id=job.id).update(heartbeat_at=stuck.heartbeat_at - timedelta(minutes=5))  # type: ignore[operator]
    assert (await exports.reap_stale_jobs(runtime.deps))["retried"] == 1
    done = await wait_for_row(job.id, lambda j: j.status in (ExportStatus.SUCCEEDED, ExportStatus.FAILED), 120)
    assert (done.status, done.attempts, done.rows_done, done.error) == (ExportStatus.SUCCEEDED, 2, ROWS, None)
    assert await asyncio.to_thread(_zip_member_size, done.file_path) > ROWS * 50
