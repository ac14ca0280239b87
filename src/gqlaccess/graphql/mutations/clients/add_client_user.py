from __future__ import annotations

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientUserType
from ...types.invitation import InvitationType
from ._lookup import client_for_mutation


@strawberry.input
class AddClientUserInput:
    client_id: strawberry.ID
    email: str


@strawberry.type
class AddClientUserPayload(Payload):
    client_user: ClientUserType | None = None
    invitation: InvitationType | None = None


async def add_client_user(info: Info, input: AddClientUserInput) -> AddClientUserPayload:
    """A new PENDING client user, invited by e-mail (seed 000)."""

    async def body(scope: MutationScope) -> AddClientUserPayload:
        client = await client_for_mutation(info, input.client_id)
        client_user, link = await client_access.add_client_user(
            info.context.deps, client, input.email, info.context.principal.user_id
        )
        scope.target("ClientUser", client_user.id)
        settings = info.context.settings
        url = None if settings.smtp_enabled else link.issued.url(settings)
        return AddClientUserPayload(
            client_user=ClientUserType.from_model(client_user),
            invitation=InvitationType.from_model(link.issued.invitation, url=url),
        )

    return await run_mutation(info, "client_user.add", AddClientUserPayload, body)
