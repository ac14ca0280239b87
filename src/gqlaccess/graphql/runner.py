"""Runs every mutation the same way: typed payload errors, and an audit event for each attempt."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import strawberry

from ..models.enums import AuditOutcome
from ..services.audit import audit
from ..services.core.errors import DomainError
from .context import Info
from .errors import ApiError, UserError
from .permissions import check_declared


@strawberry.type
class Payload:
    errors: list[UserError] = strawberry.field(default_factory=list)


PayloadT = TypeVar("PayloadT", bound=Payload)


@dataclass
class MutationScope:
    """What the audit event says about the attempt; filled in as the mutation learns it."""

    action: str
    account_id: uuid.UUID | None = None
    target_type: str | None = None
    target_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def target(self, target_type: str, target_id: uuid.UUID | str) -> None:
        self.target_type = target_type
        self.target_id = str(target_id)


async def run_mutation(
    info: Info,
    action: str,
    payload_type: type[PayloadT],
    body: Callable[[MutationScope], Awaitable[PayloadT]],
) -> PayloadT:
    scope = MutationScope(action)
    context = info.context
    context.mutation_scope = scope
    try:
        check_declared(info)  # authentication and read-only first, before any lookup (permissions.py)
        payload = await body(scope)
    except DomainError as exc:
        await _record(info, scope, AuditOutcome.REJECTED, exc.errors[0].code if exc.errors else None)
        return payload_type(errors=[UserError.from_domain(e) for e in exc.errors])
    except ApiError as exc:
        await _record(info, scope, AuditOutcome.DENIED, exc.reason or exc.code)
        raise
    finally:
        context.mutation_scope = None
        context.forget_access()
    await _record(info, scope, AuditOutcome.ALLOWED, None)
    return payload


async def _record(info: Info, scope: MutationScope, outcome: AuditOutcome, reason: str | None) -> None:
    await audit.record(
        info.context.principal,
        scope.action,
        outcome,
        account_id=scope.account_id,
        target_type=scope.target_type,
        target_id=scope.target_id,
        reason=str(reason) if reason else None,
        ip=info.context.ip,
        details=scope.details,
    )
