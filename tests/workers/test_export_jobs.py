"""run_export under failure: crashes, stale heartbeats, deleted accounts, retention; and the
PostgreSQL COPY path against the row-by-row path."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from gqlaccess.models import Account, Client, ExportJob
from gqlaccess.models.enums import ExportKind, ExportStatus
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.exports import export_runner, exports
from gqlaccess.services.exports.export_sources import ExportSource

from ..conftest import MODE
from ..support.exports import add_client, assign_site, parse_csv, read_zip
from ..support.factories import make_tenant


async def _clients(account_id: uuid.UUID, n: int) -> None:
    await Client.bulk_create([
        Client(account_id=account_id, display_name="C", first_name=f"F{i}", last_name="L",
               email=f"bulk-{i:06d}@example.com")
        for i in range(n)
    ])


async def _job(tenant, **fields) -> ExportJob:  # type: ignore[no-untyped-def]
    """A job row only: nothing is enqueued, the test drives the run."""
    owner_id = (await Account.get(id=tenant.account_id)).owner_id  # type: ignore[attr-defined]
    return await ExportJob.create(account_id=tenant.account_id, requested_by_id=owner_id, kind=ExportKind.CLIENTS,
                                  **fields)


async def _wait_status(job_id: uuid.UUID, *statuses: ExportStatus) -> ExportJob:
    for _ in range(600):
        job = await ExportJob.get(id=job_id)
        if job.status in statuses:
            return job
        await asyncio.sleep(0.05)
    raise AssertionError(f"job still {job.status}")


async def _wait_rows(job_id: uuid.UUID, rows: int) -> None:
    for _ in range(3000):
        if (await ExportJob.get(id=job_id)).rows_done >= rows:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the export made no progress")


def _zip_rows(path: str | None) -> list[list[str]]:
    assert path is not None
    return parse_csv(read_zip(Path(path).read_bytes())[1])


def _files(directory: Path, pattern: str) -> list[Path]:
    return list(directory.glob(pattern)) if directory.exists() else []


def _is_file(path: str | Path | None) -> bool:
    return path is not None and Path(path).is_file()


async def test_run_twice_runs_once(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 7)
    job = await _job(tenant)
    assert await export_runner.run_export(runtime.deps, job.id, batch_size=3) == "succeeded"
    assert await export_runner.run_export(runtime.deps, job.id) == "not-queued"
    job = await ExportJob.get(id=job.id)
    assert (job.status, job.rows_done, job.rows_total, job.attempts) == (ExportStatus.SUCCEEDED, 7, 7, 1)
    assert len(_zip_rows(job.file_path)) == 8


async def test_worker_stopped_mid_export_hands_the_job_back(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 3000)
    job = await _job(tenant)
    # The worker is stopped (or arq's timeout fires) between two batches: the task is cancelled.
    task = asyncio.create_task(export_runner.run_export(runtime.deps, job.id, batch_size=10, beat_interval=0))
    await _wait_rows(job.id, 50)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    handed_back = await ExportJob.get(id=job.id)
    assert (handed_back.status, handed_back.attempts, handed_back.error) == (
        ExportStatus.QUEUED, 1, exports.INTERRUPTED
    )
    assert not _files(runtime.settings.exports_dir / str(tenant.account_id), "*.part")
    # The next sweep enqueues it at once and the real in-process worker finishes it.
    assert (await exports.reap_stale_jobs(runtime.deps))["enqueued"] >= 1
    done = await _wait_status(job.id, ExportStatus.SUCCEEDED, ExportStatus.FAILED)
    assert (done.status, done.attempts, done.rows_done, done.error) == (ExportStatus.SUCCEEDED, 2, 3000, None)
    assert len(_zip_rows(done.file_path)) == 3001


async def test_hard_crash_left_running_is_reaped_and_retried(gql, runtime):
    """A killed worker runs no cleanup: the job stays RUNNING with a heartbeat that stops."""
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 40)
    stale = utcnow() - exports.STALE_AFTER - timedelta(seconds=5)
    job = await _job(tenant, status=ExportStatus.RUNNING, attempts=1, started_at=stale, heartbeat_at=stale,
                     rows_done=10, rows_total=40)
    leftover = _leftover_part(runtime.settings.exports_dir / str(tenant.account_id), f"{job.id}.1.zip.part")
    # A job still beating is left alone.
    alive = await _job(tenant, status=ExportStatus.RUNNING, attempts=1, heartbeat_at=utcnow())
    result = await exports.reap_stale_jobs(runtime.deps)
    assert result["retried"] == 1 and result["enqueued"] >= 1
    assert (await ExportJob.get(id=alive.id)).status == ExportStatus.RUNNING
    done = await _wait_status(job.id, ExportStatus.SUCCEEDED, ExportStatus.FAILED)
    assert (done.status, done.attempts, done.rows_done) == (ExportStatus.SUCCEEDED, 2, 40)
    assert len(_zip_rows(done.file_path)) == 41
    # The dead attempt's partial file is swept once old; the good file stays.
    await exports.purge_expired_files(runtime.deps)
    assert not _is_file(leftover)
    assert _is_file(done.file_path)
    await ExportJob.filter(id=alive.id).delete()


async def test_reaper_fails_job_after_max_attempts(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    stale = utcnow() - timedelta(minutes=10)
    job = await _job(tenant, status=ExportStatus.RUNNING, attempts=exports.MAX_ATTEMPTS, heartbeat_at=stale)
    fresh = await _job(tenant, status=ExportStatus.RUNNING, attempts=1, heartbeat_at=utcnow())
    result = await exports.reap_stale_jobs(runtime.deps)
    assert result["failed"] >= 1
    failed = await ExportJob.get(id=job.id)
    assert failed.status == ExportStatus.FAILED and failed.error == exports.GAVE_UP
    assert (await ExportJob.get(id=fresh.id)).status == ExportStatus.RUNNING
    # A reaped attempt that wakes up again can no longer write: its lease is gone.
    assert await export_runner.run_export(runtime.deps, job.id) == "not-queued"
    # A job handed back MAX_ATTEMPTS times is not started again but failed.
    spent = await _job(tenant, attempts=exports.MAX_ATTEMPTS, error=exports.INTERRUPTED)
    assert await export_runner.run_export(runtime.deps, spent.id) == "failed"
    assert (await ExportJob.get(id=spent.id)).error == exports.GAVE_UP


async def test_account_deleted_during_export(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 3000)
    job = await _job(tenant)
    task = asyncio.create_task(export_runner.run_export(runtime.deps, job.id, batch_size=10, beat_interval=0))
    await _wait_rows(job.id, 50)
    await Account.filter(id=tenant.account_id).delete()
    assert await task == "abandoned"  # no crash; the job went with its account
    assert await ExportJob.get_or_none(id=job.id) is None
    directory = runtime.settings.exports_dir / str(tenant.account_id)
    assert not _files(directory, f"{job.id}.*")


async def test_retention_purges_files(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await add_client(tenant.account_id)
    job = await _job(tenant)
    assert await export_runner.run_export(runtime.deps, job.id) == "succeeded"
    job = await ExportJob.get(id=job.id)
    path = job.file_path
    assert _is_file(path)
    await exports.purge_expired_files(runtime.deps)
    assert _is_file(path)  # not yet expired
    await ExportJob.filter(id=job.id).update(expires_at=utcnow() - timedelta(seconds=1))
    result = await exports.purge_expired_files(runtime.deps)
    assert result["purged"] >= 1 and not _is_file(path)
    job = await ExportJob.get(id=job.id)
    assert job.file_path is None and job.status == ExportStatus.SUCCEEDED
    assert exports.download_url(runtime.settings, job, job.requested_by_id) is None  # type: ignore[attr-defined]
    # Files of a deleted account go too (once past the grace period).
    gone = _orphan_dir(runtime.settings.exports_dir)
    assert (await exports.purge_expired_files(runtime.deps))["orphans"] >= 1
    assert not _files(gone.parent, gone.name)


@pytest.mark.skipif(MODE != "postgres", reason="COPY is PostgreSQL's")
async def test_copy_path_equals_row_path(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    hostile = await add_client(tenant.account_id, first_name='=1+2 "q", x', last_name="名前\r\nZ", notes="", phone1="")
    await assign_site(hostile)
    await assign_site(hostile)
    await _clients(tenant.account_id, 23)
    outputs = []
    for use_copy, batch_size in ((True, 4), (False, 5), (True, 1000)):
        chunks: list[bytes] = []

        async def write(data: bytes, chunks: list[bytes] = chunks) -> None:
            chunks.append(data)

        async def progress(done: int) -> None:
            pass

        source = ExportSource(ExportKind.CLIENTS, tenant.account_id, {}, "postgres", batch_size=batch_size,
                              copy_batch_size=batch_size, use_copy=use_copy)
        assert await source.stream(write, progress) == 24
        outputs.append(b"".join(chunks))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(parse_csv(outputs[0])) == 25


def _orphan_dir(root: Path) -> Path:
    gone = root / str(uuid.uuid4())
    gone.mkdir(parents=True)
    (gone / f"{uuid.uuid4()}.1.zip").write_bytes(b"PK")
    return gone


def _leftover_part(directory: Path, name: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    part = directory / name
    part.write_bytes(b"PK partial")
    os.utime(part, (time.time() - 7200, time.time() - 7200))
    return part


async def test_job_lost_by_redis_is_enqueued_again(gql, runtime):
    """The job row was written but its enqueue never reached Redis (down at the time)."""
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 5)
    job = await _job(tenant)
    await ExportJob.filter(id=job.id).update(created_at=utcnow() - exports.REQUEUE_AFTER - timedelta(seconds=1))
    assert (await exports.reap_stale_jobs(runtime.deps))["enqueued"] >= 1
    done = await _wait_status(job.id, ExportStatus.SUCCEEDED, ExportStatus.FAILED)
    assert (done.status, done.attempts, done.rows_done) == (ExportStatus.SUCCEEDED, 1, 5)
