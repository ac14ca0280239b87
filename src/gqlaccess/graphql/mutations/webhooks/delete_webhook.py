from __future__ import annotations

import strawberry

from ....policy.capabilities import Level
from ....services.webhooks import webhooks
from ...context import Info
from ...queries.webhooks import load_webhook
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class DeleteWebhookInput:
    webhook_id: strawberry.ID


@strawberry.type
class DeleteWebhookPayload(Payload):
    deleted_webhook_id: strawberry.ID | None = None


async def delete_webhook(info: Info, input: DeleteWebhookInput) -> DeleteWebhookPayload:
    """Removes the webhook and its pending deliveries."""

    async def body(scope: MutationScope) -> DeleteWebhookPayload:
        endpoint = await load_webhook(info, input.webhook_id, Level.MANAGE)
        scope.target("Webhook", endpoint.id)
        await webhooks.delete_endpoint(endpoint)
        return DeleteWebhookPayload(deleted_webhook_id=input.webhook_id)

    return await run_mutation(info, "webhook.delete", DeleteWebhookPayload, body)
