from __future__ import annotations

import strawberry

from ....services.members import memberships
from ...context import Info
from ...errors import Forbidden
from ...runner import MutationScope, Payload, run_mutation
from ...types.membership import MembershipType
from ._shared import load_membership


@strawberry.input
class ResetUserTwoFactorInput:
    membership_id: strawberry.ID


@strawberry.type
class ResetUserTwoFactorPayload(Payload):
    membership: MembershipType | None = None


async def reset_user_two_factor(info: Info, input: ResetUserTwoFactorInput) -> ResetUserTwoFactorPayload:
    """An Admin resets another member's 2FA; never their own; the owner's only by a platform operator."""

    async def body(scope: MutationScope) -> ResetUserTwoFactorPayload:
        membership, access = await load_membership(info, input.membership_id)
        if not access.is_admin:
            raise Forbidden("ADMIN_REQUIRED", "Only an Admin can reset two-factor authentication.")
        await memberships.reset_two_factor(info.context.deps, access, membership, principal=info.context.principal)
        return ResetUserTwoFactorPayload(membership=MembershipType.from_model(membership))

    return await run_mutation(info, "user.reset_two_factor", ResetUserTwoFactorPayload, body)
