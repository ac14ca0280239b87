from __future__ import annotations

from datetime import datetime

import strawberry

from ....services.clients import client_access
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ...types.client import ClientType
from ...types.invitation import InvitationType
from ._lookup import client_for_mutation


@strawberry.input
class GenerateClientSetupUrlInput:
    client_id: strawberry.ID


@strawberry.type
class GenerateClientSetupUrlPayload(Payload):
    url: str | None = strawberry.field(
        default=None, description="The setup URL (valid 30 days): returned, always.", extensions=[Secret()]
    )
    expires_at: datetime | None = None
    invitation: InvitationType | None = None
    client: ClientType | None = None


async def generate_client_setup_url(info: Info, input: GenerateClientSetupUrlInput) -> GenerateClientSetupUrlPayload:
    """A 30-day setup URL for the client's contact; the previous URL stops working."""

    async def body(scope: MutationScope) -> GenerateClientSetupUrlPayload:
        client = await client_for_mutation(info, input.client_id)
        link = await client_access.generate_setup_url(info.context.deps, client, info.context.principal.user_id)
        url = link.issued.url(info.context.settings)
        return GenerateClientSetupUrlPayload(
            url=url, expires_at=link.issued.invitation.expires_at,
            invitation=InvitationType.from_model(link.issued.invitation, url=url), client=ClientType.from_model(client),
        )

    return await run_mutation(info, "client.generate_setup_url", GenerateClientSetupUrlPayload, body)
