from __future__ import annotations

import strawberry

from ...policy import directory
from ...services.directory import settings as directory_settings
from ..context import Info
from ..errors import Forbidden, NotFound
from ..guards import require_principal
from ..ids import decode_typed
from ..types.directory_settings import DirectorySettingsType


@strawberry.type
class DirectoryQueries:
    @strawberry.field(description="The account's directory (SCIM) provisioning settings (users ≥ VIEW).")
    async def directory_settings(self, info: Info, account_id: strawberry.ID) -> DirectorySettingsType:
        require_principal(info)
        account = decode_typed(account_id, "Account")
        access = await info.context.access(account)
        decision = directory.may_view_directory_settings(access)
        if access is None:
            raise NotFound()
        if not decision.allowed:
            raise Forbidden(decision.reason)
        return DirectorySettingsType.from_model(await directory_settings.get(account))
