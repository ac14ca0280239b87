"""What both export mutations share: the authorization and the payload."""

from __future__ import annotations

import uuid

import strawberry

from ....models.enums import ExportKind
from ....policy.access import AccountAccess
from ....policy.exports import may_export
from ...context import Info
from ...errors import Forbidden, NotFound
from ...guards import require_user, require_writer
from ...runner import Payload
from ...types.export_job import ExportJobType


@strawberry.type
class ExportPayload(Payload):
    export_job: ExportJobType | None = None


async def authorize_export(info: Info, account_id: uuid.UUID, kind: ExportKind) -> tuple[uuid.UUID, AccountAccess]:
    """(requester user id, access). A person is required: the file is mailed to them and only
    they (or an Admin) may download it."""
    require_writer(info)
    principal = require_user(info)
    scope = info.context.mutation_scope
    if scope is not None:
        scope.account_id = account_id
    access = await info.context.access(account_id)
    if access is None:
        raise NotFound()
    decision = may_export(access, kind)
    if not decision.allowed:
        raise Forbidden(decision.reason)
    assert principal.user_id is not None
    return principal.user_id, access
