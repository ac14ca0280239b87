from __future__ import annotations

import strawberry

from ....policy.capabilities import Level
from ....services.webhooks import webhooks
from ...context import Info
from ...queries.webhooks import load_webhook
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ...types.webhook import WebhookType


@strawberry.input
class RotateWebhookSecretInput:
    webhook_id: strawberry.ID


@strawberry.type
class RotateWebhookSecretPayload(Payload):
    webhook: WebhookType | None = None
    secret: str | None = strawberry.field(
        default=None,
        description="The new secret, shown once. For 24 h messages carry signatures by both secrets.",
        extensions=[Secret()],
    )


async def rotate_webhook_secret(info: Info, input: RotateWebhookSecretInput) -> RotateWebhookSecretPayload:
    async def body(scope: MutationScope) -> RotateWebhookSecretPayload:
        endpoint = await load_webhook(info, input.webhook_id, Level.MANAGE)
        scope.target("Webhook", endpoint.id)
        secret = await webhooks.rotate_secret(info.context.deps, endpoint)
        return RotateWebhookSecretPayload(webhook=WebhookType.from_model(endpoint), secret=secret)

    return await run_mutation(info, "webhook.rotate_secret", RotateWebhookSecretPayload, body)
