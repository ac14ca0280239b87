"""Batched row loading for compiled plans: plain SQL through Tortoise's connection, no model objects.

Rows are dicts keyed by the models' attribute names (`account_id`, `created_at`, ...), converted to
the same Python values Tortoise would give (UUIDs, aware datetimes, bools), so that the builders
serialize them exactly as the normal executor serializes model attributes. JSON columns keep their
text until a builder reads them (`json_value`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from functools import cache
from typing import Any

import orjson
from tortoise.models import Model

from ...models import Account, Membership, Role, User
from ...models.raw import select

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
        # PostgreSQL records need no conversion (asyncpg gives UUIDs, aware datetimes, bools);
        # SQLite's text and integers go through the fields' own conversions.
        self._converters = {} if self.postgres else {
            table: _sqlite_converters(model, columns) for table, (model, columns) in _TABLES.items()
        }
        self._keyed: dict[tuple[str, str], tuple[tuple[str, str, Any], ...]] = {}

    def _row(self, table: str, raw: Any, prefix: str = "", offset: int = 0) -> dict[str, Any]:
        """The row of `table` in a raw row: its columns start at `offset` (PostgreSQL records,
        which need no conversion) and are named `prefix` + column (SQLite dicts)."""
        if self.postgres:
            columns = _TABLES[table][1]
            return dict(zip(columns, raw[offset:offset + len(columns)], strict=True))
        keyed = self._keyed.get((table, prefix))
        if keyed is None:
            keyed = self._keyed[(table, prefix)] = tuple((c, prefix + c, f) for c, f in self._converters[table])
        row = {}
        for column, key, convert in keyed:
            value = raw[key]
            row[column] = value if convert is None or value is None else convert(value)
        return row

    async def _fetch(self, table: str, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return [self._row(table, raw_row) for raw_row in await select(sql, params)]

    async def user_with_memberships(
        self, user_id: uuid.UUID, *, with_account: bool, with_role: bool
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """One round trip for a user, their memberships (loader order) and, when asked, the
        memberships' accounts and roles: (user, memberships, accounts, roles)."""
        sql, parts = _user_with_memberships_sql(with_account, with_role)
        raw_rows = await select(sql, [user_id])
        if not raw_rows:
            return None, [], [], []
        user = self._row("user", raw_rows[0], "u_")
        split: dict[str, list[dict[str, Any]]] = {table: [] for _, table, _ in parts}
        for raw_row in raw_rows:
            for alias, table, offset in parts:
                if raw_row[alias + "_id"] is not None:
                    split[table].append(self._row(table, raw_row, alias + "_", offset))
        return user, split["membership"], split.get("account", []), split.get("role", [])

    async def by_ids(self, table: str, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
        if not ids:
            return []
        columns = ", ".join(f'"{c}"' for c in _TABLES[table][1])
        placeholders = ", ".join(f"${i}" for i in range(1, len(ids) + 1))
        return await self._fetch(table, f'SELECT {columns} FROM "{table}" WHERE "id" IN ({placeholders})', ids)

    async def memberships_of_user(self, user_id: uuid.UUID) -> list[dict[str, Any]]:
        """Same filter and order as the `memberships_by_user` DataLoader."""
        return await self._fetch("membership", _MEMBERSHIPS_OF_USER_SQL, [user_id])


def _sqlite_converters(model: type[Model], columns: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    fields = model._meta.fields_map
    converters: list[tuple[str, Any]] = []
    for column in columns:
        name = column[:-3] if column.endswith("_id") and column != "id" else column
        source = fields["id"] if column != name else fields[name]  # a foreign key's raw column is a UUID
        # JSON columns are parsed where used (json_value): most plans never read them.
        converters.append((column, None if column in _JSON else source.to_python_value))
    return tuple(converters)


_MEMBERSHIPS_OF_USER_SQL = (
    "SELECT " + ", ".join(f'"{c}"' for c in MEMBERSHIP_COLUMNS)
    + ' FROM "membership" WHERE "user_id" = $1 ORDER BY "created_at" ASC'
)


@cache
def _user_with_memberships_sql(with_account: bool, with_role: bool) -> tuple[str, tuple[tuple[str, str, int], ...]]:
    """The SQL and, after the user's columns, each joined table's (alias, table, first column)."""
    parts = [("u", "user"), ("m", "membership")]
    joins = ['LEFT JOIN "membership" m ON m."user_id" = u."id"']
    if with_account:
        parts.append(("a", "account"))
        joins.append('LEFT JOIN "account" a ON a."id" = m."account_id"')
    if with_role:
        parts.append(("r", "role"))
        joins.append('LEFT JOIN "role" r ON r."id" = m."role_id"')
    columns = ", ".join(f'{alias}."{c}" AS "{alias}_{c}"' for alias, table in parts for c in _TABLES[table][1])
    sql = f'SELECT {columns} FROM "user" u {" ".join(joins)} WHERE u."id" = $1 ORDER BY m."created_at" ASC'
    offsets, offset = [], len(USER_COLUMNS)
    for alias, table in parts[1:]:
        offsets.append((alias, table, offset))
        offset += len(_TABLES[table][1])
    return sql, tuple(offsets)


def iso_datetime(value: Any) -> str | None:
    """A DateTime field's value as both executors serialize it."""
    return None if value is None else value.isoformat()


def enum_name(enum: Any, value: Any) -> str | None:
    """An enum field's value (the stored value) as its GraphQL name."""
    return None if value is None else enum(value).name


def json_value(value: Any) -> Any:
    """A JSON column's value: raw rows hold its text, model rows (model_row) the parsed value."""
    return orjson.loads(value) if isinstance(value, (str, bytes)) else value


