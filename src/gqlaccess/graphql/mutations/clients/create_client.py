from __future__ import annotations

import strawberry

from ....models import Account
from ....policy.capabilities import Capability, Level
from ....services.clients import clients
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientPermission, ClientType, ClientUserType


@strawberry.input
class CreateClientInput:
    account_id: strawberry.ID
    first_name: str
    last_name: str
    email: str = strawberry.field(description="The client's login; it can never change afterwards.")
    display_name: str | None = None
    partner_client_id: str | None = None
    company: str | None = None
    address: str | None = None
    phone1: str | None = None
    phone2: str | None = None
    notes: str | None = None
    permissions: list[ClientPermission] | None = None  # type: ignore[valid-type]


@strawberry.type
class CreateClientPayload(Payload):
    client: ClientType | None = None
    contact: ClientUserType | None = strawberry.field(default=None, description="The first client user.")


async def create_client(info: Info, input: CreateClientInput) -> CreateClientPayload:
    """A new client (POTENTIAL); its contact becomes its first client user. Unlimited per account."""

    async def body(scope: MutationScope) -> CreateClientPayload:
        access = await authorize(info, decode_typed(input.account_id, "Account"), Capability.CLIENTS, Level.MANAGE)
        account = await Account.get(id=access.account_id)
        fields = clients.ClientFields(
            display_name=input.display_name, partner_client_id=input.partner_client_id,
            first_name=input.first_name, last_name=input.last_name, company=input.company,
            address=input.address, phone1=input.phone1, phone2=input.phone2, notes=input.notes,
            permissions=[str(p.value if hasattr(p, "value") else p) for p in input.permissions or []],
        )
        client, contact = await clients.create_client(account, input.email, fields)
        scope.target("Client", client.id)
        await contact.fetch_related("user")
        return CreateClientPayload(client=ClientType.from_model(client), contact=ClientUserType.from_model(contact))

    return await run_mutation(info, "client.create", CreateClientPayload, body)
