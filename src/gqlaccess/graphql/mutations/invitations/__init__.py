"""Invitation administration beside the areas that issue them."""

import strawberry

from .revoke_invitation import revoke_invitation


@strawberry.type
class InvitationAdminMutations:
    revoke_invitation = strawberry.mutation(resolver=revoke_invitation)
