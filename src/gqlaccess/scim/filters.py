"""SCIM filters (RFC 7644 §3.4.2.2) compiled to database queries.

The filter is parsed by scim2-models (`ScimFilter`, its own grammar); this module only walks
the tree it returns (a `FilterVisitor`) and maps each attribute onto a column, producing a
Tortoise `Q` that the database evaluates. Attribute names are case-insensitive; string
comparisons are case-insensitive too (caseExact false for every string we expose).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scim2_models.path import (
    CompareOperator,
    Comparison,
    FilterVisitor,
    LogicalExpr,
    LogicalOperator,
    Not,
    Present,
    ScimFilter,
    ValuePath,
)
from tortoise.expressions import Q

from ..models.enums import MembershipStatus
from .errors import ScimError
from .serialisation import ENTERPRISE_SCHEMA, GROUP_SCHEMA, USER_SCHEMA


@dataclass(frozen=True)
class Column:
    field: str
    kind: str  # "string" | "boolean" | "datetime" | "id" | "status"
    nullable: bool = False


USER_COLUMNS = {
    "id": Column("id", "id"),
    "username": Column("user__email", "string"),
    "externalid": Column("external_id", "string", nullable=True),
    "displayname": Column("user__name", "string"),
    "name.formatted": Column("user__name", "string"),
    "emails": Column("user__email", "string"),
    "emails.value": Column("user__email", "string"),
    "emails.type": Column("work", "constant"),  # one e-mail, always the work one, always primary
    "emails.primary": Column("true", "constant"),
    "active": Column("status", "status"),
    "meta.created": Column("created_at", "datetime"),
    "meta.lastmodified": Column("updated_at", "datetime"),
    "department": Column("user__department", "string", nullable=True),
    "groups": Column("role_id", "id"),
    "groups.value": Column("role_id", "id"),
    "groups.display": Column("role__name", "string"),
}
GROUP_COLUMNS = {
    "id": Column("id", "id"),
    "displayname": Column("name", "string"),
    "members": Column("memberships__id", "id", nullable=True),
    "members.value": Column("memberships__id", "id", nullable=True),
    "members.display": Column("memberships__user__email", "string", nullable=True),
    "meta.created": Column("created_at", "datetime"),
    "meta.lastmodified": Column("updated_at", "datetime"),
}
_SCHEMAS = {USER_SCHEMA.lower(), GROUP_SCHEMA.lower(), ENTERPRISE_SCHEMA.lower()}
_STRING_LOOKUPS = {
    CompareOperator.eq: "iexact", CompareOperator.co: "icontains", CompareOperator.sw: "istartswith",
    CompareOperator.ew: "iendswith",
}
_ORDER_LOOKUPS = {CompareOperator.gt: "gt", CompareOperator.ge: "gte", CompareOperator.lt: "lt", CompareOperator.le: "lte"}


def invalid_filter(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidFilter")


def _key(attr: str, sub: str | None, uri: str | None, prefix: str | None) -> str:
    if uri is not None and uri.lower() not in _SCHEMAS:
        raise invalid_filter(f"Unknown schema {uri!r} in filter.")
    name = attr.lower() if sub is None else f"{attr.lower()}.{sub.lower()}"
    return f"{prefix}.{name}" if prefix else name


class _Compiler(FilterVisitor[Q]):
    def __init__(self, columns: dict[str, Column], prefix: str | None = None) -> None:
        self.columns = columns
        self.prefix = prefix

    def _column(self, attr: str, sub: str | None, uri: str | None) -> Column:
        key = _key(attr, sub, uri, self.prefix)
        column = self.columns.get(key)
        if column is None:
            raise invalid_filter(f"The attribute {key!r} cannot be filtered on.")
        return column

    def visit_logical_expr(self, node: LogicalExpr) -> Q:
        parts = [self.visit(term) for term in node.terms]
        return Q(*parts, join_type="AND" if node.op == LogicalOperator.and_ else "OR")

    def visit_not(self, node: Not) -> Q:
        return ~self.visit(node.expr)

    def visit_present(self, node: Present) -> Q:
        path = node.attr_path
        column = self._column(path.attr, path.sub_attr, path.uri)
        if not column.nullable:
            return Q(id__isnull=False)  # always present
        q = Q(**{f"{column.field}__isnull": False})
        if column.kind == "string":
            q &= ~Q(**{column.field: ""})
        return q

    def visit_value_path(self, node: ValuePath) -> Q:
        path = node.attr_path
        return _Compiler(self.columns, _key(path.attr, path.sub_attr, path.uri, self.prefix)).visit(node.val_filter)

    def visit_comparison(self, node: Comparison) -> Q:
        path = node.attr_path
        column = self._column(path.attr, path.sub_attr, path.uri)
        if column.kind == "constant":
            same = str(node.value).lower() == column.field
            if node.op not in (CompareOperator.eq, CompareOperator.ne):
                raise invalid_filter(f"The operator {node.op.value!r} does not apply to {path}.")
            matches = same if node.op == CompareOperator.eq else not same
            return Q(id__isnull=False) if matches else Q(id__isnull=True)
        value = _coerce(column, node.op, node.value)
        if node.op == CompareOperator.ne:
            return ~Q(**{column.field: value}) if column.kind != "string" else ~Q(**{f"{column.field}__iexact": value})
        if column.kind == "string" and node.op in _STRING_LOOKUPS:
            return Q(**{f"{column.field}__{_STRING_LOOKUPS[node.op]}": value})
        if node.op == CompareOperator.eq:
            return Q(**{column.field: value})
        if node.op in _ORDER_LOOKUPS and column.kind in ("string", "datetime"):
            return Q(**{f"{column.field}__{_ORDER_LOOKUPS[node.op]}": value})
        raise invalid_filter(f"The operator {node.op.value!r} does not apply to {path}.")


def _coerce(column: Column, op: CompareOperator, value: Any) -> Any:
    if column.kind == "status":
        if not isinstance(value, bool) or op not in (CompareOperator.eq, CompareOperator.ne):
            raise invalid_filter("active compares with eq or ne to true or false.")
        return MembershipStatus.ACTIVE if value else MembershipStatus.INACTIVE
    if column.kind == "id":
        if op not in (CompareOperator.eq, CompareOperator.ne):
            raise invalid_filter("Ids compare with eq or ne only.")
        try:
            return uuid.UUID(str(value))
        except ValueError:
            return uuid.UUID(int=0)  # matches nothing: an unknown id is simply not found
    if column.kind == "datetime":
        if not isinstance(value, str):
            raise invalid_filter("Dates compare to an RFC 3339 string.")
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise invalid_filter(f"{value!r} is not a date-time.") from None
    if not isinstance(value, str):
        raise invalid_filter("This attribute compares to a string.")
    return value


def compile_filter(text: str, columns: dict[str, Column]) -> Q:
    try:
        tree = ScimFilter(text).ast
    except Exception as exc:  # the library's parse errors: never a 500
        raise invalid_filter(f"The filter cannot be parsed: {exc}") from None
    return _Compiler(columns).visit(tree)


USER_FILTER: Callable[[str], Q] = lambda text: compile_filter(text, USER_COLUMNS)  # noqa: E731
GROUP_FILTER: Callable[[str], Q] = lambda text: compile_filter(text, GROUP_COLUMNS)  # noqa: E731

SORT_USER = {k: v.field for k, v in USER_COLUMNS.items() if v.kind != "id" or k == "id"}
SORT_GROUP = {"id": "id", "displayname": "name", "meta.created": "created_at", "meta.lastmodified": "updated_at"}


def sort_field(sort_by: str | None, columns: dict[str, str]) -> str | None:
    if not sort_by:
        return None
    name = sort_by.strip()
    lowered = name.lower()
    for schema in (USER_SCHEMA.lower(), ENTERPRISE_SCHEMA.lower(), GROUP_SCHEMA.lower()):
        if lowered.startswith(schema + ":"):
            lowered = lowered[len(schema) + 1:]
    field = columns.get(lowered)
    if field is None:
        raise ScimError(400, f"Cannot sort by {name!r}.", "invalidValue")
    return field
