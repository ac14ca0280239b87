"""Domain events for webhooks: the catalogue and `emit`, the one call other areas make.

    async with in_transaction():
        ...change...
        delivery_ids = await events.emit(account.id, "membership.updated", {"membershipId": ...},
                                         subject=events.ref("Membership", membership.id))
    await events.dispatch(deps, delivery_ids)      # after commit: deliver now (optional)

`emit` writes one WebhookEvent and one WebhookDelivery (the outbox row) per enabled endpoint of
the account subscribed to the event, inside the caller's transaction: when the change rolls back,
nothing is owed. `dispatch` enqueues delivery right away; without it (or when Redis is down) the
`sweep_webhook_deliveries` cron job finds the rows within seconds. Deliveries of one subject to
one endpoint go out in the order they were emitted.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from ...models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from .clock import utcnow
from .deps import Deps


class EventType(StrEnum):
    USER_INVITED = "user.invited"
    USER_ACTIVATED = "user.activated"
    MEMBERSHIP_UPDATED = "membership.updated"
    MEMBERSHIP_REMOVED = "membership.removed"
    ROLE_UPDATED = "role.updated"
    CLIENT_STATUS_CHANGED = "client.status_changed"
    ACCOUNT_STATUS_CHANGED = "account.status_changed"
    EXPORT_COMPLETED = "export.completed"
    DOMAIN_ADDED = "domain.added"
    DOMAIN_VERIFIED = "domain.verified"
    DOMAIN_UNVERIFIED = "domain.unverified"
    DOMAIN_REMOVED = "domain.removed"
    SSO_UPDATED = "sso.updated"


EVENT_TYPES: tuple[str, ...] = tuple(e.value for e in EventType)


class UnknownEventType(ValueError):
    """A programming error: emit() was called with a name outside the catalogue."""


def ref(type_name: str, raw_id: uuid.UUID | str) -> str:
    """The object's global ID, exactly as the GraphQL API shows it (graphql.ids.encode_id)."""
    return base64.urlsafe_b64encode(f"{type_name}:{raw_id}".encode()).decode().rstrip("=")


async def emit(
    account_id: uuid.UUID,
    event_type: str | EventType,
    data: dict[str, Any],
    *,
    subject: str | None = None,
) -> list[int]:
    """Call inside the transaction of the change. Returns the delivery ids (for `dispatch`).

    `subject` orders deliveries (same subject → same order as emitted); by default the
    `id` found in `data`, else the event type.
    """
    try:
        kind = EventType(event_type)
    except ValueError as exc:
        raise UnknownEventType(f"unknown webhook event type {event_type!r}") from exc
    endpoints = await WebhookEndpoint.filter(account_id=account_id, enabled=True).values("id", "events")
    subscribed = [e["id"] for e in endpoints if kind.value in (e["events"] or [])]
    if not subscribed:
        return []
    now = utcnow()
    subject_key = (subject or str(data.get("id") or kind.value))[:120]
    event = await WebhookEvent.create(
        id=uuid.uuid4(),
        account_id=account_id,
        event_type=kind.value,
        subject=subject_key,
        payload={
            "type": kind.value,
            "timestamp": now.isoformat(),
            "data": {"accountId": ref("Account", account_id), **data},
        },
    )
    ids: list[int] = []
    for endpoint_id in subscribed:
        delivery = await WebhookDelivery.create(
            event_id=event.id,
            endpoint_id=endpoint_id,
            account_id=account_id,
            subject=subject_key,
            next_attempt_at=now,
        )
        ids.append(delivery.id)
    return ids


async def emit_many(
    account_id: uuid.UUID,
    event_type: str | EventType,
    items: Sequence[tuple[dict[str, Any], str | None]],
) -> list[int]:
    """`emit` for a batch of (data, subject) — bulk mutations: one endpoint look-up and two
    multi-row inserts whatever the batch size, nothing at all when nobody listens."""
    try:
        kind = EventType(event_type)
    except ValueError as exc:
        raise UnknownEventType(f"unknown webhook event type {event_type!r}") from exc
    if not items:
        return []
    endpoints = await WebhookEndpoint.filter(account_id=account_id, enabled=True).values("id", "events")
    subscribed = [e["id"] for e in endpoints if kind.value in (e["events"] or [])]
    if not subscribed:
        return []
    now = utcnow()
    created = [
        WebhookEvent(
            id=uuid.uuid4(),
            account_id=account_id,
            event_type=kind.value,
            subject=(subject or str(data.get("id") or kind.value))[:120],
            payload={
                "type": kind.value,
                "timestamp": now.isoformat(),
                "data": {"accountId": ref("Account", account_id), **data},
            },
        )
        for data, subject in items
    ]
    await WebhookEvent.bulk_create(created, batch_size=500)
    await WebhookDelivery.bulk_create(
        [
            WebhookDelivery(
                event_id=event.id, endpoint_id=endpoint_id, account_id=account_id, subject=event.subject,
                next_attempt_at=now,
            )
            for event in created
            for endpoint_id in subscribed
        ],
        batch_size=500,
    )
    return list(
        await WebhookDelivery.filter(event_id__in=[e.id for e in created]).order_by("id").values_list("id", flat=True)
    )


async def dispatch(deps: Deps, delivery_ids: list[int]) -> None:
    """After commit: deliver now instead of waiting for the sweep. Never fails the caller."""
    for delivery_id in delivery_ids:
        await deps.queue.enqueue("deliver_webhook", delivery_id)
