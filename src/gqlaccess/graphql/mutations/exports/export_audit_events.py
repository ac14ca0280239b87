from __future__ import annotations

from datetime import datetime

import strawberry

from ....models.enums import ExportKind
from ....services.core.errors import DomainError, ErrorCode
from ....services.exports import exports
from ...context import Info
from ...ids import decode_id, decode_typed
from ...runner import MutationScope, run_mutation
from ...types.export_job import ExportJobType
from ._common import ExportPayload, authorize_export


@strawberry.input(description="The same filters as the `auditEvents` query.")
class ExportAuditEventsFilter:
    actor_id: strawberry.ID | None = strawberry.field(default=None, description="A User or an ApiToken.")
    action: str | None = strawberry.field(default=None, description="Exact, or a prefix ending with * (webhook.*).")
    target_id: strawberry.ID | None = None
    since: datetime | None = None
    until: datetime | None = None


@strawberry.input
class ExportAuditEventsInput:
    account_id: strawberry.ID
    filter: ExportAuditEventsFilter | None = None
    with_bom: bool = strawberry.field(default=False, description="Start the file with a UTF-8 BOM (spreadsheets).")


@strawberry.type
class ExportAuditEventsPayload(ExportPayload):
    pass


def _filters(f: ExportAuditEventsFilter) -> dict[str, object]:
    """The `auditEvents` arguments as the job stores them (JSON)."""
    actor = None
    if f.actor_id is not None:
        decoded = decode_id(f.actor_id)
        if decoded is None or decoded[0] not in ("User", "ApiToken"):
            raise DomainError.of("filter.actorId", ErrorCode.INVALID_ID, "Not the ID of a user or an API token.")
        actor = decoded[1]
    target_type, target_id = None, None
    if f.target_id is not None:  # read exactly as auditEvents reads it
        decoded = decode_id(f.target_id)
        target_type, target_id = (decoded[0], str(decoded[1])) if decoded else (None, str(f.target_id))
    return {
        "actor_id": actor, "action": f.action, "target_type": target_type, "target_id": target_id,
        "since": f.since, "until": f.until,
    }


async def export_audit_events(info: Info, input: ExportAuditEventsInput) -> ExportAuditEventsPayload:
    """The account's audit trail as a zipped CSV, oldest first, mailed and downloadable like the
    other exports. Needs `exports` = MANAGE (the export feature, closed to data-scope-restricted
    members) and `audit_log` ≥ VIEW (whoever may read the trail in `auditEvents`)."""

    async def body(scope: MutationScope) -> ExportAuditEventsPayload:
        account_id = decode_typed(input.account_id, "Account")
        requester_id, _ = await authorize_export(info, account_id, ExportKind.AUDIT_EVENTS)
        job = await exports.request_export(
            info.context.deps, account_id=account_id, requested_by_id=requester_id, kind=ExportKind.AUDIT_EVENTS,
            filters=_filters(input.filter or ExportAuditEventsFilter()), with_bom=input.with_bom,
        )
        scope.target("ExportJob", job.id)
        return ExportAuditEventsPayload(export_job=ExportJobType.from_model(job))

    return await run_mutation(info, "export.audit_events", ExportAuditEventsPayload, body)
