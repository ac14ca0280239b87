from __future__ import annotations

import uuid
from datetime import datetime

import strawberry

from ...models import ExportJob as ExportJobModel
from ...models import enums as model_enums
from ...models.enums import ExportStatus as StoredStatus
from ...policy.exports import may_download
from ...services.exports.exports import download_url
from ..context import Info
from ..ids import encode_id
from .enums import ExportStatus
from .node import Node, register_node

ExportKind = strawberry.enum(model_enums.ExportKind, name="ExportKind")


@strawberry.type(description="Rows written so far out of the rows the filter matched when the export started.")
class ExportProgress:
    rows_done: int
    rows_total: int | None

    @strawberry.field(description="Between 0 and 1; null until the total is known.")
    def fraction(self) -> float | None:
        if self.rows_total is None:
            return None
        return 1.0 if self.rows_total == 0 else min(1.0, self.rows_done / self.rows_total)


@strawberry.type(name="ExportJob", description="An asynchronous CSV export (zipped), with a signed download link.")
class ExportJobType(Node):
    model: strawberry.Private[ExportJobModel]
    kind: ExportKind  # type: ignore[valid-type]
    status: ExportStatus  # type: ignore[valid-type]
    with_bom: bool
    attempts: int
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None = strawberry.field(description="When the file is purged and its links die.")

    @strawberry.field
    def progress(self) -> ExportProgress:
        return ExportProgress(rows_done=self.model.rows_done, rows_total=self.model.rows_total)

    @strawberry.field(description="Data rows in the file (header excluded), once SUCCEEDED.")
    def row_count(self) -> int | None:
        return self.model.rows_done if self.model.status == StoredStatus.SUCCEEDED else None

    @strawberry.field(description="Size of the zip file in bytes (a Float: files may pass 2 GiB).")
    def size_bytes(self) -> float | None:
        return None if self.model.size_bytes is None else float(self.model.size_bytes)

    @strawberry.field(description="A signed link for the viewer, valid until expiresAt; null until SUCCEEDED or once purged.")
    def download_url(self, info: Info) -> str | None:
        user_id = info.context.principal.user_id
        if user_id is None:
            return None
        return download_url(info.context.settings, self.model, user_id)

    @classmethod
    def from_model(cls, job: ExportJobModel) -> ExportJobType:
        return cls(
            model=job,
            id=strawberry.ID(encode_id("ExportJob", job.id)),
            kind=job.kind,
            status=job.status,
            with_bom=job.with_bom,
            attempts=job.attempts,
            error=job.error,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            expires_at=job.expires_at,
        )


async def visible_job(info: Info, job_id: uuid.UUID) -> tuple[ExportJobModel | None, str | None]:
    """(job, None) when the viewer may see it; (None, reason) in its account; (None, None) elsewhere."""
    job = await ExportJobModel.get_or_none(id=job_id)
    if job is None:
        return None, None
    access = await info.context.access(job.account_id)  # type: ignore[attr-defined]
    if access is None:
        return None, None
    user_id = info.context.principal.user_id
    decision = may_download(access, job.kind, is_requester=user_id is not None and job.requested_by_id == user_id)  # type: ignore[attr-defined]
    return (job, None) if decision.allowed else (None, decision.reason)


@register_node("ExportJob")
async def _export_job_node(info: Info, job_id: uuid.UUID) -> ExportJobType | None:
    job, _ = await visible_job(info, job_id)
    return ExportJobType.from_model(job) if job else None
