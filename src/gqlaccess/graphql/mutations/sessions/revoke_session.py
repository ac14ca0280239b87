from __future__ import annotations

import strawberry

from ....services.auth import sessions
from ...context import Info
from ...errors import NotFound
from ...guards import require_user
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class RevokeSessionInput:
    session_id: strawberry.ID


@strawberry.type
class RevokeSessionPayload(Payload):
    revoked_session_id: strawberry.ID | None = None


async def revoke_session(info: Info, input: RevokeSessionInput) -> RevokeSessionPayload:
    """End one of your sessions (its access and refresh tokens stop at once). NOT_FOUND for an
    unknown or ended session, and for anybody else's."""

    async def body(scope: MutationScope) -> RevokeSessionPayload:
        principal = require_user(info)
        assert principal.user_id is not None
        session_id = decode_typed(input.session_id, "Session")
        scope.target("Session", session_id)
        # The policy (policy/sessions.py) is the owner only: the lookup is scoped to the caller.
        if not await sessions.revoke_own_session(principal.user_id, session_id):
            raise NotFound()
        return RevokeSessionPayload(revoked_session_id=input.session_id)

    return await run_mutation(info, "auth.revoke_session", RevokeSessionPayload, body)
