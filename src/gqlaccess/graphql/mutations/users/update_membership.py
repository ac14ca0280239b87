from __future__ import annotations

import strawberry

from ....services.directory import settings as directory_settings
from ....services.members import memberships
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.membership import MembershipType
from ._shared import AppAccessInput, GeoScopeInput, MediaSourceScopeInput, access_change, load_membership


@strawberry.input(description="Omitted fields stay as they are. The e-mail is never editable.")
class UpdateMembershipInput:
    membership_id: strawberry.ID
    name: str | None = strawberry.field(
        default=None, description="Only while the user belongs to this account alone (USER_PROFILE_SHARED)."
    )
    department: str | None = None
    notification_email: str | None = None
    role_id: strawberry.ID | None = None
    apps: AppAccessInput | None = None
    media_sources: MediaSourceScopeInput | None = None
    geos: GeoScopeInput | None = None


@strawberry.type
class UpdateMembershipPayload(Payload):
    membership: MembershipType | None = None


async def update_membership(info: Info, input: UpdateMembershipInput) -> UpdateMembershipPayload:
    """Role, apps, media sources, geos (and the profile of a single-account user)."""

    async def body(scope: MutationScope) -> UpdateMembershipPayload:
        membership, access = await load_membership(info, input.membership_id)
        given = {
            name for name, value in (
                ("name", input.name), ("department", input.department),
                ("notificationEmail", input.notification_email),
            ) if value is not None
        }
        profile = memberships.ProfileChange(input.name, input.department, input.notification_email, given)
        change = access_change(input.role_id, input.apps, input.media_sources, input.geos)
        owned = {"name", "department"} & given | ({"roleId"} if input.role_id is not None else set())
        await directory_settings.check_editable(membership, fields=owned)  # SCIM owns these (issue 18)
        updated = await memberships.update_membership(
            info.context.deps, access, membership, change, profile, principal=info.context.principal
        )
        return UpdateMembershipPayload(membership=MembershipType.from_model(updated))

    return await run_mutation(info, "membership.update", UpdateMembershipPayload, body)
