from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

import strawberry
from tortoise.expressions import Q

from ...models import Account, Client, ClientUser
from ...models.enums import ClientStatus as StoredClientStatus
from ...policy.capabilities import Capability, Level
from ...policy.principal import PrincipalKind
from ...services.clients.client_access import assignments_of, visible_clients
from ...services.clients.clients import search_filter
from ..context import Info
from ..errors import BadUserInput, NotFound
from ..guards import authorize, require_principal
from ..ids import decode_typed
from ..loaders import load_client_assignments
from ..lookahead import selects_below
from ..pagination import Connection, build_connection, decode_cursor, encode_cursor, page_size
from ..permissions import Requires, Who
from ..types.client import CLIENT_FIELDS, AssignedResource, ClientType, ClientUserType
from ..types.enums import ClientStatus
from ..types.hosting import ClientPortalEntry
from .users import OrderDirection  # one OrderDirection for the whole schema


@strawberry.enum
class ClientOrderField(StrEnum):
    NAME = "NAME"
    CREATED_AT = "CREATED_AT"


@strawberry.input
class ClientOrder:
    field: ClientOrderField = ClientOrderField.NAME
    direction: OrderDirection = OrderDirection.ASC


_SORT_COLUMN = {ClientOrderField.NAME: "display_name", ClientOrderField.CREATED_AT: "created_at"}


async def load_client(info: Info, client_gid: strawberry.ID, level: Level) -> Client:
    """The client, if the viewer reaches its account; NOT_FOUND otherwise (like a missing one)."""
    client = await Client.get_or_none(id=decode_typed(client_gid, "Client"))
    if client is None:
        raise NotFound()
    await authorize(info, client.account_id, Capability.CLIENTS, level)  # type: ignore[attr-defined]
    return client


@strawberry.type
class ClientQueries:
    @strawberry.field(description="An account's clients: search on contact fields and company, filter by status.")
    async def clients(
        self,
        info: Info,
        account_id: strawberry.ID,
        search: str | None = None,
        status: ClientStatus | None = None,  # type: ignore[valid-type]
        order_by: ClientOrder | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[ClientType]:
        account = decode_typed(account_id, "Account")
        await authorize(info, account, Capability.CLIENTS, Level.VIEW)
        limit = page_size(first)
        order = order_by or ClientOrder()
        column = _SORT_COLUMN[order.field]
        descending = order.direction == OrderDirection.DESC
        query = Client.filter(account_id=account)
        condition = search_filter(search)
        if condition is not None:
            query = query.filter(condition)
        if status is not None:
            query = query.filter(status=StoredClientStatus(status))
        total = await query.count()
        cursor = decode_cursor(after)
        page_query = query
        if cursor is not None:
            if len(cursor) != 2:
                raise BadUserInput("Malformed cursor.")
            value, last_id = cursor
            op = "lt" if descending else "gt"
            try:
                if column == "created_at":
                    value = datetime.fromisoformat(str(value))
                last_id = uuid.UUID(str(last_id))
            except ValueError as exc:
                raise BadUserInput("Malformed cursor.") from exc
            page_query = page_query.filter(
                Q(**{f"{column}__{op}": value}) | (Q(**{column: value}) & Q(**{f"id__{op}": last_id}))
            )
        prefix = "-" if descending else ""
        rows = await page_query.order_by(f"{prefix}{column}", f"{prefix}id").limit(limit + 1).values(*CLIENT_FIELDS)
        has_next = len(rows) > limit
        rows = rows[:limit]
        nodes = [ClientType.from_row(row) for row in rows]
        if rows and selects_below(info, ("edges", "node", "assignedResources")):
            # The page's assignments in one query, attached so that the field resolves synchronously.
            assignments = await load_client_assignments([row["id"] for row in rows])
            for node, assigned in zip(nodes, assignments, strict=True):
                node.prefetched_resources = [AssignedResource.from_row(a) for a in assigned]

        def cursor_of(row: dict[str, Any]) -> str:
            value = row[column]
            return encode_cursor([value.isoformat() if hasattr(value, "isoformat") else value, str(row["id"])])

        return build_connection(
            nodes, [cursor_of(row) for row in rows],
            has_next=has_next, has_previous=cursor is not None, total=total,
        )

    @strawberry.field(
        description="A client's users (the contact and those added by e-mail).",
        extensions=[Requires(Who.AUTHENTICATED)],  # before the client is looked up: no existence oracle
    )
    async def client_users(self, info: Info, client_id: strawberry.ID) -> list[ClientUserType]:
        client = await load_client(info, client_id, Level.VIEW)
        rows = await ClientUser.filter(client_id=client.id).select_related("user").order_by("created_at", "id")
        return [ClientUserType.from_model(r) for r in rows]

    @strawberry.field(
        description="What a client user sees: their client(s), assigned resources and permissions, read-only. "
        "With a view-as-client token: exactly that client."
    )
    async def client_portal(self, info: Info) -> list[ClientPortalEntry]:
        principal = require_principal(info)
        if principal.kind not in (PrincipalKind.USER, PrincipalKind.IMPERSONATION):
            return []
        clients = await visible_clients(principal.user_id, principal.impersonated_client_id)
        if not clients:
            return []
        accounts = {a.id: a.name for a in await Account.filter(id__in=[c.account_id for c in clients])}  # type: ignore[attr-defined]
        assignments = await assignments_of([c.id for c in clients])
        return [
            ClientPortalEntry.build(
                c, accounts.get(c.account_id, ""),  # type: ignore[attr-defined]
                [AssignedResource.from_model(a) for a in assignments[c.id]],
            )
            for c in clients
        ]
