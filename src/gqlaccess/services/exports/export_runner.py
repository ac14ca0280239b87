"""Running one export job: claim it, stream it into a zip, record the result, mail the requester.

Safe to run twice (arq delivers at least once): only a QUEUED job is claimed, and every later
write is fenced on (status RUNNING, this attempt), so a worker that was presumed dead and replaced
can no longer touch the job. The heartbeat is that fenced write, after every batch: when it
matches nothing (job reaped, or deleted with its account) the export stops and cleans up.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import structlog
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from ...models import ExportJob, User
from ...models.enums import ExportStatus
from ...policy.access import resolve_access
from ...policy.exports import may_export
from ...policy.principal import Principal, PrincipalKind
from ..core import events, outbox
from ..core.deps import Deps
from .export_files import ZipCsvWriter
from .export_sources import ExportSource
from .exports import (
    GAVE_UP,
    INTERRUPTED,
    MAX_ATTEMPTS,
    download_url,
    emit_completed,
    file_name,
    job_file_location,
)
from .storage import StorageUnavailable, storage_for

log = structlog.get_logger(__name__)

# Attach the zip to the e-mail only when it is small; the link always works.
ATTACH_MAX_BYTES = 2 * 1024 * 1024
# Heartbeat and progress at most this often (seconds); batches are much more frequent.
BEAT_INTERVAL = 1.0
STORAGE_RETRY = "The export file could not be stored (object storage unavailable); retrying."
STORAGE_FAILED = "The export file could not be stored: the object storage was unavailable or refused it."


_slots: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}


def _export_slots(pool_size: int) -> asyncio.Semaphore:
    """Concurrent exports per process. A PostgreSQL export holds one pooled connection for its
    whole run and beats through another: with as many exports as connections, every beat
    would wait for a connection forever. Half the pool keeps room for beats and requests."""
    loop = asyncio.get_running_loop()
    if loop not in _slots:
        _slots.clear()  # one event loop per process in practice; tests start new ones
        _slots[loop] = asyncio.Semaphore(max(1, pool_size // 2))
    return _slots[loop]


class LeaseLost(Exception):
    """The job is no longer ours: reaped as stale, or deleted with its account."""


class _Lease:
    def __init__(self, deps: Deps, job_id: uuid.UUID, attempt: int, interval: float) -> None:
        self.deps = deps
        self.job_id = job_id
        self.attempt = attempt
        self.interval = interval
        self._last = 0.0

    def mine(self):  # type: ignore[no-untyped-def]
        return ExportJob.filter(id=self.job_id, status=ExportStatus.RUNNING, attempts=self.attempt)

    async def beat(self, rows_done: int, *, force: bool = False) -> None:
        if not force and time.monotonic() - self._last < self.interval:
            return
        self._last = time.monotonic()
        if not await self.mine().update(rows_done=rows_done, heartbeat_at=self.deps.now()):
            raise LeaseLost()


async def run_export(
    deps: Deps, job_id: uuid.UUID, *, batch_size: int | None = None, beat_interval: float = BEAT_INTERVAL
) -> str:
    # Waiting here leaves the job QUEUED (not claimed), so no heartbeat is owed meanwhile.
    async with _export_slots(deps.settings.db_pool_size):
        return await _run(deps, job_id, batch_size=batch_size, beat_interval=beat_interval)


async def _run(deps: Deps, job_id: uuid.UUID, *, batch_size: int | None, beat_interval: float) -> str:
    now = deps.now()
    claimed = await ExportJob.filter(id=job_id, status=ExportStatus.QUEUED, attempts__lt=MAX_ATTEMPTS).update(
        status=ExportStatus.RUNNING, attempts=F("attempts") + 1, started_at=now, heartbeat_at=now,
        rows_done=0, error=None,
    )
    if not claimed:
        # Interrupted MAX_ATTEMPTS times already (e.g. it outlives the job timeout every time).
        async with in_transaction():
            gave_up = await ExportJob.filter(id=job_id, status=ExportStatus.QUEUED, attempts__gte=MAX_ATTEMPTS).update(
                status=ExportStatus.FAILED, error=GAVE_UP, finished_at=now
            )
            deliveries = await _emit_failed(job_id) if gave_up else []
        await events.dispatch(deps, deliveries)
        return "failed" if gave_up else "not-queued"
    job = await ExportJob.get_or_none(id=job_id).select_related("account", "requested_by")
    if job is None:
        return "gone"
    lease = _Lease(deps, job.id, job.attempts, beat_interval)
    settings = deps.settings
    source = ExportSource(job.kind, job.account_id, dict(job.filters or {}), settings.dialect)  # type: ignore[attr-defined]
    if batch_size:
        source.batch_size = source.copy_batch_size = batch_size
    storage = storage_for(settings)
    location = job_file_location(settings, job)
    try:
        writer = ZipCsvWriter(await storage.open_writer(location), f"{source.file_stem}.csv", with_bom=job.with_bom)
    except StorageUnavailable as exc:
        return await _storage_refused(deps, job, lease, exc)
    try:
        total = await source.count()
        if not await lease.mine().update(rows_total=total, heartbeat_at=deps.now()):
            raise LeaseLost()
        rows = await source.stream(writer.write, lease.beat)
        await lease.beat(rows, force=True)
        size = await writer.close()
    except asyncio.CancelledError:
        # Worker shutting down, or arq's job timeout: hand the job back for a retry at once
        # (a hard crash cannot get here; the reaper finds those by their stale heartbeat).
        await writer.discard()
        await lease.mine().update(status=ExportStatus.QUEUED, heartbeat_at=None, error=INTERRUPTED)
        raise
    except LeaseLost:
        await writer.discard()
        log.info("export_abandoned", job_id=str(job.id), attempt=job.attempts)
        return "abandoned"
    except StorageUnavailable as exc:
        await writer.discard()
        return await _storage_refused(deps, job, lease, exc)
    except Exception as exc:
        await writer.discard()
        log.exception("export_failed", job_id=str(job.id))
        async with in_transaction():
            failed = await lease.mine().update(
                status=ExportStatus.FAILED, error=f"The export failed: {type(exc).__name__}.", finished_at=deps.now()
            )
            deliveries = await _emit_failed(job.id) if failed else []
        await events.dispatch(deps, deliveries)
        return "failed"
    return await _finish(deps, job, lease, rows, size, location)


async def _storage_refused(deps: Deps, job: ExportJob, lease: _Lease, exc: StorageUnavailable) -> str:
    """The object store is down or refusing: the job goes back to QUEUED for the reaper's next
    round (another attempt, after a pause), and fails with a clear reason after MAX_ATTEMPTS."""
    log.warning("export_storage_unavailable", job_id=str(job.id), attempt=job.attempts, error=str(exc))
    if job.attempts < MAX_ATTEMPTS:
        await lease.mine().update(status=ExportStatus.QUEUED, heartbeat_at=None, error=STORAGE_RETRY)
        return "storage-retry"
    async with in_transaction():
        failed = await lease.mine().update(status=ExportStatus.FAILED, error=STORAGE_FAILED, finished_at=deps.now())
        deliveries = await _emit_failed(job.id) if failed else []
        outbox_ids = await _mail_failure(deps, job) if failed else []
    await deps.queue.enqueue_emails(outbox_ids)
    await events.dispatch(deps, deliveries)
    return "failed"


async def _mail_failure(deps: Deps, job: ExportJob) -> list[int]:
    requester = job.requested_by
    if requester is None:
        return []
    email = await outbox.record_email(
        deps.settings, template="export_failed", to_email=requester.email, language=str(job.account.language),
        variables={"name": requester.name, "account_name": job.account.name, "file_name": file_name(job)},
        account_id=job.account.id,
    )
    return [email.id]


async def _emit_failed(job_id: uuid.UUID) -> list[int]:
    row = await ExportJob.filter(id=job_id).values("account_id", "kind")
    if not row:
        return []
    return await emit_completed(row[0]["account_id"], job_id, row[0]["kind"], ExportStatus.FAILED)


async def _may_still_export(job: ExportJob, requester: User) -> bool:
    holder = Principal(kind=PrincipalKind.USER, user_id=requester.id, is_platform_operator=requester.is_platform_operator)
    return may_export(await resolve_access(holder, job.account.id), job.kind).allowed


async def _finish(deps: Deps, job: ExportJob, lease: _Lease, rows: int, size: int, location: str) -> str:
    settings = deps.settings
    now = deps.now()
    expires_at = now + settings.lifetimes.export_download
    outbox_ids: list[int] = []
    deliveries: list[int] = []
    async with in_transaction():
        done = await lease.mine().update(
            status=ExportStatus.SUCCEEDED, rows_done=rows, rows_total=rows, size_bytes=size, file_path=location,
            finished_at=now, heartbeat_at=now, expires_at=expires_at,
        )
        if done:
            job.status, job.file_path, job.expires_at = ExportStatus.SUCCEEDED, location, expires_at
            deliveries = await emit_completed(
                job.account.id, job.id, job.kind, ExportStatus.SUCCEEDED, rows=rows
            )
            requester = job.requested_by
            # The mail carries the data (attachment) or a link: only to a requester who may still
            # run this export (access can be revoked while the job waited or ran).
            if requester is not None and await _may_still_export(job, requester):
                variables = {
                    "name": requester.name,
                    "account_name": job.account.name,
                    "url": download_url(settings, job, requester.id),
                    "file_name": file_name(job),
                    "row_count": rows,
                    "expires_at": expires_at.isoformat(timespec="minutes"),
                }
                if size <= ATTACH_MAX_BYTES:
                    variables["attachment_path"] = location
                email = await outbox.record_email(
                    settings, template="export_ready", to_email=requester.email,
                    language=str(job.account.language), variables=variables, account_id=job.account.id,
                )
                outbox_ids.append(email.id)
    if not done:  # deleted with its account (or reaped) while we were zipping: leave nothing behind
        await storage_for(settings).delete(location)
        return "abandoned"
    await deps.queue.enqueue_emails(outbox_ids)
    await events.dispatch(deps, deliveries)
    log.info("export_succeeded", job_id=str(job.id), rows=rows, size=size)
    return "succeeded"
