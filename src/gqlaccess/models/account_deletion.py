from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import ExportStatus


class AccountDeletion(Entity):
    """The visible status of an account deletion (large ones run as a worker job).

    Plain ids, no foreign keys: the record outlives the account it describes.
    """

    account_id = fields.UUIDField(db_index=True)
    account_name = fields.CharField(max_length=200)
    requested_by_id = fields.UUIDField(null=True)
    status = fields.CharEnumField(ExportStatus, max_length=10, default=ExportStatus.QUEUED)
    rows_total = fields.BigIntField(default=0)
    rows_done = fields.BigIntField(default=0)
    users_deleted = fields.IntField(default=0)
    error = fields.TextField(null=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "account_deletion"
