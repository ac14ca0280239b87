from __future__ import annotations

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientUserType
from ...types.invitation import InvitationType
from ._lookup import client_user_for_mutation


@strawberry.input
class ResendClientUserInvitationInput:
    client_user_id: strawberry.ID


@strawberry.type
class ResendClientUserInvitationPayload(Payload):
    client_user: ClientUserType | None = None
    invitation: InvitationType | None = None


async def resend_client_user_invitation(
    info: Info, input: ResendClientUserInvitationInput
) -> ResendClientUserInvitationPayload:
    """Pending users only (seed 000); the previous link is revoked."""

    async def body(scope: MutationScope) -> ResendClientUserInvitationPayload:
        client_user = await client_user_for_mutation(info, input.client_user_id)
        link = await client_access.resend_client_user_invitation(
            info.context.deps, client_user, info.context.principal.user_id
        )
        settings = info.context.settings
        url = None if settings.smtp_enabled else link.issued.url(settings)
        return ResendClientUserInvitationPayload(
            client_user=ClientUserType.from_model(client_user),
            invitation=InvitationType.from_model(link.issued.invitation, url=url),
        )

    return await run_mutation(info, "client_user.resend_invitation", ResendClientUserInvitationPayload, body)
