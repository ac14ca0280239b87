"""Webhooks: endpoints an account registers, the events it emits, one delivery per endpoint."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from .base import Entity
from .enums import WebhookDeliveryStatus


class WebhookEndpoint(Entity):
    """An http(s) URL an account's Admins registered, with the events it subscribes to.

    The signing secret is stored encrypted (it must be readable to sign); the previous secret
    stays valid for signing during a grace period after a rotation.
    """

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    url = fields.CharField(max_length=2000)
    description = fields.CharField(max_length=500, null=True)
    events = fields.JSONField(default=list)  # event type names, e.g. ["user.activated"]
    enabled = fields.BooleanField(default=True)
    secret_encrypted = fields.TextField()
    previous_secret_encrypted = fields.TextField(null=True)
    previous_secret_expires_at = fields.DatetimeField(null=True)
    created_by_id = fields.UUIDField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "webhook_endpoint"


class WebhookEvent(Model):
    """Something that happened in an account, written in the transaction of the change.

    Its id is the Standard Webhooks message id (`webhook-id`), the same on every attempt.
    """

    id = fields.UUIDField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    account_id = fields.UUIDField(db_index=True)
    event_type = fields.CharField(max_length=60)
    subject = fields.CharField(max_length=120)  # deliveries of one subject keep their order
    payload = fields.JSONField(default=dict)

    class Meta:
        table = "webhook_event"


class WebhookDelivery(Model):
    """The outbox row: one event owed to one endpoint. Re-delivery adds a new row."""

    id = fields.BigIntField(primary_key=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    event: fields.ForeignKeyRelation[WebhookEvent] = fields.ForeignKeyField(
        "models.WebhookEvent", related_name="deliveries", on_delete=fields.CASCADE
    )
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE
    )
    account_id = fields.UUIDField()
    subject = fields.CharField(max_length=120)
    status = fields.CharEnumField(WebhookDeliveryStatus, max_length=10, default=WebhookDeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(db_index=True)
    locked_until = fields.DatetimeField(null=True)
    last_attempt_at = fields.DatetimeField(null=True)
    last_status_code = fields.IntField(null=True)
    last_error = fields.CharField(max_length=500, null=True)
    last_duration_ms = fields.IntField(null=True)
    response_excerpt = fields.CharField(max_length=500, null=True)
    delivered_at = fields.DatetimeField(null=True)
    attempt_log = fields.JSONField(default=list)  # the last attempts: [{at, statusCode, error, durationMs}]
    redelivery_of_id = fields.BigIntField(null=True)

    class Meta:
        table = "webhook_delivery"
        indexes = (("endpoint", "subject", "status"), ("status", "next_attempt_at"))
