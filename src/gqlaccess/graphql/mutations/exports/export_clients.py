from __future__ import annotations

import strawberry

from ....models.enums import ExportKind
from ....services.exports import exports
from ...context import Info
from ...ids import decode_typed
from ...runner import MutationScope, run_mutation
from ...types.enums import ClientStatus
from ...types.export_job import ExportJobType
from ._common import ExportPayload, authorize_export


@strawberry.input(description="The same filters as the `clients` query.")
class ExportClientsFilter:
    search: str | None = strawberry.field(default=None, description="Part of a name, e-mail or company.")
    status: ClientStatus | None = None  # type: ignore[valid-type]


@strawberry.input
class ExportClientsInput:
    account_id: strawberry.ID
    filter: ExportClientsFilter | None = None
    with_bom: bool = strawberry.field(default=False, description="Start the file with a UTF-8 BOM (spreadsheets).")


@strawberry.type
class ExportClientsPayload(ExportPayload):
    pass


async def export_clients(info: Info, input: ExportClientsInput) -> ExportClientsPayload:
    """Every matching client as a zipped CSV, no cap (SPEC flow 9). Returns the job at once."""

    async def body(scope: MutationScope) -> ExportClientsPayload:
        account_id = decode_typed(input.account_id, "Account")
        requester_id, _ = await authorize_export(info, account_id, ExportKind.CLIENTS)
        f = input.filter or ExportClientsFilter()
        status = f.status.value if f.status is not None and hasattr(f.status, "value") else f.status
        job = await exports.request_export(
            info.context.deps, account_id=account_id, requested_by_id=requester_id, kind=ExportKind.CLIENTS,
            filters={"search": f.search, "status": status}, with_bom=input.with_bom,
        )
        scope.target("ExportJob", job.id)
        return ExportClientsPayload(export_job=ExportJobType.from_model(job))

    return await run_mutation(info, "export.clients", ExportClientsPayload, body)
