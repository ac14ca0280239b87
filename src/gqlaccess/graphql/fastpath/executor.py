"""Walks a compiled plan: root fields through the very resolvers the schema uses, nested objects
built directly from batched rows (no per-field resolver dispatch, no model objects).

Semantics mirror the Strawberry types field by field (graphql/types/*.py); every authorization
decision comes from policy/ (resolve_access through the request's access cache, may, may_enter).
Anything unexpected raises Unsupported and the request is re-run by the normal executor.
"""

from __future__ import annotations

import uuid
from enum import Enum
from types import SimpleNamespace
from typing import Any

import strawberry
from graphql import GraphQLError, located_error
from graphql.execution.values import get_argument_values
from strawberry.types.arguments import convert_arguments
from strawberry.types.base import StrawberryList, StrawberryOptional
from strawberry.types.enum import StrawberryEnumDefinition

from ...models import User
from ...models.enums import AccountStatus, Language, RoleKind
from ...policy.access import AccountAccess, resolve_access, role_levels
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may_enter
from ...policy.membership_state import owns, shown_status
from ...policy.principal import Principal, PrincipalKind
from ...policy.visibility import visible_memberships
from ..errors import ApiError
from ..extensions import label_error
from ..ids import encode_id
from ..types.role import grants_of
from .clients import client_connection
from .compiler import MEMO_ENTRIES, Plan, Selection, Unsupported
from .connection import connection as build_connection
from .rows import (
    ACCOUNT_COLUMNS,
    MEMBERSHIP_COLUMNS,
    USER_COLUMNS,
    RowSource,
    enum_name,
    iso_datetime,
    json_value,
    model_row,
)


class FastContext:
    """The part of graphql.context.Context the root resolvers and guards use."""

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        self.mutation_scope = None
        self._access: dict[uuid.UUID, AccountAccess | None] = {}

    async def access(self, account_id: uuid.UUID) -> AccountAccess | None:
        if account_id not in self._access:
            self._access[account_id] = await resolve_access(self.principal, account_id)
        return self._access[account_id]


class RootFields:
    """The schema's own root resolvers and argument conversion, looked up once per process."""

    def __init__(self, schema: strawberry.Schema) -> None:
        self.schema = schema
        self.graphql_query = schema._schema.query_type
        query = schema.get_type_by_name("Query")
        self.fields = {
            schema.config.name_converter.get_graphql_name(f): f for f in query.fields  # type: ignore[union-attr]
        }
        # Arguments that are lists of flat input objects (checkAccesses' checks): converted here,
        # since Strawberry's generic conversion costs more than answering a thousand checks.
        self.flat_lists = {
            name: {a.python_name: flat for a in field.arguments if (flat := _flat_input_list(a, schema)) is not None}
            for name, field in self.fields.items()
        }

    async def call(
        self, name: str, sel: Selection, info: Any, variables: dict[str, Any], key: Any = None
    ) -> Any:
        """Exactly what the normal executor does for a root field: coerce, convert, resolve.

        Converted arguments are remembered per variables_key when they are all immutable scalars
        (strings, numbers, enums): the same values then convert to the same arguments."""
        field = self.fields[name]
        kwargs = sel.arguments.get(key) if key is not None else None
        if kwargs is None:
            raw = get_argument_values(self.graphql_query.fields[name], sel.node, variables)  # type: ignore[union-attr]
            converted = _convert_flat_lists(raw, self.flat_lists[name]) if self.flat_lists[name] else {}
            rest = {k: v for k, v in raw.items() if k not in converted}
            kwargs = convert_arguments(
                rest, [a for a in field.arguments if a.python_name not in converted],
                scalar_registry=self.schema.schema_converter.scalar_registry, config=self.schema.config,
            ) if rest or not converted else {}
            kwargs.update(converted)
            if key is not None and len(sel.arguments) < MEMO_ENTRIES and all(
                isinstance(v, _IMMUTABLE) for v in kwargs.values()
            ):
                sel.arguments[key] = kwargs
        return await field.base_resolver.wrapped_func(None, info, **kwargs)  # type: ignore[union-attr]


FlatInput = tuple[type, tuple[tuple[str, str, Any], ...]]
_FLAT_SCALARS = (str, int, float, bool, strawberry.ID)


def _flat_input_list(argument: Any, schema: strawberry.Schema) -> FlatInput | None:
    """(input class, (graphql name, python name, enum class or None) per field) when the argument
    is a list of input objects whose fields are all scalars or enums; None otherwise."""
    if not isinstance(argument.type, StrawberryList) or (
        schema.config.name_converter.get_graphql_name(argument) != argument.python_name
    ):
        return None  # raw values are keyed by the GraphQL name: kept simple, one-word names only
    cls = argument.type.of_type
    definition = getattr(cls, "__strawberry_definition__", None)
    if definition is None or not definition.is_input:
        return None
    fields = []
    for f in definition.fields:
        field_type = f.type.of_type if isinstance(f.type, StrawberryOptional) else f.type
        if isinstance(field_type, StrawberryEnumDefinition):
            fields.append((schema.config.name_converter.get_graphql_name(f), f.python_name, field_type.wrapped_cls))
        elif field_type in _FLAT_SCALARS:
            fields.append((schema.config.name_converter.get_graphql_name(f), f.python_name, None))
        else:
            return None
    return cls, tuple(fields)


def _convert_flat_lists(raw: dict[str, Any], flat: dict[str, FlatInput]) -> dict[str, Any]:
    """What Strawberry's convert_arguments gives for these arguments (dataclass instances of the
    coerced values), built directly; an argument not in the expected shape is left to it."""
    out: dict[str, Any] = {}
    for python_name, (cls, fields) in flat.items():
        items = raw.get(python_name)
        if not isinstance(items, list):
            continue
        built = []
        for item in items:
            if not isinstance(item, dict) or len(item) != len(fields):
                break
            obj = cls.__new__(cls)
            values = obj.__dict__
            for graphql_name, attribute, enum in fields:
                value = item[graphql_name]
                values[attribute] = enum(value) if enum is not None and value is not None else value
            built.append(obj)
        else:
            out[python_name] = built
    return out


_ME_KINDS = (PrincipalKind.USER, PrincipalKind.IMPERSONATION)
_IMMUTABLE = (str, int, float, bool, type(None), Enum)


def _plain(selections: list[Selection], type_name: str, values: dict[str, Any]) -> dict[str, Any]:
    return {sel.key: type_name if sel.name == "__typename" else values[sel.name] for sel in selections}


def _grants(selections: list[Selection], levels: Any) -> list[dict[str, Any]]:
    out = []
    for grant in grants_of(levels):
        item: dict[str, Any] = {}
        for sel in selections:
            if sel.name == "capability":
                item[sel.key] = Capability(grant.capability).name
            elif sel.name == "level":
                item[sel.key] = Level(grant.level).name
            elif sel.name == "__typename":
                item[sel.key] = "CapabilityGrant"
            else:
                raise Unsupported(sel.name)  # a field without a builder
        out.append(item)
    return out


class Execution:
    """One request on the compiled path."""

    def __init__(self, roots: RootFields, rows: RowSource, principal: Principal, *, suggestions: bool) -> None:
        self.roots = roots
        self.suggestions = suggestions
        self.rows = rows
        self.context = FastContext(principal)
        self.info = SimpleNamespace(context=self.context)
        self.users: dict[uuid.UUID, dict[str, Any] | None] = {}
        self.accounts: dict[uuid.UUID, dict[str, Any] | None] = {}
        self.roles: dict[uuid.UUID, dict[str, Any] | None] = {}
        self.memberships_by_user: dict[uuid.UUID, list[dict[str, Any]]] = {}

    # --- root ---------------------------------------------------------------------------------
    async def run(self, plan: Plan, variables: dict[str, Any], key: Any = None) -> dict[str, Any]:
        data: dict[str, Any] | None = {}
        errors: list[Any] = []
        null_data = False
        for sel in plan.root:
            try:
                value = await self._root_field(sel, variables, key)
            except ApiError as error:
                located: GraphQLError = located_error(error, sel.nodes, [sel.key])
                # As web/graphql/view.process_result labels the normal executor's errors.
                errors.append(label_error(dict(located.formatted), suggestions=self.suggestions))
                null_data = null_data or sel.non_null
                value = None
            data[sel.key] = value  # type: ignore[index]
        if len(errors) > 1:
            # graphql-core resolves root fields concurrently: which errors it reports, and in which
            # order, depends on completion order. Rare (several failing root fields): it decides.
            raise Unsupported("several root field errors")
        if null_data:
            data = None
        return {"data": data, "errors": errors} if errors else {"data": data}

    async def _root_field(self, sel: Selection, variables: dict[str, Any], key: Any) -> Any:
        name = sel.name
        if name == "__typename":
            return "Query"
        if name == "me":
            return await self._me(sel)
        if name == "clients":
            return await client_connection(self, sel, variables, key)
        result = await self.roots.call(name, sel, self.info, variables, key)
        if name == "accounts":
            out = []
            for account in result:
                row = model_row(account.model, ACCOUNT_COLUMNS)
                self.accounts.setdefault(row["id"], row)
                out.append(await self.account(sel.children, row))
            return out
        if name == "checkAccess":
            return _plain(sel.children, "AccessDecision", {"allowed": result.allowed, "reason": result.reason})
        if name == "checkAccesses":
            return [
                _plain(sel.children, "AccessDecision", {"allowed": r.allowed, "reason": r.reason}) for r in result
            ]
        if name == "users":
            return await self._membership_connection(sel.children, result)
        raise Unsupported(name)

    async def _membership_connection(self, selections: list[Selection], result: Any) -> dict[str, Any]:
        rows = [model_row(edge.node.model, MEMBERSHIP_COLUMNS) for edge in result.edges]
        for edge in result.edges:
            # Users the page already fetched with its memberships (select_related) are not re-read.
            user = edge.node.model.__dict__.get("_user")
            if isinstance(user, User) and user.id not in self.users:
                self.users[user.id] = model_row(user, USER_COLUMNS)

        async def edges_of(sel: Selection) -> list[dict[str, Any]]:
            node_sels = [c for c in sel.children if c.name == "node"]
            nodes = [await self.membership_list(n.children, rows) for n in node_sels]
            edges = []
            for i, edge in enumerate(result.edges):
                item: dict[str, Any] = {}
                for child in sel.children:
                    if child.name == "cursor":
                        item[child.key] = edge.cursor
                    elif child.name == "node":
                        item[child.key] = nodes[node_sels.index(child)][i]
                    elif child.name == "__typename":
                        item[child.key] = "MembershipEdge"
                    else:
                        raise Unsupported(child.name)  # a field without a builder
                edges.append(item)
            return edges

        return await build_connection(selections, "MembershipConnection", result, edges_of)

    async def _me(self, sel: Selection) -> dict[str, Any] | None:
        principal = self.context.principal
        memberships = next((c for c in sel.children if c.name == "memberships"), None)
        if memberships is None or principal.kind not in _ME_KINDS or principal.user_id is None:
            user = await self.roots.call("me", sel, self.info, {})  # the resolver itself
            if user is None:
                return None
            row = model_row(user.model, USER_COLUMNS)
        else:
            # The resolver's rule (queries/viewer.py: a user session, or an impersonation), then the
            # user, their memberships and what the selection needs of them in one round trip.
            names = {c.name for m in sel.children if m.name == "memberships" for c in m.children}
            row, rows, accounts, roles = await self.rows.user_with_memberships(
                principal.user_id, with_account=bool(names & {"isOwner", "account"}), with_role="role" in names
            )
            if row is None:
                return None
            self.memberships_by_user[row["id"]] = rows
            for account in accounts:
                self.accounts[account["id"]] = account
            for role in roles:
                self.roles[role["id"]] = role
        self.users[row["id"]] = row
        return await self.user(sel.children, row)

    # --- loading ------------------------------------------------------------------------------
    async def _prefetch(self, cache: dict[uuid.UUID, Any], table: str, ids: list[uuid.UUID]) -> None:
        missing = list(dict.fromkeys(i for i in ids if i not in cache))
        if not missing:
            return
        for key in missing:
            cache[key] = None
        for row in await self.rows.by_ids(table, missing):
            cache[row["id"]] = row

    async def _memberships_of(self, user_id: uuid.UUID) -> list[dict[str, Any]]:
        if user_id not in self.memberships_by_user:
            self.memberships_by_user[user_id] = await self.rows.memberships_of_user(user_id)
        return self.memberships_by_user[user_id]

    # --- types --------------------------------------------------------------------------------
    async def user(self, selections: list[Selection], row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            name = sel.name
            if name == "id":
                out[sel.key] = encode_id("User", row["id"])
            elif name == "email":
                out[sel.key] = row["email"]
            elif name == "name":
                out[sel.key] = row["name"]
            elif name == "department":
                out[sel.key] = row["department"]
            elif name == "notificationEmail":
                out[sel.key] = row["notification_email"]
            elif name == "activatedAt":
                out[sel.key] = iso_datetime(row["activated_at"])
            elif name == "lastLoginAt":
                out[sel.key] = iso_datetime(row["last_login_at"])
            elif name == "createdAt":
                out[sel.key] = iso_datetime(row["created_at"])
            elif name == "twoFactorEnabled":
                out[sel.key] = row["totp_enabled_at"] is not None
            elif name == "memberships":
                out[sel.key] = await self._user_memberships(sel.children, row["id"])
            elif name == "__typename":
                out[sel.key] = "User"
            else:
                raise Unsupported(name)
        return out

    async def _user_memberships(self, selections: list[Selection], user_id: uuid.UUID) -> list[dict[str, Any]]:
        memberships = await visible_memberships(
            self.context.principal, user_id, await self._memberships_of(user_id),
            lambda row: row["account_id"], self.context.access,
        )
        return await self.membership_list(selections, memberships)

    async def membership_list(self, selections: list[Selection], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        names = {sel.name for sel in selections}
        if names & {"status", "user"}:
            await self._prefetch(self.users, "user", [r["user_id"] for r in rows])
        if names & {"isOwner", "account"}:
            await self._prefetch(self.accounts, "account", [r["account_id"] for r in rows])
        if "role" in names:
            await self._prefetch(self.roles, "role", [r["role_id"] for r in rows])
        return [await self.membership(selections, row) for row in rows]

    async def membership(self, selections: list[Selection], row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            name = sel.name
            if name == "id":
                out[sel.key] = encode_id("Membership", row["id"])
            elif name == "createdAt":
                out[sel.key] = iso_datetime(row["created_at"])
            elif name == "status":
                user = self.users.get(row["user_id"])
                out[sel.key] = shown_status(row["status"], user["activated_at"] if user else None)
            elif name == "isOwner":
                account = self.accounts.get(row["account_id"])
                out[sel.key] = account is not None and owns(account["owner_id"], row["user_id"])
            elif name == "role":
                role = self.roles.get(row["role_id"])
                if role is None:
                    raise Unsupported("dangling role")
                out[sel.key] = self.role(sel.children, role)
            elif name == "user":
                user = self.users.get(row["user_id"])
                if user is None:
                    raise Unsupported("dangling user")
                out[sel.key] = await self.user(sel.children, user)
            elif name == "account":
                account = self.accounts.get(row["account_id"])
                if account is None:
                    raise Unsupported("dangling account")
                out[sel.key] = await self.account(sel.children, account)
            elif name == "apps":
                out[sel.key] = self._apps(sel.children, row)
            elif name == "mediaSources":
                out[sel.key] = self._scope(sel.children, "MediaSourceScope", row["media_sources_all"], json_value(row["media_sources"]))
            elif name == "geos":
                out[sel.key] = self._scope(sel.children, "GeoScope", row["geos_all"], json_value(row["geos"]))
            elif name == "__typename":
                out[sel.key] = "Membership"
            else:
                raise Unsupported(name)
        return out

    @staticmethod
    def _apps(selections: list[Selection], row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            if sel.name == "allCurrentAndFuture":
                out[sel.key] = row["apps_all_current_and_future"]
            elif sel.name == "includeFutureApps":
                out[sel.key] = row["include_future_apps"]
            elif sel.name == "appIds":
                out[sel.key] = [encode_id("Resource", a) for a in json_value(row["app_ids"]) or []]
            elif sel.name == "__typename":
                out[sel.key] = "AppAccess"
            else:
                raise Unsupported(sel.name)  # a field without a builder
        return out

    @staticmethod
    def _scope(selections: list[Selection], type_name: str, all_: bool, values: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            if sel.name == "all":
                out[sel.key] = all_
            elif sel.name in ("values", "countryCodes"):
                out[sel.key] = list(values or [])
            else:
                out[sel.key] = type_name
        return out

    def role(self, selections: list[Selection], row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            name = sel.name
            if name == "id":
                out[sel.key] = encode_id("Role", row["id"])
            elif name == "name":
                out[sel.key] = row["name"]
            elif name == "kind":
                out[sel.key] = enum_name(RoleKind, row["kind"])
            elif name == "key":
                out[sel.key] = row["key"]
            elif name == "templateKey":
                out[sel.key] = row["template_key"]
            elif name == "capabilities":
                levels = role_levels(SimpleNamespace(kind=row["kind"], key=row["key"], capabilities=json_value(row["capabilities"])))  # type: ignore[arg-type]
                out[sel.key] = _grants(sel.children, levels)
            elif name == "__typename":
                out[sel.key] = "Role"
            else:
                raise Unsupported(name)
        return out

    async def account(self, selections: list[Selection], row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for sel in selections:
            name = sel.name
            if name == "id":
                out[sel.key] = encode_id("Account", row["id"])
            elif name == "name":
                out[sel.key] = row["name"]
            elif name == "status":
                out[sel.key] = enum_name(AccountStatus, row["status"])
            elif name == "language":
                out[sel.key] = enum_name(Language, row["language"])
            elif name == "maxUsers":
                out[sel.key] = row["max_users"]
            elif name == "managed":
                out[sel.key] = row["managed"]
            elif name == "createdAt":
                out[sel.key] = iso_datetime(row["created_at"])
            elif name == "hosted":
                out[sel.key] = row["host_id"] is not None
            elif name == "host":
                out[sel.key] = await self._host(sel.children, row["host_id"])
            elif name == "viewerCapabilities":
                access = await self.context.access(row["id"])
                if access is None or not may_enter(access).allowed:
                    out[sel.key] = _grants(sel.children, {})
                else:
                    out[sel.key] = _grants(sel.children, access.capabilities)
            elif name == "__typename":
                out[sel.key] = "Account"
            else:
                raise Unsupported(name)
        return out

    async def _host(self, selections: list[Selection], host_id: uuid.UUID | None) -> dict[str, Any] | None:
        if host_id is None or not may_enter(await self.context.access(host_id)).allowed:
            return None
        await self._prefetch(self.accounts, "account", [host_id])
        host = self.accounts.get(host_id)
        return await self.account(selections, host) if host else None
