from __future__ import annotations

import strawberry

from ....policy.hosting import LifecycleAction
from ....services.accounts import hosted_accounts
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.account import AccountType
from ._lifecycle import authorize_lifecycle


@strawberry.input
class DeactivateAccountInput:
    account_id: strawberry.ID


@strawberry.type
class DeactivateAccountPayload(Payload):
    account: AccountType | None = None


async def deactivate_account(info: Info, input: DeactivateAccountInput) -> DeactivateAccountPayload:
    """Managed hosted accounts (host's hosted_accounts: MANAGE) or operators. Data is kept;
    nobody can act in the account until it is reactivated."""

    async def body(scope: MutationScope) -> DeactivateAccountPayload:
        account = await authorize_lifecycle(info, input.account_id, LifecycleAction.DEACTIVATE)
        updated = await hosted_accounts.deactivate_account(account, deps=info.context.deps)
        return DeactivateAccountPayload(account=AccountType.from_model(updated))

    return await run_mutation(info, "account.deactivate", DeactivateAccountPayload, body)
