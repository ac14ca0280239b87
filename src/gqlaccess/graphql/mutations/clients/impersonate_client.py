from __future__ import annotations

from datetime import datetime

import strawberry

from ....models import User
from ....models.enums import SessionKind
from ....policy.capabilities import Level
from ....services.auth.sessions import create_session
from ....services.core.errors import DomainError, ErrorCode
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ._lookup import client_for_mutation


@strawberry.input
class ImpersonateClientInput:
    client_id: strawberry.ID


@strawberry.type
class ImpersonateClientPayload(Payload):
    token: str | None = strawberry.field(
        default=None, description="A short-lived, read-only token that sees what the client's users see.",
        extensions=[Secret()],
    )
    expires_at: datetime | None = None


async def impersonate_client(info: Info, input: ImpersonateClientInput) -> ImpersonateClientPayload:
    """"View as client" (seed 002). Needs clients: VIEW; every use of the token is audited."""

    async def body(scope: MutationScope) -> ImpersonateClientPayload:
        principal = require_user(info)
        client = await client_for_mutation(info, input.client_id, Level.VIEW)
        if client.suspended_at is not None:
            raise DomainError.of("clientId", ErrorCode.CLIENT_SUSPENDED, "A suspended client sees nothing.")
        user = await User.get(id=principal.user_id)
        context = info.context
        session, token = await create_session(
            user, lifetime=context.settings.lifetimes.impersonation, ip=context.ip,
            user_agent=context.request.headers.get("user-agent"), kind=SessionKind.IMPERSONATION,
            impersonated_client_id=client.id,
        )
        scope.details["session_id"] = str(session.id)
        return ImpersonateClientPayload(token=token, expires_at=session.expires_at)

    return await run_mutation(info, "client.impersonate", ImpersonateClientPayload, body)
