from __future__ import annotations

import strawberry

from ...models.enums import SessionKind
from ...services.auth import sessions
from ..context import Info
from ..guards import require_user
from ..types.session import SessionType


@strawberry.type
class SessionQueries:
    @strawberry.field(description="Your signed-in devices and apps (live sessions), most recently used first; "
        "`current` marks the one making this request. End them with revokeSession / revokeOtherSessions.")
    async def my_sessions(self, info: Info) -> list[SessionType]:
        principal = require_user(info)
        assert principal.user_id is not None
        return [
            SessionType.from_model(s)
            for s in await sessions.live_sessions(principal.user_id)
            if s.kind == SessionKind.USER
        ]
