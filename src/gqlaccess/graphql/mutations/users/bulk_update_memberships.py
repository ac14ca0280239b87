from __future__ import annotations

import strawberry

from ....policy.capabilities import Capability, Level
from ....services.members import memberships
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.membership import MembershipType
from ._shared import AppAccessInput, GeoScopeInput, MediaSourceScopeInput, access_change, membership_ids


@strawberry.input(description="One change for a selection. The owner cannot be selected; Admin cannot be assigned.")
class BulkUpdateMembershipsInput:
    account_id: strawberry.ID
    membership_ids: list[strawberry.ID]
    role_id: strawberry.ID | None = None
    apps: AppAccessInput | None = None
    media_sources: MediaSourceScopeInput | None = None
    geos: GeoScopeInput | None = None
    dry_run: bool = strawberry.field(default=False, description="Show the memberships as they would be; write nothing.")


@strawberry.type
class BulkUpdateMembershipsPayload(Payload):
    memberships: list[MembershipType] = strawberry.field(default_factory=list)
    saved: bool = False


async def bulk_update_memberships(info: Info, input: BulkUpdateMembershipsInput) -> BulkUpdateMembershipsPayload:
    async def body(scope: MutationScope) -> BulkUpdateMembershipsPayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.USERS, Level.MANAGE)
        scope.target("Account", account_id)
        scope.details.update(count=len(input.membership_ids), dry_run=input.dry_run)
        preview = await memberships.bulk_update_memberships(
            info.context.deps, access, account_id, membership_ids(input.membership_ids),
            access_change(input.role_id, input.apps, input.media_sources, input.geos), dry_run=input.dry_run,
        )
        return BulkUpdateMembershipsPayload(
            memberships=[MembershipType.from_model(m) for m in preview.memberships], saved=preview.saved
        )

    return await run_mutation(info, "membership.bulk_update", BulkUpdateMembershipsPayload, body)
