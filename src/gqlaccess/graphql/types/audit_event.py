from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from ...models import AuditEvent as AuditEventModel
from ..ids import encode_id
from .enums import AuditOutcome


@strawberry.type(name="AuditEvent", description="One mutation attempt (or impersonation). Never edited.")
class AuditEventType:
    id: strawberry.ID
    created_at: datetime
    action: str
    outcome: AuditOutcome  # type: ignore[valid-type]
    reason: str | None
    actor_kind: str = strawberry.field(description="USER, API_TOKEN, IMPERSONATION, SYSTEM or ANONYMOUS.")
    actor_id: strawberry.ID | None = strawberry.field(description="Global ID of the User or ApiToken.")
    target_type: str | None
    target_id: strawberry.ID | None = strawberry.field(description="Global ID of the target.")
    ip: str | None
    details: JSON

    @classmethod
    def from_model(cls, event: AuditEventModel) -> AuditEventType:
        actor = (
            encode_id("User", event.actor_user_id)
            if event.actor_user_id
            else encode_id("ApiToken", event.actor_token_id) if event.actor_token_id else None
        )
        target = encode_id(event.target_type, event.target_id) if event.target_type and event.target_id else None
        return cls(
            id=strawberry.ID(encode_id("AuditEvent", str(event.id))),
            created_at=event.created_at,
            action=event.action,
            outcome=event.outcome,
            reason=event.reason,
            actor_kind=event.actor_kind,
            actor_id=strawberry.ID(actor) if actor else None,
            target_type=event.target_type,
            target_id=strawberry.ID(target) if target else None,
            ip=event.ip,
            details=event.details or {},
        )
