from __future__ import annotations

import strawberry

from ....policy.capabilities import Capability, Level
from ....services.members import users
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.invitation import InvitationType
from ...types.membership import MembershipType
from ._shared import AppAccessInput, GeoScopeInput, MediaSourceScopeInput, access_change


@strawberry.input
class CreateUserInput:
    account_id: strawberry.ID
    email: str
    name: str
    role_id: strawberry.ID
    department: str | None = None
    notification_email: str | None = None
    apps: AppAccessInput | None = None
    media_sources: MediaSourceScopeInput | None = None
    geos: GeoScopeInput | None = None
    send_invitation: bool = True


@strawberry.type
class CreateUserPayload(Payload):
    membership: MembershipType | None = None
    invitation: InvitationType | None = None


def invitation_out(info: Info, created: users.CreatedMember | None) -> InvitationType | None:
    """The link is returned only when SMTP is off (seed 001), and never for an invitation awaiting
    an existing person's consent: that link is the person's own (it asks for their password)."""
    if created is None or created.issued is None:
        return None
    if created.pending_consent:
        return InvitationType.from_model(created.issued.invitation, url=None)
    return InvitationType.from_issued(created.issued, info.context.settings)


def new_user(input: CreateUserInput) -> users.NewUser:  # type: ignore[valid-type]
    return users.NewUser(
        email=input.email,
        name=input.name,
        department=input.department,
        notification_email=input.notification_email,
        access=access_change(input.role_id, input.apps, input.media_sources, input.geos),
        send_invitation=input.send_invitation,
    )


async def create_user(info: Info, input: CreateUserInput) -> CreateUserPayload:
    """A user in this account: a new identity with a 48-hour activation link; an activated user of
    an account the caller manages added here at once; any other existing person invited (PENDING
    until they accept). Any other conflict is the generic USER_CANNOT_BE_CREATED."""

    async def body(scope: MutationScope) -> CreateUserPayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.USERS, Level.MANAGE)
        created = await users.create_user(
            info.context.deps, access, account_id, new_user(input), actor_user_id=info.context.principal.user_id,
            principal=info.context.principal,
        )
        scope.target("Membership", created.membership.id)
        scope.details["added_existing_user"] = created.added_existing_user
        scope.details["pending_consent"] = created.pending_consent
        return CreateUserPayload(
            membership=MembershipType.from_model(created.membership),
            invitation=invitation_out(info, created),
        )

    return await run_mutation(info, "user.create", CreateUserPayload, body)
