from __future__ import annotations

import strawberry

from ....policy.capabilities import Level
from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ._lookup import client_for_mutation


@strawberry.input
class PreviewClientInvitationInput:
    client_id: strawberry.ID
    custom_message: str | None = None


@strawberry.type
class PreviewClientInvitationPayload(Payload):
    subject: str | None = None
    text: str | None = None
    html: str | None = None


async def preview_client_invitation(info: Info, input: PreviewClientInvitationInput) -> PreviewClientInvitationPayload:
    """The e-mail `sendClientInvitation` would send (the link shown as a placeholder). Writes nothing."""

    async def body(scope: MutationScope) -> PreviewClientInvitationPayload:
        client = await client_for_mutation(info, input.client_id, Level.MANAGE)
        rendered = await client_access.preview_invitation(info.context.deps, client, input.custom_message)
        return PreviewClientInvitationPayload(subject=rendered.subject, text=rendered.text, html=rendered.html)

    return await run_mutation(info, "client.preview_invitation", PreviewClientInvitationPayload, body)
