from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import ExportKind, ExportStatus


class ExportJob(Entity):
    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="export_jobs", on_delete=fields.CASCADE
    )
    requested_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="export_jobs", db_index=True, null=True, on_delete=fields.SET_NULL
    )
    kind = fields.CharEnumField(ExportKind, max_length=14)
    status = fields.CharEnumField(ExportStatus, max_length=10, default=ExportStatus.QUEUED, db_index=True)
    filters = fields.JSONField(default=dict)
    with_bom = fields.BooleanField(default=False)
    rows_done = fields.BigIntField(default=0)
    rows_total = fields.BigIntField(null=True)
    size_bytes = fields.BigIntField(null=True)
    file_path = fields.CharField(max_length=500, null=True)
    error = fields.TextField(null=True)
    attempts = fields.IntField(default=0)
    started_at = fields.DatetimeField(null=True)
    heartbeat_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "export_job"
