"""Webhooks of an account, their deliveries, and the event catalogue."""

from __future__ import annotations

import strawberry

from ...models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from ...models.enums import WebhookDeliveryStatus as StoredDeliveryStatus
from ...policy.capabilities import Level
from ...security.crypto import open_int, seal_int
from ...services.core.events import EVENT_TYPES
from ..context import Info
from ..errors import BadUserInput, NotFound
from ..guards import authorize, require_principal
from ..ids import decode_typed
from ..pagination import Connection, build_connection, decode_cursor, encode_cursor, page_size
from ..types.webhook import WEBHOOK_CAPABILITY, WebhookDeliveryStatus, WebhookDeliveryType, WebhookType


async def load_webhook(info: Info, webhook_id: str, level: Level) -> WebhookEndpoint:
    """NOT_FOUND for another tenant's webhook or a missing one; FORBIDDEN without the capability."""
    require_principal(info)
    endpoint = await WebhookEndpoint.get_or_none(id=decode_typed(webhook_id, "Webhook"))
    if endpoint is None:
        raise NotFound()
    await authorize(info, endpoint.account_id, WEBHOOK_CAPABILITY, level)  # type: ignore[attr-defined]
    return endpoint


@strawberry.type
class WebhookQueries:
    @strawberry.field(description="Every event type a webhook may subscribe to.")
    def webhook_event_types(self) -> list[str]:
        return list(EVENT_TYPES)

    @strawberry.field(description="The account's webhooks (Admins).")
    async def webhooks(self, info: Info, account_id: strawberry.ID) -> list[WebhookType]:
        account = decode_typed(account_id, "Account")
        await authorize(info, account, WEBHOOK_CAPABILITY, Level.VIEW)
        rows = await WebhookEndpoint.filter(account_id=account).order_by("created_at", "id")
        return [WebhookType.from_model(row) for row in rows]

    @strawberry.field(description="A webhook's deliveries, newest first, with the status code of each.")
    async def webhook_deliveries(
        self,
        info: Info,
        webhook_id: strawberry.ID,
        status: WebhookDeliveryStatus | None = None,  # type: ignore[valid-type]
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WebhookDeliveryType]:
        endpoint = await load_webhook(info, webhook_id, Level.VIEW)
        limit = page_size(first)
        cursor = decode_cursor(after)
        query = WebhookDelivery.filter(endpoint_id=endpoint.id)
        if status is not None:
            query = query.filter(status=StoredDeliveryStatus(status))
        total = await query.count()
        secret = info.context.settings.secret_key
        if cursor is not None:
            position = open_int(secret, "WebhookDelivery", cursor[0]) if (
                len(cursor) == 1 and isinstance(cursor[0], str)
            ) else None
            if position is None:
                raise BadUserInput("Malformed cursor.")
            query = query.filter(id__lt=position)
        rows = await query.order_by("-id").limit(limit + 1)
        page = rows[:limit]
        events = {e.id: e for e in await WebhookEvent.filter(id__in=[d.event_id for d in page])}  # type: ignore[attr-defined]
        return build_connection(
            [WebhookDeliveryType.from_model(d, events[d.event_id], secret) for d in page],  # type: ignore[attr-defined]
            [encode_cursor([seal_int(secret, "WebhookDelivery", d.id)]) for d in page],
            has_next=len(rows) > limit,
            has_previous=cursor is not None,
            total=total,
        )
