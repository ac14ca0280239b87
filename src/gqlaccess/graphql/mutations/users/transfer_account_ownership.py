from __future__ import annotations

import strawberry

from ....models import Account, Membership
from ....policy.capabilities import Capability, Level
from ....services.members import memberships
from ...context import Info
from ...errors import Forbidden, NotFound
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.account import AccountType
from ...types.membership import MembershipType


@strawberry.input
class TransferAccountOwnershipInput:
    account_id: strawberry.ID
    membership_id: strawberry.ID = strawberry.field(description="The new owner: an active Admin of this account.")


@strawberry.type
class TransferAccountOwnershipPayload(Payload):
    account: AccountType | None = None
    owner: MembershipType | None = None


async def transfer_account_ownership(
    info: Info, input: TransferAccountOwnershipInput
) -> TransferAccountOwnershipPayload:
    """Started by the current owner or a platform operator only."""

    async def body(scope: MutationScope) -> TransferAccountOwnershipPayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.USERS, Level.MANAGE)
        if not (access.is_owner or info.context.principal.is_platform_operator):
            raise Forbidden("OWNER_REQUIRED", "Only the account owner or the platform's support can do this.")
        target_id = decode_typed(input.membership_id, "Membership")
        target = await Membership.get_or_none(id=target_id, account_id=account_id)
        if target is None:
            raise NotFound()
        scope.target("Membership", target.id)
        account = await Account.get(id=account_id)
        updated = await memberships.transfer_ownership(
            info.context.deps, account, target, principal=info.context.principal
        )
        return TransferAccountOwnershipPayload(
            account=AccountType.from_model(updated), owner=MembershipType.from_model(target)
        )

    return await run_mutation(info, "account.transfer_ownership", TransferAccountOwnershipPayload, body)
