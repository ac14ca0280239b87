from __future__ import annotations

import strawberry

from ....models.enums import MembershipStatus
from ....services.members import users
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.invitation import InvitationType
from ...types.membership import MembershipType
from ._shared import load_membership


@strawberry.input
class ResendInvitationInput:
    membership_id: strawberry.ID


@strawberry.type
class ResendInvitationPayload(Payload):
    membership: MembershipType | None = None
    invitation: InvitationType | None = None


async def resend_invitation(info: Info, input: ResendInvitationInput) -> ResendInvitationPayload:
    """Pending users only: a new 48-hour link; the previous one stops working."""

    async def body(scope: MutationScope) -> ResendInvitationPayload:
        membership, _access = await load_membership(info, input.membership_id)
        issued = await users.resend_invitation(
            info.context.deps, membership, actor_user_id=info.context.principal.user_id
        )
        pending_consent = membership.status == MembershipStatus.PENDING
        return ResendInvitationPayload(
            membership=MembershipType.from_model(membership),
            invitation=InvitationType.from_model(issued.invitation) if pending_consent
            else InvitationType.from_issued(issued, info.context.settings),
        )

    return await run_mutation(info, "user.resend_invitation", ResendInvitationPayload, body)
