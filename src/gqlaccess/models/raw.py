"""Hand-written SELECTs for the hottest look-ups, hydrated into the same model objects.

Tortoise spends most of a one-row query building its SQL (pypika) and wrapping the driver; for
the look-ups made on every request (bearer session, the caller's membership) a fixed SQL string is
prepared once and the rows go through the ORM's own conversions (`Model._init_from_db`, or the same
per-column conversions for a partial object), so callers get the objects a QuerySet would give, on
both dialects.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar

from tortoise import connections
from tortoise.fields import DatetimeField
from tortoise.models import Model

ModelT = TypeVar("ModelT", bound=Model)
_PLACEHOLDER = re.compile(r"\$\d+")


@cache
def _db_columns(model: type[Model]) -> tuple[str, ...]:
    return tuple(model._meta.fields_db_projection.values())


def columns(alias: str, model: type[Model], only: tuple[str, ...] | None = None) -> str:
    """`alias."col" AS "alias__col"` for every column of the model, or for the `only` ones."""
    return ", ".join(f'{alias}."{c}" AS "{alias}__{c}"' for c in only or _db_columns(model))


def hydrate(model: type[ModelT], row: Mapping[str, Any], alias: str, only: tuple[str, ...] | None = None) -> ModelT:
    """The model object Tortoise would build from the row; with `only`, a partial one (as `.only()`
    gives) holding just those columns: the hot paths read a few fields of wide rows, and decoding
    and converting the rest cost more than the query itself."""
    converters = _converters(model, only or _db_columns(model), _aware_datetimes())
    return _build(model, row, alias + "__", converters, partial=only is not None)


def hydrate_all(
    model: type[ModelT], rows: Iterable[Mapping[str, Any]], alias: str, only: tuple[str, ...] | None = None
) -> list[ModelT]:
    converters = _converters(model, only or _db_columns(model), _aware_datetimes())
    prefix, partial = alias + "__", only is not None
    return [_build(model, row, prefix, converters, partial=partial) for row in rows]


def _build(
    model: type[ModelT], row: Mapping[str, Any], prefix: str, converters: tuple[tuple[str, str, Any], ...], *,
    partial: bool,
) -> ModelT:
    """What `Model._init_from_db` does, with the conversions looked up once per model and columns."""
    instance = model.__new__(model)
    _setattr = object.__setattr__
    _setattr(instance, "_partial", partial)
    _setattr(instance, "_saved_in_db", True)
    _setattr(instance, "_custom_generated_pk", _custom_generated_pk(model))
    _setattr(instance, "_await_when_save", {})
    for column, attribute, convert in converters:
        value = row[prefix + column]
        _setattr(instance, attribute, value if convert is None or value is None else convert(value))
    return instance


def _aware_datetimes() -> bool:
    """PostgreSQL's TIMESTAMPTZ columns come back from asyncpg as aware UTC datetimes, which is what
    Tortoise's conversion (astimezone to the UTC default) would give: no conversion needed."""
    return bool(connections.get("default").capabilities.dialect == "postgres")


@cache
def _custom_generated_pk(model: type[Model]) -> bool:
    return model._meta.db_pk_column not in model._meta.generated_db_fields


@cache
def _converters(model: type[Model], only: tuple[str, ...], aware_datetimes: bool) -> tuple[tuple[str, str, Any], ...]:
    """Per column: the attribute it fills and the conversion `Model._init_from_db` applies."""
    meta = model._meta
    by_column: dict[str, tuple[str, Any]] = {}
    for key, attribute, _ in meta.db_native_fields:
        by_column[key] = (attribute, None)
    for key, attribute, field in meta.db_default_fields:
        by_column[key] = (attribute, field.field_type)
    for key, attribute, field in meta.db_complex_fields:
        native = aware_datetimes and isinstance(field, DatetimeField)
        by_column[key] = (attribute, None if native else field.to_python_value)
    return tuple((column, *by_column[column]) for column in only)


async def select(sql: str, params: list[Any]) -> Sequence[Mapping[str, Any]]:
    """Runs `sql` written with $1, $2, ... (each used once, in order) on the default connection
    (the current transaction's, inside one). Rows are read-only mappings."""
    db = connections.get("default")
    if db.capabilities.dialect == "postgres":
        # asyncpg's records straight from the connection: Tortoise's wrapper copies each into a dict
        # and translates errors a fixed, prepared SELECT does not raise.
        async with db.acquire_connection() as connection:
            return await connection.fetch(sql, *params)  # type: ignore[no-any-return]
    sql = _sqlite_sql(sql)
    params = [str(p) if isinstance(p, uuid.UUID) else p for p in params]
    return await db.execute_query_dict(sql, params)  # type: ignore[no-any-return]


@cache
def _sqlite_sql(sql: str) -> str:
    return _PLACEHOLDER.sub("?", sql)
