from __future__ import annotations

import strawberry

from ....policy.capabilities import Level
from ....services.webhooks import webhooks
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ...types.webhook import WEBHOOK_CAPABILITY, WebhookType


@strawberry.input
class CreateWebhookInput:
    account_id: strawberry.ID
    url: str
    events: list[str]
    description: str | None = None


@strawberry.type
class CreateWebhookPayload(Payload):
    webhook: WebhookType | None = None
    secret: str | None = strawberry.field(
        default=None, description="The signing secret (whsec_…), shown once: store it now.",
        extensions=[Secret()],
    )


async def create_webhook(info: Info, input: CreateWebhookInput) -> CreateWebhookPayload:
    """Registers an http(s) endpoint for some of the account's events (Admins)."""

    async def body(scope: MutationScope) -> CreateWebhookPayload:
        account_id = decode_typed(input.account_id, "Account")
        await authorize(info, account_id, WEBHOOK_CAPABILITY, Level.MANAGE)
        endpoint, secret = await webhooks.create_endpoint(
            info.context.deps,
            account_id,
            url=input.url,
            events=input.events,
            description=input.description,
            created_by_id=info.context.principal.actor_id,
        )
        scope.target("Webhook", endpoint.id)
        scope.details = {"url": endpoint.url, "events": endpoint.events}
        return CreateWebhookPayload(webhook=WebhookType.from_model(endpoint), secret=secret)

    return await run_mutation(info, "webhook.create", CreateWebhookPayload, body)
