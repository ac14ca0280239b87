"""Objects reached twice are the same (SPEC §7, issue 14 item 4): the Apollo-style check.

A normalised client cache (Apollo Client's InMemoryCache, Relay) stores one record per
`__typename` + `id` and lets the last response that mentions a field win. So a Node field whose
value depends on the path that reached it (e.g. a predefined Role's member count per account)
shows one account's values in another. This test builds the selection of every root query field
that takes nothing but an account from the live schema (every argument-free field, nested objects
and connections included), runs each for two accounts as one person who belongs to both, refetches
every Node it met through `nodes(ids)`, and asserts that no global ID ever carried two different
values of one field.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    get_named_type,
    is_leaf_type,
)

from gqlaccess.graphql.ids import encode_id
from gqlaccess.graphql.schema import default_schema
from gqlaccess.models import Membership, User
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import add_member, make_tenant
from ..support.graphql import GraphQLClient
from ..support.hosting import make_client, make_site
from ..support.integrator import invite_user, make_api_token

DEPTH = 4  # object levels below a root field (the depth limit is 12)


def _schema() -> GraphQLSchema:
    return default_schema()._schema


def _required_args(field: Any) -> list[str]:
    return [name for name, arg in field.args.items() if isinstance(arg.type, GraphQLNonNull) and arg.default_value is None]


def selection(schema: GraphQLSchema, type_: Any, depth: int) -> str:
    named = get_named_type(type_)
    if is_leaf_type(named):
        return ""
    if isinstance(named, (GraphQLInterfaceType, GraphQLUnionType)):
        if depth <= 0:
            return "{ __typename }"
        parts = [f"... on {t.name} {selection(schema, t, depth)}" for t in schema.get_possible_types(named)]
        return "{ __typename " + " ".join(parts) + " }"
    assert isinstance(named, GraphQLObjectType)
    parts = ["__typename"]
    for name, field in named.fields.items():
        if field.args and any(True for _ in _required_args(field)):
            continue
        inner = get_named_type(field.type)
        if is_leaf_type(inner):
            parts.append(name)
        elif depth > 0:
            parts.append(f"{name} {selection(schema, field.type, depth - 1)}")
    return "{ " + " ".join(parts) + " }"


def account_root_fields(schema: GraphQLSchema) -> dict[str, str]:
    """Root query fields whose only required argument is `accountId`, or that need none."""
    documents = {}
    assert schema.query_type is not None
    for name, field in schema.query_type.fields.items():
        required = _required_args(field)
        if name in ("node", "nodes") or required not in ([], ["accountId"]):
            continue
        call = "(accountId: $a)" if "accountId" in field.args else ""
        variables = "($a: ID!)" if call else ""
        documents[name] = f"query{variables} {{ {name}{call} {selection(schema, field.type, DEPTH)} }}"
    return documents


class NormalisedCache:
    """What Apollo's InMemoryCache keeps: one record per __typename:id, field by field."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
        self.nodes: set[tuple[str, str]] = set()

    def write(self, value: Any, where: str) -> Any:
        if isinstance(value, list):
            return [self.write(v, where) for v in value]
        if not isinstance(value, dict):
            return value
        canonical = {k: self.write(v, where) for k, v in value.items()}
        if "id" in value and "__typename" in value:
            key = (value["__typename"], value["id"])
            self.nodes.add(key)
            for field_name, field_value in canonical.items():
                self.values[(*key, field_name)][json.dumps(field_value, sort_keys=True)] = where
            return f"ref:{key[0]}:{key[1]}"
        return canonical

    def conflicts(self) -> list[str]:
        return [
            f"{typename} {node_id} .{field_name}: " + "; ".join(f"{v} (from {w})" for v, w in seen.items())
            for (typename, node_id, field_name), seen in self.values.items()
            if len(seen) > 1
        ]


async def _world(gql: GraphQLClient, runtime: Any) -> tuple[str, list[str]]:
    """A person who is Admin of A (owner) and of B; A and B differ in everything per account."""
    a, b = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    person = await User.get(email=a.owner_email)
    await Membership.create(account_id=b.account_id, user_id=person.id, role_id=predefined_role_id("admin"))
    for _ in range(2):
        await add_member(gql, a, "contributor")
    email, _ = await add_member(gql, a, "qa")  # one member of both, with another role in B
    await Membership.create(account_id=b.account_id, user_id=(await User.get(email=email)).id,
                            role_id=predefined_role_id("finance"))
    await gql.mutate("""mutation($a: ID!, $t: ID!) { createCustomRole(input: {accountId: $a, name: "Analysts",
      templateRoleId: $t}) { errors { code } } }""", {"a": a.gid, "t": encode_id("Role", predefined_role_id("marketing"))},
                     token=a.owner_token)
    await make_site(a.account_id)
    await make_site(b.account_id, name="b-site")
    await make_client(gql, a)
    await make_api_token(a, "qa")
    await invite_user(runtime, b)
    return a.owner_token, [a.gid, b.gid]


async def test_no_node_field_depends_on_the_path_that_reached_it(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    token, accounts = await _world(gql, runtime)
    schema = _schema()
    cache = NormalisedCache()
    documents = account_root_fields(schema)
    assert {"roles", "accountRoles", "users", "me", "accounts", "resources", "clients", "apiTokens"} <= set(documents)
    answered = set()
    for name, document in documents.items():
        for account in accounts if "$a" in document else [None]:
            body = await gql.execute(document, {"a": account} if account else {}, token=token)
            data = (body.get("data") or {}).get(name)
            if data is not None:
                answered.add(name)
            cache.write(data, f"{name}({account or ''})")
    assert {"roles", "accountRoles", "users", "me", "resources", "clients"} <= answered
    # Every Node met, refetched by ID (the Relay way of reaching it).
    node_ids = sorted(i for _, i in cache.nodes)
    refetch = f"query($ids: [ID!]!) {{ nodes(ids: $ids) {selection(schema, schema.get_type('Node'), DEPTH)} }}"
    for start in range(0, len(node_ids), 100):
        body = await gql.execute(refetch, {"ids": node_ids[start:start + 100]}, token=token)
        cache.write((body.get("data") or {}).get("nodes"), "nodes(ids)")
    met = {typename for typename, _ in cache.nodes}
    assert {"Role", "AccountRole", "User", "Membership", "Account", "Resource", "Client", "ApiToken"} <= met, met
    assert not cache.conflicts(), "\n".join(cache.conflicts())


async def test_the_check_catches_a_path_dependent_field() -> None:
    """The Apollo-style check itself: the same Role with two counts is a conflict."""
    cache = NormalisedCache()
    cache.write([{"__typename": "Role", "id": "Um9sZTox", "memberCount": 120}], "roles(A)")
    cache.write([{"__typename": "Role", "id": "Um9sZTox", "memberCount": 0}], "roles(B)")
    assert cache.conflicts() == ["Role Um9sZTox .memberCount: 120 (from roles(A)); 0 (from roles(B))"]


def test_predefined_role_counts_are_per_account_objects() -> None:
    """roles(accountId) keeps its Role list; the per-account count has its own ID (AccountRole)."""
    schema = _schema()
    account_role = schema.get_type("AccountRole")
    assert isinstance(account_role, GraphQLObjectType)
    assert {"id", "role", "memberCount", "accountId"} <= set(account_role.fields)
    assert "Node" in [i.name for i in account_role.interfaces]
    query_type = schema.query_type
    assert query_type is not None
    roles_type = query_type.fields["roles"].type
    assert isinstance(roles_type, GraphQLNonNull) and isinstance(roles_type.of_type, GraphQLList)
