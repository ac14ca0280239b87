from __future__ import annotations

import strawberry
from strawberry import UNSET

from ....services.clients import clients
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.client import ClientPermission, ClientType
from ._lookup import client_for_mutation

_FIELDS = ("display_name", "partner_client_id", "first_name", "last_name", "company", "address",
           "phone1", "phone2", "notes", "permissions")


@strawberry.input(description="Only the fields given change; the e-mail never does.")
class UpdateClientInput:
    client_id: strawberry.ID
    display_name: str | None = UNSET
    partner_client_id: str | None = UNSET
    first_name: str | None = UNSET
    last_name: str | None = UNSET
    company: str | None = UNSET
    address: str | None = UNSET
    phone1: str | None = UNSET
    phone2: str | None = UNSET
    notes: str | None = UNSET
    permissions: list[ClientPermission] | None = UNSET  # type: ignore[valid-type]


@strawberry.type
class UpdateClientPayload(Payload):
    client: ClientType | None = None


async def update_client(info: Info, input: UpdateClientInput) -> UpdateClientPayload:
    async def body(scope: MutationScope) -> UpdateClientPayload:
        client = await client_for_mutation(info, input.client_id)
        given = {name for name in _FIELDS if getattr(input, name) is not UNSET}
        values = {name: getattr(input, name) for name in given}
        if "permissions" in values:
            values["permissions"] = [str(p.value if hasattr(p, "value") else p) for p in values["permissions"] or []]
        scope.details["fields"] = sorted(given)
        updated = await clients.update_client(client, clients.ClientFields(**values), given)
        return UpdateClientPayload(client=ClientType.from_model(updated))

    return await run_mutation(info, "client.update", UpdateClientPayload, body)
