from __future__ import annotations

import strawberry

from ....policy.capabilities import Capability, Level
from ....services.members import memberships
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed, encode_id
from ...runner import MutationScope, Payload, run_mutation
from ._shared import membership_ids


@strawberry.input
class RemoveUsersInput:
    account_id: strawberry.ID
    membership_ids: list[strawberry.ID] = strawberry.field(description="At most 1,000 per call.")


@strawberry.type
class RemovedUser:
    membership_id: strawberry.ID
    user_id: strawberry.ID
    email: str
    user_deleted: bool = strawberry.field(description="The user belonged nowhere else and was deleted.")


@strawberry.type
class RemoveUsersPayload(Payload):
    removed: list[RemovedUser] = strawberry.field(default_factory=list)


async def remove_users(info: Info, input: RemoveUsersInput) -> RemoveUsersPayload:
    """Removes members from this account, all or nothing; the owner cannot be removed."""

    async def body(scope: MutationScope) -> RemoveUsersPayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.USERS, Level.MANAGE)
        scope.target("Account", account_id)
        removed = await memberships.remove_users(
            info.context.deps, access, account_id, membership_ids(input.membership_ids)
        )
        scope.details["removed_memberships"] = [str(r.membership_id) for r in removed]
        return RemoveUsersPayload(
            removed=[
                RemovedUser(
                    membership_id=strawberry.ID(encode_id("Membership", r.membership_id)),
                    user_id=strawberry.ID(encode_id("User", r.user_id)),
                    email=r.email,
                    user_deleted=r.user_deleted,
                )
                for r in removed
            ]
        )

    return await run_mutation(info, "user.remove", RemoveUsersPayload, body)
