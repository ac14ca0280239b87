from __future__ import annotations

import strawberry

from ..context import Info
from ..errors import Forbidden, NotFound
from ..guards import require_principal
from ..ids import decode_typed
from ..types.export_job import ExportJobType, visible_job


@strawberry.type
class ExportQueries:
    @strawberry.field(description="An export job of the viewer (or any, for an Admin of its account).")
    async def export_job(self, info: Info, id: strawberry.ID) -> ExportJobType:
        require_principal(info)
        job, reason = await visible_job(info, decode_typed(id, "ExportJob"))
        if job is None:
            if reason is None:
                raise NotFound()  # another tenant's job looks exactly like a missing one
            raise Forbidden(reason)
        return ExportJobType.from_model(job)
