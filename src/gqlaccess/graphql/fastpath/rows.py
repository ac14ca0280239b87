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

    async def _fetch(self, table: str, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        rows = await connections.get("default").execute_query_dict(sql, params)
        converters = self._converters[table]
        out = []
        for raw in rows:
            row = dict(raw)
            for column, convert in converters:
                value = row[column]
                if value is not None:
                    row[column] = convert(value)
            out.append(row)
        return out

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
