from __future__ import annotations

import strawberry

from ....policy.hosting import LifecycleAction
from ....services.accounts import hosted_accounts
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.account import AccountType
from ._lifecycle import authorize_lifecycle


@strawberry.input
class RenameAccountInput:
    account_id: strawberry.ID
    name: str


@strawberry.type
class RenameAccountPayload(Payload):
    account: AccountType | None = None


async def rename_account(info: Info, input: RenameAccountInput) -> RenameAccountPayload:
    """Host members with hosted_accounts: MANAGE (managed accounts), the account's Admins, operators."""

    async def body(scope: MutationScope) -> RenameAccountPayload:
        account = await authorize_lifecycle(info, input.account_id, LifecycleAction.RENAME)
        scope.details["previous_name"] = account.name
        renamed = await hosted_accounts.rename_account(account, input.name)
        return RenameAccountPayload(account=AccountType.from_model(renamed))

    return await run_mutation(info, "account.rename", RenameAccountPayload, body)
