"""Query document → plan: a merged, validated selection tree the executor walks without graphql-core.

A document is compiled once per text (cached by the engine). Anything the compiler does not
support (mutations, fragments, directives, unknown fields, several operations, documents that fail
validation or the schema's limits) yields None, and the request goes to the normal executor,
which also produces every validation error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    parse,
    specified_rules,
    validate,
)
from graphql.type.definition import GraphQLNonNull
from strawberry.extensions.max_aliases import create_validator as alias_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator

from ...config import Settings

# Supported fields per GraphQL type; the value is the child type for object fields, None for leaves.
SUPPORTED: dict[str, dict[str, str | None]] = {
    "Query": {
        "me": "User", "accounts": "Account", "checkAccess": "AccessDecision", "checkAccesses": "AccessDecision",
        "users": "MembershipConnection",
        "clients": "ClientConnection",  # fastpath/clients.py
    },
    "ClientConnection": {"edges": "ClientEdge", "pageInfo": "PageInfo", "totalCount": None},
    "ClientEdge": {"cursor": None, "node": "Client"},
    "Client": {
        "id": None, "accountId": None, "displayName": None, "partnerClientId": None, "firstName": None,
        "lastName": None, "email": None, "company": None, "address": None, "phone1": None, "phone2": None,
        "notes": None, "permissions": None, "status": None, "invitedAt": None, "firstLoginAt": None,
        "suspendedAt": None, "createdAt": None, "assignedResources": "AssignedResource",
    },
    "AssignedResource": {
        "resourceId": None, "kind": None, "name": None, "url": None, "permissions": None, "assignedAt": None,
    },
    "MembershipConnection": {"edges": "MembershipEdge", "pageInfo": "PageInfo", "totalCount": None},
    "MembershipEdge": {"cursor": None, "node": "Membership"},
    "PageInfo": {"hasNextPage": None, "hasPreviousPage": None, "startCursor": None, "endCursor": None},
    "User": {
        "id": None, "email": None, "name": None, "department": None, "notificationEmail": None,
        "activatedAt": None, "lastLoginAt": None, "createdAt": None, "twoFactorEnabled": None,
        "memberships": "Membership",
    },
    "Membership": {
        "id": None, "createdAt": None, "status": None, "isOwner": None, "role": "Role", "user": "User",
        "account": "Account", "apps": "AppAccess", "mediaSources": "MediaSourceScope", "geos": "GeoScope",
    },
    "Account": {
        "id": None, "name": None, "status": None, "language": None, "maxUsers": None, "managed": None,
        "createdAt": None, "hosted": None, "host": "Account", "viewerCapabilities": "CapabilityGrant",
    },
    "Role": {
        "id": None, "name": None, "kind": None, "key": None, "templateKey": None,
        "capabilities": "CapabilityGrant",
    },
    "CapabilityGrant": {"capability": None, "level": None},
    "AppAccess": {"allCurrentAndFuture": None, "includeFutureApps": None, "appIds": None},
    "MediaSourceScope": {"all": None, "values": None},
    "GeoScope": {"all": None, "countryCodes": None},
    "AccessDecision": {"allowed": None, "reason": None},
}


class Unsupported(Exception):
    """This request leaves the compiled path (the normal executor answers it)."""


@dataclass
class Selection:
    """One response key: the field it reads, its AST nodes (for arguments and error locations)."""

    key: str
    name: str
    nodes: list[FieldNode]
    children: list[Selection] = field(default_factory=list)
    non_null: bool = False
    # A root field's converted resolver arguments by variables_key (see Plan.coerced).
    arguments: dict[Any, dict[str, Any]] = field(default_factory=dict)

    @property
    def node(self) -> FieldNode:
        return self.nodes[0]


@dataclass
class Plan:
    document: DocumentNode
    operation: OperationDefinitionNode
    root: list[Selection]
    # Coerced variables by variables_key: callers repeat the same questions (checkAccess for the
    # same account and capability), and graphql-core's coercion costs more than answering them.
    coerced: dict[Any, dict[str, Any]] = field(default_factory=dict)


MEMO_ENTRIES = 256  # per plan and per root field; beyond it, values are coerced every time
_SCALARS = (str, int, float, bool, type(None))


def variables_key(variables: dict[str, Any]) -> tuple[Any, ...] | None:
    """A hashable form of flat scalar variables (types included: True and 1 coerce differently),
    or None when a value is a list or an object (those are coerced every time)."""
    try:
        items = sorted(variables.items())
    except TypeError:
        return None
    key = []
    for name, value in items:
        if not isinstance(value, _SCALARS):
            return None
        key.append((name, type(value), value))
    return tuple(key)


def compile_document(schema: GraphQLSchema, settings: Settings, text: str, operation_name: str | None) -> Plan | None:
    try:
        document = parse(text, max_tokens=settings.max_tokens)
    except GraphQLError:
        return None
    if len(document.definitions) != 1 or not isinstance(document.definitions[0], OperationDefinitionNode):
        return None
    operation = document.definitions[0]
    if operation.operation != OperationType.QUERY:
        return None
    if operation_name is not None and (operation.name is None or operation.name.value != operation_name):
        return None
    if operation.directives:
        return None
    rules = [
        *specified_rules,
        depth_validator(settings.max_query_depth, None, None),
        alias_validator(settings.max_aliases),
    ]
    if validate(schema, document, rules):
        return None
    root = _collect(schema, "Query", operation.selection_set)
    if root is None:
        return None
    return Plan(document=document, operation=operation, root=root)


def _collect(schema: GraphQLSchema, type_name: str, selection_set: SelectionSetNode | None) -> list[Selection] | None:
    """Merges fields by response key (in first-seen order), as graphql-core's collect_fields does."""
    if selection_set is None:
        return None
    supported = SUPPORTED[type_name]
    graphql_type = schema.get_type(type_name)
    merged: dict[str, Selection] = {}
    for node in selection_set.selections:
        if not isinstance(node, FieldNode) or node.directives:
            return None  # fragments and @include/@skip: the normal executor handles them
        name = node.name.value
        key = node.alias.value if node.alias else name
        if name != "__typename" and name not in supported:
            return None
        existing = merged.get(key)
        if existing is None:
            non_null = name != "__typename" and isinstance(graphql_type.fields[name].type, GraphQLNonNull)  # type: ignore[union-attr]
            merged[key] = Selection(key=key, name=name, nodes=[node], non_null=non_null)
        else:
            existing.nodes.append(node)
    for selection in merged.values():
        child_type = supported.get(selection.name) if selection.name != "__typename" else None
        if child_type is None:
            continue
        children: list[Selection] = []
        for node in selection.nodes:
            collected = _collect(schema, child_type, node.selection_set)
            if collected is None:
                return None
            children.extend(collected)
        selection.children = _merge(children)
    return list(merged.values())


def _merge(selections: list[Selection]) -> list[Selection]:
    merged: dict[str, Selection] = {}
    for selection in selections:
        existing = merged.get(selection.key)
        if existing is None:
            merged[selection.key] = selection
        else:
            existing.nodes.extend(selection.nodes)
            existing.children = _merge(existing.children + selection.children)
    return list(merged.values())
