"""The users table of an account (seed 003): search, role and status filters, sorts, keyset pages.

The filter and sort SQL is built here once, so the users CSV export applies exactly the same
selection as the table (`filter_sql` + `order_sql`). Keyset cursors carry the sort key and the
membership id, so pages stay stable while rows are added; "never logged in" sorts last both ways.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from tortoise import connections

from ...models import Account, Membership, Role, User, raw
from ...models.raw import ModelT
from ..core.cursors import InvalidCursor, decode_cursor, encode_cursor


class OrderField(StrEnum):
    NAME = "NAME"
    EMAIL = "EMAIL"
    LAST_LOGIN = "LAST_LOGIN"
    CREATED_AT = "CREATED_AT"


class StatusFilter(StrEnum):
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


_KEYS = {
    OrderField.NAME: "LOWER(u.name)",
    OrderField.EMAIL: "u.email",
    OrderField.LAST_LOGIN: "u.last_login_at",
    OrderField.CREATED_AT: "m.created_at",
}


@dataclass(frozen=True)
class DirectoryFilter:
    account_id: uuid.UUID
    search: str | None = None
    role_id: uuid.UUID | None = None
    status: StatusFilter | None = None


@dataclass(frozen=True)
class DirectoryOrder:
    field: OrderField = OrderField.NAME
    descending: bool = False


class Params:
    """Numbered parameters in the dialect's style ($1 for asyncpg, ?1 for SQLite): reusable in the SQL."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.values: list[Any] = []

    @property
    def postgres(self) -> bool:
        return self.dialect == "postgres"

    def add(self, value: Any) -> str:
        if isinstance(value, uuid.UUID) and not self.postgres:
            value = str(value)
        self.values.append(value)
        return f"${len(self.values)}" if self.postgres else f"?{len(self.values)}"


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


FROM_SQL = 'FROM membership m JOIN "user" u ON u.id = m.user_id'


def filter_sql(flt: DirectoryFilter, params: Params) -> str:
    """The WHERE clause (without the word) shared by the table, its count and the CSV export."""
    clauses = [f"m.account_id = {params.add(flt.account_id)}"]
    search = (flt.search or "").strip().lower()
    if search:
        pattern = params.add(f"%{_escape_like(search)}%")
        clauses.append(f"(LOWER(u.name) LIKE {pattern} ESCAPE '\\' OR u.email LIKE {pattern} ESCAPE '\\')")
    if flt.role_id is not None:
        clauses.append(f"m.role_id = {params.add(flt.role_id)}")
    if flt.status == StatusFilter.INACTIVE:
        clauses.append("m.status = 'INACTIVE'")
    elif flt.status == StatusFilter.ACTIVE:
        clauses.append("m.status = 'ACTIVE' AND u.activated_at IS NOT NULL")
    elif flt.status == StatusFilter.PENDING:
        clauses.append("m.status = 'ACTIVE' AND u.activated_at IS NULL")
    return " AND ".join(clauses)


def count_sql(flt: DirectoryFilter, params: Params) -> str:
    """The total of the filtered table; the user table is joined only when a filter needs it."""
    needs_user = bool((flt.search or "").strip()) or flt.status in (StatusFilter.ACTIVE, StatusFilter.PENDING)
    source = FROM_SQL if needs_user else "FROM membership m"
    return f"SELECT COUNT(*) AS n {source} WHERE {filter_sql(flt, params)}"


def order_sql(order: DirectoryOrder) -> str:
    direction = "DESC" if order.descending else "ASC"
    key = _KEYS[order.field]
    nulls = "(u.last_login_at IS NULL) ASC, " if order.field == OrderField.LAST_LOGIN else ""
    return f"{nulls}{key} {direction}, m.id {direction}"


def _after_sql(order: DirectoryOrder, cursor: list[Any], params: Params) -> str:
    op = "<" if order.descending else ">"
    key = _KEYS[order.field]
    try:
        if order.field == OrderField.LAST_LOGIN:
            was_null, value, last_id = cursor
        else:
            was_null, (value, last_id) = False, cursor
        last = uuid.UUID(str(last_id))
    except (ValueError, TypeError) as exc:
        raise InvalidCursor("Malformed cursor.") from exc
    if was_null:
        return f"(u.last_login_at IS NULL AND m.id {op} {params.add(last)})"
    if params.postgres and order.field in (OrderField.LAST_LOGIN, OrderField.CREATED_AT):
        try:
            value = datetime.fromisoformat(str(value))
        except ValueError as exc:
            raise InvalidCursor("Malformed cursor.") from exc
    elif not isinstance(value, str):
        raise InvalidCursor("Malformed cursor.")
    first, second = params.add(value), params.add(last)
    keyset = f"{key} {op} {first} OR ({key} = {first} AND m.id {op} {second})"
    if order.field == OrderField.LAST_LOGIN:
        return f"(u.last_login_at IS NULL OR {keyset})"
    return f"({keyset})"


def _cursor_of(order: DirectoryOrder, row: dict[str, Any]) -> str:
    value = row["k"]
    if isinstance(value, datetime):
        value = value.isoformat()
    values: list[Any] = [value, str(row["id"])]
    if order.field == OrderField.LAST_LOGIN:
        values = [value is None, *values]
    return encode_cursor(values)


@dataclass
class DirectoryPage:
    memberships: list[Membership]
    cursors: list[str]
    has_next: bool
    total: int
    # Loaded with the page (one query each), so a table row needs no further lookups.
    users: dict[uuid.UUID, User] = field(default_factory=dict)
    roles: dict[uuid.UUID, Role] = field(default_factory=dict)
    account: Account | None = None


def _dialect() -> str:
    return "postgres" if connections.get("default").capabilities.dialect == "postgres" else "sqlite"


async def _memberships_with_users(ids: list[uuid.UUID]) -> list[Membership]:
    """What `Membership.filter(id__in=ids).select_related("user")` gives, in one fixed SQL: the
    QuerySet's SQL building and per-row hydration were most of a 100-row page's cost."""
    placeholders = ", ".join(f"${i}" for i in range(1, len(ids) + 1))
    rows = await raw.select(
        f'SELECT {raw.columns("m", Membership)}, {raw.columns("u", User)} FROM "membership" m '
        f'JOIN "user" u ON u."id" = m."user_id" WHERE m."id" IN ({placeholders})',
        list(ids),
    )
    memberships = raw.hydrate_all(Membership, rows, "m")
    for membership, user in zip(memberships, raw.hydrate_all(User, rows, "u"), strict=True):
        object.__setattr__(membership, "_user", user)  # where select_related puts it
    return memberships


async def page(
    flt: DirectoryFilter, order: DirectoryOrder, *, first: int, after: str | None = None
) -> DirectoryPage:
    """Five queries whatever the page size: keys, total, memberships with their users, roles, account."""
    db = connections.get("default")
    dialect = _dialect()
    count_params = Params(dialect)
    total_sql = count_sql(flt, count_params)
    params = Params(dialect)
    where = filter_sql(flt, params)
    if after is not None:
        where = f"{where} AND {_after_sql(order, decode_cursor(after), params)}"
    limit = params.add(first + 1)
    sql = (
        f"SELECT m.id AS id, {_KEYS[order.field]} AS k {FROM_SQL} "
        f"WHERE {where} ORDER BY {order_sql(order)} LIMIT {limit}"
    )
    rows = await db.execute_query_dict(sql, params.values) if first > 0 else []
    total_rows = await db.execute_query_dict(total_sql, count_params.values)
    has_next = len(rows) > first
    rows = rows[:first]
    ids = [uuid.UUID(str(r["id"])) for r in rows]
    by_id = {m.id: m for m in await _memberships_with_users(ids)} if ids else {}
    memberships = [by_id[i] for i in ids if i in by_id]
    role_ids = list({m.role_id for m in memberships})  # type: ignore[attr-defined]
    return DirectoryPage(
        memberships=memberships,
        cursors=[_cursor_of(order, r) for r in rows if uuid.UUID(str(r["id"])) in by_id],
        has_next=has_next,
        total=int(total_rows[0]["n"]),
        users={m.user.id: m.user for m in memberships},
        roles={r.id: r for r in await _rows_of(Role, "r", role_ids)} if role_ids else {},
        account=next(iter(await _rows_of(Account, "a", [flt.account_id])), None) if memberships else None,
    )


async def _rows_of(model: type[ModelT], alias: str, ids: list[uuid.UUID]) -> list[ModelT]:
    """`model.filter(id__in=ids)` in one fixed SQL (a QuerySet's building cost more than the query)."""
    placeholders = ", ".join(f"${i}" for i in range(1, len(ids) + 1))
    rows = await raw.select(
        f'SELECT {raw.columns(alias, model)} FROM "{model._meta.db_table}" {alias} '
        f'WHERE {alias}."id" IN ({placeholders})', list(ids),
    )
    return raw.hydrate_all(model, rows, alias)
