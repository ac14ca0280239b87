"""The audit trail of an account (audit_log ≥ VIEW: Admins, Security, Team leads)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from ...policy.capabilities import Capability, Level
from ...services.audit import audit_log
from ..context import Info
from ..errors import BadUserInput
from ..guards import authorize
from ..ids import decode_id, decode_typed
from ..pagination import Connection, build_connection, decode_cursor, encode_cursor, page_size
from ..types.audit_event import AuditEventType


@strawberry.type
class AuditQueries:
    @strawberry.field(description="Audit events of one account, newest first. `action` may end with * (prefix).")
    async def audit_events(
        self,
        info: Info,
        account_id: strawberry.ID,
        actor_id: strawberry.ID | None = None,
        action: str | None = None,
        target_id: strawberry.ID | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AuditEventType]:
        account = decode_typed(account_id, "Account")
        await authorize(info, account, Capability.AUDIT_LOG, Level.VIEW)
        limit = page_size(first)
        cursor = decode_cursor(after)
        if cursor is not None and (len(cursor) != 1 or not isinstance(cursor[0], int)):
            raise BadUserInput("Malformed cursor.")
        target_type, target_raw = None, None
        if target_id is not None:
            decoded = decode_id(target_id)
            target_type, target_raw = (decoded[0], str(decoded[1])) if decoded else (None, str(target_id))
        criteria = audit_log.AuditFilter(
            account_id=account,
            actor_id=decode_typed(actor_id, ("User", "ApiToken")) if actor_id is not None else None,
            action=action,
            target_type=target_type,
            target_id=target_raw,
            since=since,
            until=until,
        )
        rows, has_next, total = await audit_log.page(
            criteria, limit=limit, before_id=int(cursor[0]) if cursor else None  # type: ignore[arg-type]
        )
        return build_connection(
            [AuditEventType.from_model(r) for r in rows],
            [encode_cursor([r.id]) for r in rows],
            has_next=has_next,
            has_previous=cursor is not None,
            total=total,
        )
