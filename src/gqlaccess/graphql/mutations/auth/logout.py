from __future__ import annotations

import strawberry

from ....services.auth.sessions import revoke_session
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation


@strawberry.type
class LogoutPayload(Payload):
    ok: bool = False


async def logout(info: Info) -> LogoutPayload:
    """End the current session (its token stops working at once)."""

    async def body(scope: MutationScope) -> LogoutPayload:
        principal = require_user(info, allow_impersonation=True)
        assert principal.session_id is not None
        scope.target("Session", principal.session_id)
        await revoke_session(principal.session_id)
        return LogoutPayload(ok=True)

    return await run_mutation(info, "auth.logout", LogoutPayload, body)
