from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import Session as SessionModel
from ...policy.sessions import may_manage_sessions_of
from ...services.auth import sessions
from ..context import Info
from ..ids import encode_id
from .node import Node, register_node


@strawberry.type(name="Session", description="One signed-in device or app of the person (a session family: "
    "its access tokens and refresh tokens). Visible to the person only.")
class SessionType(Node):
    model: strawberry.Private[SessionModel]
    device_label: str = strawberry.field(description='From the User-Agent: "Firefox 133 on Ubuntu".')
    user_agent: str | None
    ip: str | None = strawberry.field(description="The address it was last refreshed from.")
    created_at: datetime = strawberry.field(description="When the person signed in.")
    last_used_at: datetime | None
    expires_at: datetime = strawberry.field(description="The session ends then, whatever the refreshes.")

    @strawberry.field(description="This is the session of the token making the request.")
    def current(self, info: Info) -> bool:
        return info.context.principal.session_id == self.model.id

    @classmethod
    def from_model(cls, session: SessionModel) -> SessionType:
        return cls(
            model=session,
            id=strawberry.ID(encode_id("Session", session.id)),
            device_label=sessions.device_label(session.user_agent),
            user_agent=session.user_agent,
            ip=session.ip,
            created_at=session.created_at,
            last_used_at=session.last_used_at,
            expires_at=session.expires_at,
        )


@register_node("Session")
async def _session_node(info: Info, session_id) -> SessionType | None:  # type: ignore[no-untyped-def]
    principal = info.context.principal
    if principal.user_id is None:
        return None
    session = next((s for s in await sessions.live_sessions(principal.user_id) if s.id == session_id), None)
    if session is None or not may_manage_sessions_of(principal, session.user_id):  # type: ignore[attr-defined]
        return None
    return SessionType.from_model(session)
