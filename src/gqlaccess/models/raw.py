"""Hand-written SELECTs for the hottest look-ups, hydrated into the same model objects.

Tortoise spends most of a one-row query building its SQL (pypika) and wrapping the driver; for
the look-ups made on every request (bearer session, the caller's membership) a fixed SQL string is
prepared once and the rows go through `Model._init_from_db`, the ORM's own hydration, so callers
get exactly the objects a QuerySet would give, on both dialects.
"""

from __future__ import annotations

import re
import uuid
from functools import cache
from typing import Any, TypeVar

from tortoise import connections
from tortoise.models import Model

ModelT = TypeVar("ModelT", bound=Model)
_PLACEHOLDER = re.compile(r"\$\d+")


@cache
def _db_columns(model: type[Model]) -> tuple[str, ...]:
    return tuple(model._meta.fields_db_projection.values())


def columns(alias: str, model: type[Model]) -> str:
    """`alias."col" AS "alias__col"` for every column of the model."""
    return ", ".join(f'{alias}."{c}" AS "{alias}__{c}"' for c in _db_columns(model))


def hydrate(model: type[ModelT], row: dict[str, Any], alias: str) -> ModelT:
    prefix = alias + "__"
    return model._init_from_db(**{c: row[prefix + c] for c in _db_columns(model)})


async def select(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Runs `sql` written with $1, $2, ... (each used once, in order) on the default connection."""
    db = connections.get("default")
    if db.capabilities.dialect != "postgres":
        sql = _sqlite_sql(sql)
        params = [str(p) if isinstance(p, uuid.UUID) else p for p in params]
    return [dict(row) for row in await db.execute_query_dict(sql, params)]


@cache
def _sqlite_sql(sql: str) -> str:
    return _PLACEHOLDER.sub("?", sql)
