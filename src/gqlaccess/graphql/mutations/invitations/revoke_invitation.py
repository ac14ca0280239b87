from __future__ import annotations

import strawberry

from ....policy.capabilities import Level
from ....services.invitations import invitation_lists
from ...context import Info
from ...queries.invitation_list import load_invitation
from ...runner import MutationScope, Payload, run_mutation
from ...types.invitation import InvitationType


@strawberry.input
class RevokeInvitationInput:
    invitation_id: strawberry.ID


@strawberry.type
class RevokeInvitationPayload(Payload):
    invitation: InvitationType | None = None


async def revoke_invitation(info: Info, input: RevokeInvitationInput) -> RevokeInvitationPayload:
    """Kills a pending link (users MANAGE; clients MANAGE for client setup links)."""

    async def body(scope: MutationScope) -> RevokeInvitationPayload:
        invitation = await load_invitation(info, input.invitation_id, Level.MANAGE)
        scope.target("Invitation", invitation.id)
        revoked = await invitation_lists.revoke(info.context.deps, invitation)
        return RevokeInvitationPayload(invitation=InvitationType.from_model(revoked))

    return await run_mutation(info, "invitation.revoke", RevokeInvitationPayload, body)
