from __future__ import annotations

import strawberry

from ...models import Account
from ...services.accounts.account_directory import viewer_accounts
from ..context import Info
from ..errors import NotFound
from ..guards import require_principal
from ..ids import decode_typed
from ..types.account import AccountType


async def reachable_accounts(info: Info) -> list[Account]:
    principal = info.context.principal
    if principal.read_only:
        return []  # a view-as-client token sees what the client sees: no account
    if principal.api_token_account_id is not None:
        account = await Account.get_or_none(id=principal.api_token_account_id)
        return [account] if account is not None else []
    if principal.user_id is None:
        return []
    return await viewer_accounts(principal.user_id)


@strawberry.type
class AccountQueries:
    @strawberry.field(description=(
        "The accounts the viewer reaches: their memberships' accounts in the order they joined, then the "
        "managed hosted accounts of those where they are active, oldest first."
    ))
    async def accounts(self, info: Info) -> list[AccountType]:
        require_principal(info)
        return [AccountType.from_model(account) for account in await reachable_accounts(info)]

    @strawberry.field
    async def account(self, info: Info, id: strawberry.ID) -> AccountType:
        require_principal(info)
        account_id = decode_typed(id, "Account")
        access = await info.context.access(account_id)
        if access is None:
            raise NotFound()
        account = await info.context.loaders.account.load(account_id)
        if account is None:
            raise NotFound()
        return AccountType.from_model(account)
