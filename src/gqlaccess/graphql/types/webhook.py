from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from ...models import WebhookDelivery as DeliveryModel
from ...models import WebhookEndpoint as EndpointModel
from ...models.enums import WebhookDeliveryStatus as StoredDeliveryStatus
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ..context import Info
from ..ids import encode_id, encode_sealed_int
from .node import Node, register_node

WebhookDeliveryStatus = strawberry.enum(StoredDeliveryStatus, name="WebhookDeliveryStatus")

# Webhooks follow the api_tokens capability: Admin-only and not editable in custom roles.
WEBHOOK_CAPABILITY = Capability.API_TOKENS


@strawberry.type(name="Webhook", description="An endpoint receiving the account's events, signed.")
class WebhookType(Node):
    model: strawberry.Private[EndpointModel]
    url: str
    description: str | None
    events: list[str] = strawberry.field(description="Subscribed event types (see webhookEventTypes).")
    enabled: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_model(cls, endpoint: EndpointModel) -> WebhookType:
        return cls(
            model=endpoint,
            id=strawberry.ID(encode_id("Webhook", endpoint.id)),
            url=endpoint.url,
            description=endpoint.description,
            events=list(endpoint.events or []),
            enabled=endpoint.enabled,
            created_at=endpoint.created_at,
            updated_at=endpoint.updated_at,
        )


@register_node("Webhook")
async def _webhook_node(info: Info, webhook_id) -> WebhookType | None:  # type: ignore[no-untyped-def]
    endpoint = await EndpointModel.get_or_none(id=webhook_id)
    if endpoint is None:
        return None
    access = await info.context.access(endpoint.account_id)  # type: ignore[attr-defined]
    if not may(access, WEBHOOK_CAPABILITY, Level.VIEW).allowed:
        return None
    return WebhookType.from_model(endpoint)


@strawberry.type
class WebhookAttempt:
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int | None


def delivery_gid(delivery_id: int, secret_key: str) -> str:
    """Opaque: a sequence number in the ID let one tenant count every tenant's deliveries."""
    return encode_sealed_int("WebhookDelivery", delivery_id, secret_key)


@strawberry.type(name="WebhookDelivery", description="One event owed to one webhook, with its attempts.")
class WebhookDeliveryType:
    model: strawberry.Private[DeliveryModel]
    id: strawberry.ID
    message_id: str = strawberry.field(description="The webhook-id header: the same on every attempt and re-delivery.")
    event_type: str
    subject: str
    status: WebhookDeliveryStatus  # type: ignore[valid-type]
    attempts: int
    status_code: int | None = strawberry.field(description="HTTP status of the last attempt (null: no answer).")
    error: str | None = strawberry.field(description="Why the last attempt failed without an answer (timeout...).")
    duration_ms: int | None
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    created_at: datetime
    redelivery_of: strawberry.ID | None
    payload: JSON = strawberry.field(description="The JSON body sent.")

    @strawberry.field
    def attempt_log(self) -> list[WebhookAttempt]:
        return [
            WebhookAttempt(
                at=datetime.fromisoformat(entry["at"]),
                status_code=entry.get("statusCode"),
                error=entry.get("error"),
                duration_ms=entry.get("durationMs"),
            )
            for entry in self.model.attempt_log or []
        ]

    @classmethod
    def from_model(cls, delivery: DeliveryModel, event: Any, secret_key: str) -> WebhookDeliveryType:
        pending = delivery.status == StoredDeliveryStatus.PENDING
        return cls(
            model=delivery,
            id=strawberry.ID(delivery_gid(delivery.id, secret_key)),
            message_id=f"msg_{event.id.hex}",
            event_type=event.event_type,
            subject=delivery.subject,
            status=delivery.status,
            attempts=delivery.attempts,
            status_code=delivery.last_status_code,
            error=delivery.last_error,
            duration_ms=delivery.last_duration_ms,
            last_attempt_at=delivery.last_attempt_at,
            next_attempt_at=delivery.next_attempt_at if pending else None,
            delivered_at=delivery.delivered_at,
            created_at=delivery.created_at,
            redelivery_of=strawberry.ID(delivery_gid(delivery.redelivery_of_id, secret_key)) if delivery.redelivery_of_id else None,
            payload=event.payload,
        )
