from __future__ import annotations

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientUserType
from ...types.invitation import InvitationType
from ._lookup import client_user_for_mutation


@strawberry.input
class UpdateClientUserInput:
    client_user_id: strawberry.ID
    email: str | None = strawberry.field(default=None, description="Editable while the user is pending.")


@strawberry.type
class UpdateClientUserPayload(Payload):
    client_user: ClientUserType | None = None
    invitation: InvitationType | None = strawberry.field(default=None, description="The new link, when the e-mail changed.")


async def update_client_user(info: Info, input: UpdateClientUserInput) -> UpdateClientUserPayload:
    async def body(scope: MutationScope) -> UpdateClientUserPayload:
        client_user = await client_user_for_mutation(info, input.client_user_id)
        updated, link = await client_access.update_client_user(
            info.context.deps, client_user, input.email, info.context.principal.user_id
        )
        invitation = None
        if link is not None:
            settings = info.context.settings
            url = None if settings.smtp_enabled else link.issued.url(settings)
            invitation = InvitationType.from_model(link.issued.invitation, url=url)
        return UpdateClientUserPayload(client_user=ClientUserType.from_model(updated), invitation=invitation)

    return await run_mutation(info, "client_user.update", UpdateClientUserPayload, body)
