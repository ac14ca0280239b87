"""The person's answer to an invitation from another account (services/members/consent.py)."""

from __future__ import annotations

import strawberry

from ....services.members import consent
from ...context import Info
from ...guards import require_user
from ...ids import decode_optional
from ...runner import MutationScope, Payload, run_mutation
from ...types.membership import MembershipType


@strawberry.input
class AcceptMembershipInput:
    membership_id: strawberry.ID = strawberry.field(description="From me.pendingInvitations.")


@strawberry.type
class AcceptMembershipPayload(Payload):
    membership: MembershipType | None = None


@strawberry.input
class DeclineMembershipInput:
    membership_id: strawberry.ID = strawberry.field(description="From me.pendingInvitations.")


@strawberry.type
class DeclineMembershipPayload(Payload):
    declined: bool = False


async def accept_membership(info: Info, input: AcceptMembershipInput) -> AcceptMembershipPayload:
    """Signed in: join the account that invited you, with the role it offered."""

    async def body(scope: MutationScope) -> AcceptMembershipPayload:
        principal = require_user(info)
        assert principal.user_id is not None
        membership = await consent.accept_membership(
            info.context.deps, principal.user_id, decode_optional(input.membership_id, "Membership")
        )
        scope.account_id = membership.account_id  # type: ignore[attr-defined]
        scope.target("Membership", membership.id)
        return AcceptMembershipPayload(membership=MembershipType.from_model(membership))

    return await run_mutation(info, "membership.accept", AcceptMembershipPayload, body)


async def decline_membership(info: Info, input: DeclineMembershipInput) -> DeclineMembershipPayload:
    """Signed in: refuse an invitation; the inviting account loses the pending row."""

    async def body(scope: MutationScope) -> DeclineMembershipPayload:
        principal = require_user(info)
        assert principal.user_id is not None
        membership = await consent.decline_membership(
            info.context.deps, principal.user_id, decode_optional(input.membership_id, "Membership")
        )
        scope.account_id = membership.account_id  # type: ignore[attr-defined]
        scope.target("Membership", membership.id)
        return DeclineMembershipPayload(declined=True)

    return await run_mutation(info, "membership.decline", DeclineMembershipPayload, body)
