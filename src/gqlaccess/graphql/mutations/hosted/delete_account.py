from __future__ import annotations

import strawberry

from ....policy.hosting import LifecycleAction
from ....services.accounts import account_deletion
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.hosting import AccountDeletionType
from ._lifecycle import authorize_lifecycle


@strawberry.input
class DeleteAccountInput:
    account_id: strawberry.ID
    confirmation: str | None = strawberry.field(
        default=None, description="The account's exact name: deletion cannot be undone."
    )


@strawberry.type
class DeleteAccountPayload(Payload):
    deletion: AccountDeletionType | None = strawberry.field(
        default=None, description="SUCCEEDED at once for small accounts; QUEUED (worker job) for large ones."
    )


async def delete_account(info: Info, input: DeleteAccountInput) -> DeleteAccountPayload:
    """Host (hosted_accounts: MANAGE, managed or unmanaged), the account's owner, or an operator."""

    async def body(scope: MutationScope) -> DeleteAccountPayload:
        account = await authorize_lifecycle(info, input.account_id, LifecycleAction.DELETE)
        scope.details["name"] = account.name
        deletion = await account_deletion.request_deletion(
            info.context.deps, account, confirmation=input.confirmation,
            requested_by_id=info.context.principal.user_id,
        )
        scope.details["mode"] = "inline" if deletion.status == "SUCCEEDED" else "worker"
        return DeleteAccountPayload(deletion=AccountDeletionType.from_model(deletion))

    return await run_mutation(info, "account.delete", DeleteAccountPayload, body)
