from __future__ import annotations

import strawberry

from ...services.core.clock import utcnow
from ...services.invitations.invitations import effective_status, find, invitation_account
from ..context import Info
from ..types.invitation import InvitationPreview


@strawberry.type
class InvitationQueries:
    @strawberry.field(description="What a link is for, before accepting it. Null for an unknown link.")
    async def invitation(self, info: Info, token: str) -> InvitationPreview | None:
        invitation = await find(token)
        if invitation is None:
            return None
        account = await invitation_account(invitation)
        return InvitationPreview(
            kind=invitation.kind,
            status=effective_status(invitation, utcnow()),
            email=invitation.email,
            expires_at=invitation.expires_at,
            account_name=account.name if account else None,
            language=account.language if account else "en",
        )
