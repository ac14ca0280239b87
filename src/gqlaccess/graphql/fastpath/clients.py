"""clients(...) on the compiled path (issue 8).

The root field goes through the schema's own resolver (authorization, search, filters, keyset
page, totalCount: queries/clients.py), then the connection is built as dicts from its ClientType
nodes; the page's assignments, when selected, come from the `client_assignments` loader's query
in one round trip. Field semantics mirror graphql/types/client.py and pagination.py.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from ...models.enums import ClientStatus, ResourceKind
from ...policy.client_permissions import ClientPermission
from ..ids import encode_id
from ..loaders import load_client_assignments
from .compiler import Selection, Unsupported
from .connection import connection
from .rows import enum_name, iso_datetime

if TYPE_CHECKING:
    from ..types.client import ClientType
    from .executor import Execution


def _permission_names(values: Any) -> list[str]:
    return [p.name for p in values]


async def client_connection(
    execution: Execution, sel: Selection, variables: dict[str, Any], key: Any = None
) -> dict[str, Any]:
    # No look-ahead for the resolver (no `selected_fields`): it leaves the assignments to us.
    info = SimpleNamespace(context=execution.context, selected_fields=())
    result = await execution.roots.call("clients", sel, info, variables, key)
    edges = result.edges
    assignments: list[list[dict[str, Any]]] | None = None
    if edges and _selects_assignments(sel.children):
        assignments = await load_client_assignments([edge.node.pk for edge in edges])

    async def edges_of(child: Selection) -> list[dict[str, Any]]:
        return [_edge(child.children, edge, assignments, i) for i, edge in enumerate(edges)]

    return await connection(sel.children, "ClientConnection", result, edges_of)


def _selects_assignments(selections: list[Selection]) -> bool:
    return any(
        grandchild.name == "assignedResources"
        for edges in selections if edges.name == "edges"
        for node in edges.children if node.name == "node"
        for grandchild in node.children
    )


def _edge(selections: list[Selection], edge: Any, assignments: list[list[dict[str, Any]]] | None,
          index: int) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for sel in selections:
        if sel.name == "cursor":
            item[sel.key] = edge.cursor
        elif sel.name == "node":
            item[sel.key] = _client(sel.children, edge.node, assignments[index] if assignments is not None else [])
        elif sel.name == "__typename":
            item[sel.key] = "ClientEdge"
        else:
            raise Unsupported(sel.name)  # a field without a builder
    return item


def _client(selections: list[Selection], node: ClientType, assigned: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for sel in selections:
        name = sel.name
        key = sel.key
        if name == "id":
            out[key] = node.id
        elif name == "displayName":
            out[key] = node.display_name
        elif name == "partnerClientId":
            out[key] = node.partner_client_id
        elif name == "firstName":
            out[key] = node.first_name
        elif name == "lastName":
            out[key] = node.last_name
        elif name == "email":
            out[key] = node.email
        elif name == "company":
            out[key] = node.company
        elif name == "address":
            out[key] = node.address
        elif name == "phone1":
            out[key] = node.phone1
        elif name == "phone2":
            out[key] = node.phone2
        elif name == "notes":
            out[key] = node.notes
        elif name == "permissions":
            out[key] = _permission_names(node.permissions)
        elif name == "status":
            out[key] = enum_name(ClientStatus, node.status)
        elif name == "invitedAt":
            out[key] = iso_datetime(node.invited_at)
        elif name == "firstLoginAt":
            out[key] = iso_datetime(node.first_login_at)
        elif name == "suspendedAt":
            out[key] = iso_datetime(node.suspended_at)
        elif name == "createdAt":
            out[key] = iso_datetime(node.created_at)
        elif name == "accountId":
            out[key] = encode_id("Account", node.account_pk)
        elif name == "assignedResources":
            out[key] = [_assigned(sel.children, row) for row in assigned]
        elif name == "__typename":
            out[key] = "Client"
        else:
            raise Unsupported(name)  # a field without a builder
    return out


def _assigned(selections: list[Selection], row: dict[str, Any]) -> dict[str, Any]:
    """A row of loaders.ASSIGNMENT_FIELDS, as AssignedResource.from_row reads it."""
    out: dict[str, Any] = {}
    for sel in selections:
        name = sel.name
        if name == "resourceId":
            out[sel.key] = encode_id("Resource", row["resource__id"])
        elif name == "kind":
            out[sel.key] = enum_name(ResourceKind, row["resource__kind"])
        elif name == "name":
            out[sel.key] = row["resource__name"]
        elif name == "url":
            out[sel.key] = row["resource__url"]
        elif name == "permissions":
            out[sel.key] = [ClientPermission(p).name for p in row["permissions"] or []]
        elif name == "assignedAt":
            out[sel.key] = iso_datetime(row["created_at"])
        elif sel.name == "__typename":
            out[sel.key] = "AssignedResource"
        else:
            raise Unsupported(sel.name)  # a field without a builder
    return out
