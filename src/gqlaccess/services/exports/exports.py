"""Export jobs: requesting one, signed download links, and the sweeps that keep jobs honest.

Download links are capabilities: `/exports/download/<token>`, where the token is an
itsdangerous signature (settings.secret_key, its own salt) over {job, user the link was issued
to, expiry}. An e-mailed link is opened in a browser that sends no bearer header, so the
signature is what authorises the download; the web route still re-checks, at download time,
that this user is the requester (and may still run the export) or an Admin of the account, so a
removed member's links die with their membership.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import structlog
from itsdangerous import BadSignature, URLSafeSerializer
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import Account, ExportJob, Role, User
from ...models.enums import ExportKind, ExportStatus
from ...policy.access import resolve_access
from ...policy.exports import may_download
from ...policy.principal import Principal, PrincipalKind
from ..core import events
from ..core.deps import Deps
from ..core.errors import ErrorCode, ErrorCollector
from .storage import ExportStorage, StoredObject, storage_for

log = structlog.get_logger(__name__)

LINK_SALT = "export-download"
MAX_SEARCH_LENGTH = 200
# A RUNNING job whose heartbeat is older than this lost its worker (it beats after every batch).
STALE_AFTER = timedelta(minutes=2)
# A QUEUED job older than this was probably lost by Redis: enqueue it again.
REQUEUE_AFTER = timedelta(minutes=2)
MAX_ATTEMPTS = 3
INTERRUPTED = "Interrupted (worker lost or stopped); retrying."
GAVE_UP = "The export was interrupted too many times (worker lost, or it outlived the job timeout)."
SWEEP_BATCH = 500
# Files without a job are removed only once this old (a finishing job renames before it records).
ORPHAN_GRACE = timedelta(hours=1)


def run_job_id(job: ExportJob) -> str:
    """The arq job id: one per attempt, so a retry is never deduplicated against the last try."""
    return f"export:{job.id}:{job.attempts}"


def job_file_location(settings: Settings, job: ExportJob) -> str:
    """One file per attempt, so an attempt presumed dead can never clobber its retry's file."""
    return storage_for(settings).location(str(job.account_id), f"{job.id}.{job.attempts}.zip")  # type: ignore[attr-defined]


_FILE_STEMS = {ExportKind.CLIENTS: "clients", ExportKind.USERS: "users", ExportKind.AUDIT_EVENTS: "audit-events"}


def file_name(job: ExportJob) -> str:
    return f"{_FILE_STEMS[ExportKind(job.kind)]}-{job.created_at:%Y%m%d-%H%M%S}.zip"


# ---- requesting ---------------------------------------------------------------------------------


async def request_export(
    deps: Deps,
    *,
    account_id: uuid.UUID,
    requested_by_id: uuid.UUID,
    kind: ExportKind,
    filters: dict[str, Any],
    with_bom: bool,
) -> ExportJob:
    """Validates the filter, records a QUEUED job and enqueues `run_export`. Returns at once."""
    errors = ErrorCollector()
    search = filters.get("search")
    if search is not None and len(search) > MAX_SEARCH_LENGTH:
        errors.add("filter.search", ErrorCode.TOO_LONG, f"At most {MAX_SEARCH_LENGTH} characters.")
    action = filters.get("action")
    if isinstance(action, str) and len(action) > MAX_SEARCH_LENGTH:
        errors.add("filter.action", ErrorCode.TOO_LONG, f"At most {MAX_SEARCH_LENGTH} characters.")
    since, until = filters.get("since"), filters.get("until")
    if isinstance(since, datetime) and isinstance(until, datetime) and since >= until:
        errors.add("filter.until", ErrorCode.INVALID, "`until` must come after `since`.")
    role_id = filters.get("role_id")
    if role_id is not None:
        role = await Role.get_or_none(id=role_id)
        if role is None or role.account_id not in (None, account_id):  # type: ignore[attr-defined]
            errors.add("filter.roleId", ErrorCode.NOT_FOUND, "No such role in this account.")
    errors.raise_if_any()
    stored = {k: _json_value(v) for k, v in filters.items() if v not in (None, "")}
    job = await ExportJob.create(
        account_id=account_id, requested_by_id=requested_by_id, kind=kind, filters=stored, with_bom=with_bom
    )
    await deps.queue.enqueue("run_export", str(job.id), job_id=run_job_id(job))
    return job


def _json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


# ---- signed links -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkClaim:
    job_id: uuid.UUID
    user_id: uuid.UUID
    expires_at: datetime


class LinkRefused(Exception):
    """Tampered, malformed or expired: the route answers 403."""


def _serializer(settings: Settings) -> URLSafeSerializer:
    return URLSafeSerializer(settings.secret_key, salt=LINK_SALT)


def download_url(settings: Settings, job: ExportJob, user_id: uuid.UUID) -> str | None:
    """A link for this user to this job's file, valid until the file's retention ends."""
    if job.status != ExportStatus.SUCCEEDED or job.file_path is None or job.expires_at is None:
        return None
    token = _serializer(settings).dumps(
        {"j": str(job.id), "u": str(user_id), "x": int(job.expires_at.timestamp())}
    )
    return f"{settings.public_url}/exports/download/{token}"


def read_link(settings: Settings, token: str, now: datetime) -> LinkClaim:
    try:
        data = _serializer(settings).loads(token)
        claim = LinkClaim(
            job_id=uuid.UUID(data["j"]),
            user_id=uuid.UUID(data["u"]),
            expires_at=datetime.fromtimestamp(int(data["x"]), tz=now.tzinfo),
        )
    except (BadSignature, KeyError, TypeError, ValueError) as exc:
        raise LinkRefused("bad signature") from exc
    if claim.expires_at <= now:
        raise LinkRefused("expired")
    return claim


async def emit_completed(
    account_id: uuid.UUID, job_id: uuid.UUID, kind: str, status: ExportStatus, rows: int | None = None
) -> list[int]:
    """`export.completed` (succeeded or failed), in the transaction that finishes the job.
    Never the download link: it is a bearer secret for the requester only."""
    job_ref = events.ref("ExportJob", job_id)
    data: dict[str, Any] = {"id": job_ref, "kind": str(kind), "status": str(status)}
    if rows is not None:
        data["rowCount"] = rows
    return await events.emit(account_id, events.EventType.EXPORT_COMPLETED, data, subject=job_ref)


# ---- sweeps -------------------------------------------------------------------------------------


async def reap_stale_jobs(deps: Deps, *, stale_after: timedelta = STALE_AFTER) -> dict[str, int]:
    """A worker that died mid-export stops beating: its job goes back to QUEUED (and is enqueued
    again) until MAX_ATTEMPTS, then FAILED. Never RUNNING forever. Set-based and idempotent."""
    now = deps.now()
    cutoff = now - stale_after
    stale = Q(status=ExportStatus.RUNNING) & (Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True))
    given_up = await ExportJob.filter(stale, attempts__gte=MAX_ATTEMPTS).limit(SWEEP_BATCH).values(
        "id", "account_id", "kind"
    )
    failed = 0
    deliveries: list[int] = []
    for row in given_up:  # one by one: each job owes its own `export.completed`
        async with in_transaction():
            if await ExportJob.filter(stale, id=row["id"], attempts__gte=MAX_ATTEMPTS).update(
                status=ExportStatus.FAILED, error=GAVE_UP, finished_at=now
            ):
                failed += 1
                deliveries += await emit_completed(row["account_id"], row["id"], row["kind"], ExportStatus.FAILED)
    await events.dispatch(deps, deliveries)
    retried = await ExportJob.filter(stale, attempts__lt=MAX_ATTEMPTS).update(
        status=ExportStatus.QUEUED, heartbeat_at=None, error=INTERRUPTED
    )
    # Every QUEUED job left waiting (just reaped, or lost by Redis) is enqueued again.
    waiting = await (
        ExportJob.filter(
            Q(status=ExportStatus.QUEUED) & (Q(created_at__lt=now - REQUEUE_AFTER) | Q(error__isnull=False))
        )
        .order_by("created_at")
        .limit(SWEEP_BATCH)
    )
    for job in waiting:
        await deps.queue.enqueue("run_export", str(job.id), job_id=run_job_id(job))
    if failed or retried:
        log.warning("exports_reaped", failed=failed, retried=retried)
    return {"failed": failed, "retried": retried, "enqueued": len(waiting)}


async def purge_expired_files(deps: Deps) -> dict[str, int]:
    """Deletes export files past retention (the job row stays, without a file or link), then
    files whose job or account is gone, and leftover partial files. Batched, idempotent."""
    storage = storage_for(deps.settings)
    now = deps.now()
    purged = 0
    while True:
        batch = await (
            ExportJob.filter(expires_at__lt=now, file_path__isnull=False)
            .order_by("id")
            .limit(SWEEP_BATCH)
            .values_list("id", "file_path")
        )
        if not batch:
            break
        for _, location in batch:
            await storage.delete(location)
        purged += await ExportJob.filter(id__in=[job_id for job_id, _ in batch]).update(file_path=None)
    orphans = await _purge_orphans(storage, now - ORPHAN_GRACE)
    return {"purged": purged, "orphans": orphans}


async def _purge_orphans(storage: ExportStorage, older_than: datetime) -> int:
    """Files of deleted accounts; files of deleted jobs and stale `.part` files once older than the
    grace (a finishing job writes its file before it records it)."""
    removed = 0
    batch: list[StoredObject] = []

    async def sweep(objects: list[StoredObject]) -> int:
        account_ids = [i for i in {_as_uuid(o.account_dir) for o in objects} if i]
        alive = {str(a) for a in await Account.filter(id__in=account_ids).values_list("id", flat=True)}
        job_ids = [i for i in (_as_uuid(o.name.split(".", 1)[0]) for o in objects) if i]
        kept = {
            str(j) for j in await ExportJob.filter(id__in=job_ids, file_path__isnull=False).values_list("id", flat=True)
        }
        count = 0
        for account_dir in sorted({o.account_dir for o in objects} - alive):
            count += await storage.delete_account(account_dir)
        for o in objects:
            settled = o.modified is None or o.modified < older_than
            if o.account_dir in alive and settled and (o.name.endswith(".part") or o.name.split(".", 1)[0] not in kept):
                await storage.delete(o.location)
                count += 1
        return count

    async for stored in storage.list_objects():
        batch.append(stored)
        if len(batch) >= SWEEP_BATCH:
            removed += await sweep(batch)
            batch = []
    if batch:
        removed += await sweep(batch)
    return removed


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


# ---- downloading --------------------------------------------------------------------------------


class FileGone(Exception):
    """The link is genuine but there is nothing to serve (purged, job deleted): 404."""


async def authorize_download(settings: Settings, token: str, bearer: Principal, now: datetime) -> tuple[ExportJob, str]:
    """The file (its storage location) a download link may serve. LinkRefused → 403, FileGone → 404."""
    claim = read_link(settings, token, now)
    job = await ExportJob.get_or_none(id=claim.job_id)
    if job is None or job.status != ExportStatus.SUCCEEDED or job.file_path is None:
        raise FileGone()
    account_id = job.account_id  # type: ignore[attr-defined]
    if bearer.is_authenticated and bearer.user_id != claim.user_id:
        # A bearer, when sent, must be the person the link was issued to or an Admin here.
        bearer_access = await resolve_access(bearer, account_id)
        if bearer_access is None or not may_download(bearer_access, job.kind, is_requester=False).allowed:
            raise LinkRefused("bearer is neither the link's user nor an Admin")
    user = await User.get_or_none(id=claim.user_id)
    if user is None:
        raise LinkRefused("user gone")
    holder = Principal(kind=PrincipalKind.USER, user_id=user.id, is_platform_operator=user.is_platform_operator)
    access = await resolve_access(holder, account_id)
    is_requester = job.requested_by_id == user.id  # type: ignore[attr-defined]
    if not may_download(access, job.kind, is_requester=is_requester).allowed:
        raise LinkRefused("no longer allowed")
    if not await storage_for(settings).exists(job.file_path):
        raise FileGone()
    return job, job.file_path
