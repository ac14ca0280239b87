from __future__ import annotations

import strawberry

from ....services.auth import sessions
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation


@strawberry.type
class RevokeOtherSessionsPayload(Payload):
    revoked_count: int = 0


async def revoke_other_sessions(info: Info) -> RevokeOtherSessionsPayload:
    """Sign out everywhere else: every session of yours but the one making this request ends."""

    async def body(scope: MutationScope) -> RevokeOtherSessionsPayload:
        principal = require_user(info)
        assert principal.user_id is not None and principal.session_id is not None
        scope.target("User", principal.user_id)
        count = await sessions.revoke_other_sessions(principal.user_id, principal.session_id)
        scope.details["revokedCount"] = count
        return RevokeOtherSessionsPayload(revoked_count=count)

    return await run_mutation(info, "auth.revoke_other_sessions", RevokeOtherSessionsPayload, body)
