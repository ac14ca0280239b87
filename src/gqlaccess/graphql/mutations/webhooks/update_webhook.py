from __future__ import annotations

import strawberry

from ....policy.capabilities import Level
from ....services.webhooks import webhooks
from ...context import Info
from ...queries.webhooks import load_webhook
from ...runner import MutationScope, Payload, run_mutation
from ...types.webhook import WebhookType


@strawberry.input
class UpdateWebhookInput:
    webhook_id: strawberry.ID
    url: str | None = None
    events: list[str] | None = None
    description: str | None = None
    enabled: bool | None = None


@strawberry.type
class UpdateWebhookPayload(Payload):
    webhook: WebhookType | None = None


async def update_webhook(info: Info, input: UpdateWebhookInput) -> UpdateWebhookPayload:
    """Changes the URL, events, description or enabled flag (omitted fields stay as they are)."""

    async def body(scope: MutationScope) -> UpdateWebhookPayload:
        endpoint = await load_webhook(info, input.webhook_id, Level.MANAGE)
        scope.target("Webhook", endpoint.id)
        updated = await webhooks.update_endpoint(
            info.context.deps,
            endpoint,
            url=input.url,
            events=input.events,
            description=input.description,
            enabled=input.enabled,
        )
        scope.details = {"url": updated.url, "events": updated.events, "enabled": updated.enabled}
        return UpdateWebhookPayload(webhook=WebhookType.from_model(updated))

    return await run_mutation(info, "webhook.update", UpdateWebhookPayload, body)
