"""Reading the audit trail: one account's events, newest first, keyset-paginated on id."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from ...models import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    account_id: UUID
    actor_id: UUID | None = None  # a user or an API token
    action: str | None = None  # exact, or a prefix ending with "*" ("webhook.*")
    target_type: str | None = None
    target_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    up_to_id: int | None = None  # an export's snapshot: events written after it started stay out


def _filtered(criteria: AuditFilter) -> QuerySet[AuditEvent]:
    query = AuditEvent.filter(account_id=criteria.account_id)
    if criteria.actor_id is not None:
        query = query.filter(Q(actor_user_id=criteria.actor_id) | Q(actor_token_id=criteria.actor_id))
    if criteria.action:
        if criteria.action.endswith("*"):
            query = query.filter(action__startswith=criteria.action[:-1])
        else:
            query = query.filter(action=criteria.action)
    if criteria.target_type is not None:
        query = query.filter(target_type=criteria.target_type)
    if criteria.target_id is not None:
        query = query.filter(target_id=criteria.target_id)
    if criteria.since is not None:
        query = query.filter(created_at__gte=criteria.since)
    if criteria.until is not None:
        query = query.filter(created_at__lt=criteria.until)
    if criteria.up_to_id is not None:
        query = query.filter(id__lte=criteria.up_to_id)
    return query


async def page(criteria: AuditFilter, *, limit: int, before_id: int | None) -> tuple[list[AuditEvent], bool, int]:
    """(events, has_next, total) — events with id < before_id, newest first."""
    query = _filtered(criteria)
    total = await query.count()
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    rows = await query.order_by("-id").limit(limit + 1)
    return rows[:limit], len(rows) > limit, total


# For the export pipeline (ExportKind.AUDIT_EVENTS): rows in keyset batches, constant memory.
EXPORT_COLUMNS = (
    "id", "created_at", "action", "outcome", "reason", "actor_kind", "actor_user_id", "actor_token_id",
    "target_type", "target_id", "ip",
)


async def export_batches(criteria: AuditFilter, batch_size: int = 5000) -> AsyncIterator[list[tuple[Any, ...]]]:
    """Oldest first, `batch_size` rows at a time (tuples in EXPORT_COLUMNS order)."""
    last_id = 0
    while True:
        rows = await (
            _filtered(criteria).filter(id__gt=last_id).order_by("id").limit(batch_size).values_list(*EXPORT_COLUMNS)
        )
        if not rows:
            return
        yield rows
        last_id = rows[-1][0]


async def snapshot(criteria: AuditFilter) -> tuple[AuditFilter, int]:
    """For an export: the criteria pinned to the newest event now (events written while the file
    is being written stay out, so the row count announced up front is the one written), and that
    count."""
    newest = await AuditEvent.filter(account_id=criteria.account_id).order_by("-id").first().values_list("id", flat=True)
    pinned = replace(criteria, up_to_id=int(newest) if newest is not None else 0)  # type: ignore[call-overload]
    return pinned, await _filtered(pinned).count()
