"""Writing the append-only audit trail."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import structlog

from ...models import AuditEvent
from ...models.enums import AuditOutcome
from ...policy.principal import Principal

log = structlog.get_logger(__name__)


async def record(
    principal: Principal,
    action: str,
    outcome: AuditOutcome,
    *,
    account_id: UUID | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    reason: str | None = None,
    ip: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    await AuditEvent.create(
        account_id=account_id,
        actor_user_id=principal.user_id,
        actor_token_id=principal.api_token_id,
        actor_kind=principal.kind.value,
        action=action,
        target_type=target_type,
        target_id=target_id,
        outcome=outcome,
        reason=reason,
        ip=ip,
        details=details or {},
    )


async def record_many(
    principal: Principal, action: str, attempts: list[tuple[AuditOutcome, str | None, str | None]], *,
    account_id: UUID | None = None, target_type: str | None = None, ip: str | None = None,
) -> None:
    """One event per attempt of a batch — (outcome, target_id, reason) — in one multi-row insert."""
    await AuditEvent.bulk_create([
        AuditEvent(
            account_id=account_id, actor_user_id=principal.user_id, actor_token_id=principal.api_token_id,
            actor_kind=principal.kind.value, action=action, target_type=target_type, target_id=target_id,
            outcome=outcome, reason=reason, ip=ip, details={},
        )
        for outcome, target_id, reason in attempts
    ], batch_size=500)
