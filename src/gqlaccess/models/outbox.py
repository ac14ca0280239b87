from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from .enums import OutboxStatus


class OutboxEmail(Model):
    """An e-mail the service owes, written in the transaction of the change that causes it.

    The rendered variables (which may hold a one-time link) are encrypted at rest.
    """

    id = fields.BigIntField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    template = fields.CharField(max_length=60)
    to_email = fields.CharField(max_length=254)
    language = fields.CharField(max_length=2, default="en")
    payload_encrypted = fields.TextField()
    status = fields.CharEnumField(OutboxStatus, max_length=10, default=OutboxStatus.PENDING, db_index=True)
    attempts = fields.IntField(default=0)
    last_error = fields.TextField(null=True)
    next_attempt_at = fields.DatetimeField(null=True)
    claimed_at = fields.DatetimeField(null=True)
    sent_at = fields.DatetimeField(null=True)
    invitation: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Invitation", related_name="emails", null=True, on_delete=fields.SET_NULL
    )
    account_id = fields.UUIDField(null=True)

    class Meta:
        table = "outbox_email"
        indexes = (("status", "next_attempt_at"),)
