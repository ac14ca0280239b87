"""Batched row loading for compiled plans: plain SQL through Tortoise's connection, no model objects.

Rows are dicts keyed by the models' attribute names (`account_id`, `created_at`, ...), converted to
the same Python values Tortoise would give (UUIDs, aware datetimes, bools, JSON), so that the
builders serialize them exactly as the normal executor serializes model attributes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import orjson
from tortoise import connections
from tortoise.models import Model

from ...models import Account, Membership, Role, User

USER_COLUMNS = (
    "id", "email", "name", "department", "notification_email", "activated_at", "last_login_at",
    "created_at", "totp_enabled_at",
)
ACCOUNT_COLUMNS = ("id", "name", "status", "language", "max_users", "managed", "created_at", "host_id", "owner_id")
ROLE_COLUMNS = ("id", "name", "kind", "key", "template_key", "capabilities")
MEMBERSHIP_COLUMNS = (
    "id", "created_at", "status", "account_id", "user_id", "role_id", "apps_all_current_and_future", "app_ids",
    "include_future_apps", "media_sources_all", "media_sources", "geos_all", "geos",
)
_TABLES: dict[str, tuple[type[Model], tuple[str, ...]]] = {
    "user": (User, USER_COLUMNS),
    "account": (Account, ACCOUNT_COLUMNS),
    "role": (Role, ROLE_COLUMNS),
    "membership": (Membership, MEMBERSHIP_COLUMNS),
}
_JSON = {"app_ids", "media_sources", "geos", "capabilities"}


def model_row(model: Model, columns: Iterable[str]) -> dict[str, Any]:
    """A model object already loaded (e.g. by a root resolver) as a row."""
    return {column: getattr(model, column) for column in columns}


class RowSource:
    """Per-process: knows the dialect and how to turn raw values into Tortoise's Python values."""

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgres"
        self._converters: dict[str, list[tuple[str, Any]]] = {}
        for table, (model, columns) in _TABLES.items():
            fields = model._meta.fields_map
            converters = []
            for column in columns:
                name = column[:-3] if column.endswith("_id") and column != "id" else column
                source = fields[name]
                if column != name:  # a foreign key: its raw column is a UUID
                    source = fields["id"]
                if self.postgres:
                    if column in _JSON:
                        converters.append((column, _json))
                    elif column == "id" or column.endswith("_id"):
                        converters.append((column, _uuid))
                else:
                    converters.append((column, source.to_python_value))
            self._converters[table] = converters

    def _placeholders(self, count: int, start: int = 1) -> str:
        if self.postgres:
            return ", ".join(f"${i}" for i in range(start, start + count))
        return ", ".join("?" for _ in range(count))

    def _param(self, value: uuid.UUID) -> Any:
        return value if self.postgres else str(value)

    def _convert(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        for column, convert in self._converters[table]:
            value = row[column]
            if value is not None:
                row[column] = convert(value)
        return row

    async def _fetch(self, table: str, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        rows = await connections.get("default").execute_query_dict(sql, params)
        return [self._convert(table, dict(raw)) for raw in rows]

    async def user_with_memberships(
        self, user_id: uuid.UUID, *, with_account: bool, with_role: bool
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """One round trip for a user, their memberships (loader order) and, when asked, the
        memberships' accounts and roles: (user, memberships, accounts, roles)."""
        parts = [("u", "user"), ("m", "membership")]
        joins = ['LEFT JOIN "membership" m ON m."user_id" = u."id"']
        if with_account:
            parts.append(("a", "account"))
            joins.append('LEFT JOIN "account" a ON a."id" = m."account_id"')
        if with_role:
            parts.append(("r", "role"))
            joins.append('LEFT JOIN "role" r ON r."id" = m."role_id"')
        columns = ", ".join(
            f'{alias}."{c}" AS "{alias}_{c}"' for alias, table in parts for c in _TABLES[table][1]
        )
        sql = (
            f'SELECT {columns} FROM "user" u {" ".join(joins)} '
            f'WHERE u."id" = {self._placeholders(1)} ORDER BY m."created_at" ASC'
        )
        raw_rows = await connections.get("default").execute_query_dict(sql, [self._param(user_id)])
        if not raw_rows:
            return None, [], [], []
        split: dict[str, list[dict[str, Any]]] = {table: [] for _, table in parts}
        for raw in raw_rows:
            for alias, table in parts:
                prefix = alias + "_"
                row = {c: raw[prefix + c] for c in _TABLES[table][1]}
                if row["id"] is not None:
                    split[table].append(row)
        user = self._convert("user", split["user"][0])
        return (
            user,
            [self._convert("membership", r) for r in split["membership"]],
            [self._convert("account", r) for r in split.get("account", [])],
            [self._convert("role", r) for r in split.get("role", [])],
        )

    async def by_ids(self, table: str, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
        if not ids:
            return []
        columns = ", ".join(f'"{c}"' for c in _TABLES[table][1])
        sql = f'SELECT {columns} FROM "{table}" WHERE "id" IN ({self._placeholders(len(ids))})'
        return await self._fetch(table, sql, [self._param(i) for i in ids])

    async def memberships_of_user(self, user_id: uuid.UUID) -> list[dict[str, Any]]:
        """Same filter and order as the `memberships_by_user` DataLoader."""
        columns = ", ".join(f'"{c}"' for c in MEMBERSHIP_COLUMNS)
        sql = f'SELECT {columns} FROM "membership" WHERE "user_id" = {self._placeholders(1)} ORDER BY "created_at" ASC'
        return await self._fetch("membership", sql, [self._param(user_id)])


def _json(value: Any) -> Any:
    return orjson.loads(value) if isinstance(value, (str, bytes)) else value


def _uuid(value: Any) -> uuid.UUID:
    return value if type(value) is uuid.UUID else uuid.UUID(str(value))
