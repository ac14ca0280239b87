from __future__ import annotations

import strawberry

from ...models import Account, AccountDeletion
from ...policy.capabilities import Capability, Level
from ..context import Info
from ..errors import NotFound
from ..guards import authorize, require_principal
from ..ids import decode_typed
from ..types.account import AccountType
from ..types.hosting import AccountDeletionType


@strawberry.type
class HostingQueries:
    @strawberry.field(
        description="The accounts a host created, managed and unmanaged, with their status (seed 001). "
        "Listing an unmanaged account here gives no access to it."
    )
    async def hosted_accounts(self, info: Info, host_account_id: strawberry.ID) -> list[AccountType]:
        host_id = decode_typed(host_account_id, "Account")
        await authorize(info, host_id, Capability.HOSTED_ACCOUNTS, Level.VIEW)
        rows = await Account.filter(host_id=host_id).order_by("name", "id")
        return [AccountType.from_model(a) for a in rows]

    @strawberry.field(description="Progress of an account deletion, for the person who asked for it.")
    async def account_deletion(self, info: Info, id: strawberry.ID) -> AccountDeletionType:
        principal = require_principal(info)
        deletion = await AccountDeletion.get_or_none(id=decode_typed(id, "AccountDeletion"))
        if deletion is None or principal.user_id is None:
            raise NotFound()
        if deletion.requested_by_id != principal.user_id and not principal.is_platform_operator:
            raise NotFound()
        return AccountDeletionType.from_model(deletion)
