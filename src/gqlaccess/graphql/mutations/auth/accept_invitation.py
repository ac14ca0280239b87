from __future__ import annotations

from datetime import datetime

import strawberry

from ....services.accounts import account_policies
from ....services.auth.sessions import issue_session
from ....services.invitations import invitations
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ...types.user import UserType


@strawberry.input
class AcceptInvitationInput:
    token: str
    password: str
    name: str | None = None
    accept_terms: bool = False
    accept_privacy: bool = False


@strawberry.type
class AcceptInvitationPayload(Payload):
    token: str | None = strawberry.field(default=None, extensions=[Secret()])
    expires_at: datetime | None = None
    user: UserType | None = None
    refresh_token: str | None = strawberry.field(
        default=None, description="Spend it with refreshSession for a new token (each refresh token works once)."
    )
    refresh_expires_at: datetime | None = strawberry.field(
        default=None, description="The session ends then whatever the refreshes: sign in again."
    )
    requires_totp_enrollment: bool | None = strawberry.field(
        default=None, description="The account requires two-factor authentication: enrol before using it."
    )


async def accept_invitation(info: Info, input: AcceptInvitationInput) -> AcceptInvitationPayload:
    """Set a password, accept the terms and the privacy policy: the user is active and logged in."""

    async def body(scope: MutationScope) -> AcceptInvitationPayload:
        context = info.context
        user = await invitations.accept(
            context.deps,
            token=input.token,
            password=input.password,
            name=input.name,
            accept_terms=input.accept_terms,
            accept_privacy=input.accept_privacy,
            throttle=context.throttle,
            client_ip=context.ip,
        )
        scope.target("User", user.id)
        issued = await issue_session(
            context.settings, user, ip=context.ip, user_agent=context.request.headers.get("user-agent")
        )
        return AcceptInvitationPayload(
            token=issued.token,
            expires_at=issued.expires_at,
            refresh_token=issued.refresh_token,
            refresh_expires_at=issued.refresh_expires_at,
            user=UserType.from_model(user),
            requires_totp_enrollment=await account_policies.totp_enrollment_required(user),
        )

    return await run_mutation(info, "auth.accept_invitation", AcceptInvitationPayload, body)
