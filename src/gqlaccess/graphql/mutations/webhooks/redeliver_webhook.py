from __future__ import annotations

import strawberry

from ....models import WebhookDelivery, WebhookEvent
from ....policy.capabilities import Level
from ....services.core import events
from ....services.webhooks import webhooks
from ...context import Info
from ...errors import NotFound
from ...guards import authorize, require_principal
from ...ids import decode_sealed_int
from ...runner import MutationScope, Payload, run_mutation
from ...types.webhook import WEBHOOK_CAPABILITY, WebhookDeliveryType


def decode_delivery_id(info: Info, global_id: str) -> int:
    return decode_sealed_int(global_id, "WebhookDelivery", info.context.settings.secret_key)


@strawberry.input
class RedeliverWebhookInput:
    delivery_id: strawberry.ID


@strawberry.type
class RedeliverWebhookPayload(Payload):
    delivery: WebhookDeliveryType | None = None


async def redeliver_webhook(info: Info, input: RedeliverWebhookInput) -> RedeliverWebhookPayload:
    """Sends the same message again (same webhook-id) as a new delivery."""

    async def body(scope: MutationScope) -> RedeliverWebhookPayload:
        require_principal(info)
        original = await WebhookDelivery.get_or_none(id=decode_delivery_id(info, input.delivery_id))
        if original is None:
            raise NotFound()
        await authorize(info, original.account_id, WEBHOOK_CAPABILITY, Level.MANAGE)
        scope.target("WebhookDelivery", str(original.id))
        delivery = await webhooks.redeliver(info.context.deps, original)
        await events.dispatch(info.context.deps, [delivery.id])
        event = await WebhookEvent.get(id=delivery.event_id)  # type: ignore[attr-defined]
        return RedeliverWebhookPayload(delivery=WebhookDeliveryType.from_model(delivery, event, info.context.settings.secret_key))

    return await run_mutation(info, "webhook.redeliver", RedeliverWebhookPayload, body)
