from __future__ import annotations

import strawberry

from ....models.enums import MembershipStatus
from ....services.directory import settings as directory_settings
from ....services.members import memberships
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.membership import MembershipType
from ._shared import load_membership


@strawberry.input
class DeactivateMembershipInput:
    membership_id: strawberry.ID


@strawberry.input
class ReactivateMembershipInput:
    membership_id: strawberry.ID


@strawberry.type
class DeactivateMembershipPayload(Payload):
    membership: MembershipType | None = None


@strawberry.type
class ReactivateMembershipPayload(Payload):
    membership: MembershipType | None = None


async def deactivate_membership(info: Info, input: DeactivateMembershipInput) -> DeactivateMembershipPayload:
    """The member can no longer act in this account; their open sessions stop working here at once."""

    async def body(scope: MutationScope) -> DeactivateMembershipPayload:
        membership, access = await load_membership(info, input.membership_id)
        await directory_settings.check_editable(membership, fields={"membershipId"})  # SCIM owns `active`
        updated = await memberships.set_status(info.context.deps, access, membership, MembershipStatus.INACTIVE)
        return DeactivateMembershipPayload(membership=MembershipType.from_model(updated))

    return await run_mutation(info, "membership.deactivate", DeactivateMembershipPayload, body)


async def reactivate_membership(info: Info, input: ReactivateMembershipInput) -> ReactivateMembershipPayload:
    async def body(scope: MutationScope) -> ReactivateMembershipPayload:
        membership, access = await load_membership(info, input.membership_id)
        await directory_settings.check_editable(membership, fields={"membershipId"})  # SCIM owns `active`
        updated = await memberships.set_status(info.context.deps, access, membership, MembershipStatus.ACTIVE)
        return ReactivateMembershipPayload(membership=MembershipType.from_model(updated))

    return await run_mutation(info, "membership.reactivate", ReactivateMembershipPayload, body)
