from __future__ import annotations

import strawberry

from ....models.enums import ExportKind
from ....services.core.errors import DomainError, ErrorCode
from ....services.exports import exports
from ...context import Info
from ...ids import decode_optional, decode_typed
from ...runner import MutationScope, run_mutation
from ...types.enums import MembershipStatus
from ...types.export_job import ExportJobType
from ._common import ExportPayload, authorize_export


@strawberry.input(description="The same filters as the `users` query.")
class ExportUsersFilter:
    search: str | None = strawberry.field(default=None, description="Part of the name or e-mail.")
    role_id: strawberry.ID | None = None
    status: MembershipStatus | None = None  # type: ignore[valid-type]


@strawberry.input
class ExportUsersInput:
    account_id: strawberry.ID
    filter: ExportUsersFilter | None = None
    with_bom: bool = strawberry.field(default=False, description="Start the file with a UTF-8 BOM (spreadsheets).")


@strawberry.type
class ExportUsersPayload(ExportPayload):
    pass


async def export_users(info: Info, input: ExportUsersInput) -> ExportUsersPayload:
    """The users table as a zipped CSV (Admins only, seed 003). Returns the job at once."""

    async def body(scope: MutationScope) -> ExportUsersPayload:
        account_id = decode_typed(input.account_id, "Account")
        requester_id, _ = await authorize_export(info, account_id, ExportKind.USERS)
        f = input.filter or ExportUsersFilter()
        role_id = None
        if f.role_id is not None:
            role_id = decode_optional(f.role_id, "Role")
            if role_id is None:
                raise DomainError.of("filter.roleId", ErrorCode.INVALID_ID, "Not a role ID.")
        status = f.status.value if f.status is not None and hasattr(f.status, "value") else f.status
        job = await exports.request_export(
            info.context.deps, account_id=account_id, requested_by_id=requester_id, kind=ExportKind.USERS,
            filters={"search": f.search, "role_id": role_id, "status": status}, with_bom=input.with_bom,
        )
        scope.target("ExportJob", job.id)
        return ExportUsersPayload(export_job=ExportJobType.from_model(job))

    return await run_mutation(info, "export.users", ExportUsersPayload, body)
