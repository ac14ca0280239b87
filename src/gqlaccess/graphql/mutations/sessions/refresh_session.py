from __future__ import annotations

from datetime import datetime

import strawberry

from ....services.auth import sessions
from ...context import Info
from ...errors import Unauthenticated
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class RefreshSessionInput:
    refresh_token: str


@strawberry.type
class RefreshSessionPayload(Payload):
    token: str | None = strawberry.field(default=None, description="The new access token (Bearer).")
    expires_at: datetime | None = strawberry.field(default=None, description="When the new access token ends.")
    refresh_token: str | None = strawberry.field(
        default=None, description="The next refresh token: the one you sent is spent (sending it again ends the session)."
    )
    refresh_expires_at: datetime | None = None


async def refresh_session(info: Info, input: RefreshSessionInput) -> RefreshSessionPayload:
    """Exchange a refresh token for a new access token and a new refresh token (no bearer needed).

    A refresh token works once. A spent one sent again, one of an ended session, or of a person who
    may no longer sign in answers UNAUTHENTICATED (`extensions.reason`) and ends the whole session.
    """

    async def body(scope: MutationScope) -> RefreshSessionPayload:
        context = info.context
        try:
            issued = await sessions.refresh_session(context.settings, input.refresh_token, ip=context.ip)
        except sessions.RefreshRefused as refused:
            if refused.session is not None:
                scope.target("Session", refused.session.id)
                scope.details.update(
                    userId=str(refused.session.user_id),  # type: ignore[attr-defined]
                    familyRevoked=refused.family_revoked,
                )
            raise Unauthenticated("The refresh token is invalid, spent or expired: sign in again.",
                                  reason=refused.reason.value) from None
        scope.target("Session", issued.session.id)
        return RefreshSessionPayload(
            token=issued.token,
            expires_at=issued.expires_at,
            refresh_token=issued.refresh_token,
            refresh_expires_at=issued.refresh_expires_at,
        )

    return await run_mutation(info, "auth.refresh_session", RefreshSessionPayload, body)
