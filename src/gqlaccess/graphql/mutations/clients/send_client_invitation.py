from __future__ import annotations

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientType
from ...types.invitation import InvitationType
from ._lookup import client_for_mutation


@strawberry.input
class SendClientInvitationInput:
    client_id: strawberry.ID
    custom_message: str | None = None


@strawberry.type
class SendClientInvitationPayload(Payload):
    invitation: InvitationType | None = strawberry.field(
        default=None, description="The e-mailed setup link (url only when SMTP is off)."
    )
    client: ClientType | None = None


async def send_client_invitation(info: Info, input: SendClientInvitationInput) -> SendClientInvitationPayload:
    """E-mails the setup URL (30 days) with an optional custom message; refused for a suspended client."""

    async def body(scope: MutationScope) -> SendClientInvitationPayload:
        client = await client_for_mutation(info, input.client_id)
        link = await client_access.send_invitation(
            info.context.deps, client, input.custom_message, info.context.principal.user_id
        )
        settings = info.context.settings
        url = None if settings.smtp_enabled else link.issued.url(settings)
        return SendClientInvitationPayload(
            invitation=InvitationType.from_model(link.issued.invitation, url=url), client=ClientType.from_model(client)
        )

    return await run_mutation(info, "client.send_invitation", SendClientInvitationPayload, body)
