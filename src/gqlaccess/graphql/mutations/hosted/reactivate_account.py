from __future__ import annotations

import strawberry

from ....policy.hosting import LifecycleAction
from ....services.accounts import account_deletion, hosted_accounts
from ....services.core.errors import DomainError, ErrorCode
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.account import AccountType
from ._lifecycle import authorize_lifecycle


@strawberry.input
class ReactivateAccountInput:
    account_id: strawberry.ID


@strawberry.type
class ReactivateAccountPayload(Payload):
    account: AccountType | None = None


async def reactivate_account(info: Info, input: ReactivateAccountInput) -> ReactivateAccountPayload:
    async def body(scope: MutationScope) -> ReactivateAccountPayload:
        account = await authorize_lifecycle(info, input.account_id, LifecycleAction.DEACTIVATE)
        if await account_deletion.deletion_in_flight(account.id):
            raise DomainError.of("accountId", ErrorCode.ACCOUNT_NOT_DEACTIVATED, "This account is being deleted.")
        updated = await hosted_accounts.reactivate_account(account, deps=info.context.deps)
        return ReactivateAccountPayload(account=AccountType.from_model(updated))

    return await run_mutation(info, "account.reactivate", ReactivateAccountPayload, body)
