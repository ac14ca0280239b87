"""Finding a client (or client user) for a mutation: tenant-checked, NOT_FOUND across tenants."""

from __future__ import annotations

import strawberry

from ....models import Client, ClientUser
from ....policy.capabilities import Capability, Level
from ...context import Info
from ...errors import NotFound
from ...guards import authorize, require_writer
from ...ids import decode_typed


async def client_for_mutation(info: Info, client_gid: strawberry.ID, level: Level = Level.MANAGE) -> Client:
    require_writer(info)
    client = await Client.get_or_none(id=decode_typed(client_gid, "Client"))
    if client is None:
        raise NotFound()
    scope = info.context.mutation_scope
    if scope is not None:
        scope.target("Client", client.id)
    await authorize(info, client.account_id, Capability.CLIENTS, level)  # type: ignore[attr-defined]
    return client


async def client_user_for_mutation(info: Info, client_user_gid: strawberry.ID) -> ClientUser:
    require_writer(info)
    row = await ClientUser.get_or_none(id=decode_typed(client_user_gid, "ClientUser")).select_related("user", "client")
    if row is None:
        raise NotFound()
    scope = info.context.mutation_scope
    if scope is not None:
        scope.target("ClientUser", row.id)
    await authorize(info, row.client.account_id, Capability.CLIENTS, Level.MANAGE)
    return row
