from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from .enums import AuditOutcome


class AuditEvent(Model):
    """Append-only trail. Plain ids, no foreign keys: events outlive what they describe."""

    id = fields.BigIntField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    account_id = fields.UUIDField(null=True, db_index=True)
    actor_user_id = fields.UUIDField(null=True, db_index=True)
    actor_token_id = fields.UUIDField(null=True)
    actor_kind = fields.CharField(max_length=20)
    action = fields.CharField(max_length=80, db_index=True)
    target_type = fields.CharField(max_length=40, null=True)
    target_id = fields.CharField(max_length=64, null=True, db_index=True)
    outcome = fields.CharEnumField(AuditOutcome, max_length=10)
    reason = fields.CharField(max_length=80, null=True)
    ip = fields.CharField(max_length=64, null=True)
    details = fields.JSONField(default=dict)

    class Meta:
        table = "audit_event"
