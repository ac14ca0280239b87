from __future__ import annotations

from datetime import datetime

import strawberry

from ...config import Settings
from ...models import Invitation as InvitationModel
from ...services.core.clock import utcnow
from ...services.invitations.invitations import IssuedInvitation, effective_status, returned_link
from ..ids import encode_id
from ..secrets import Secret
from .enums import DeliveryStatus, InvitationKind, InvitationStatus
from .node import Node


@strawberry.type(name="Invitation")
class InvitationType(Node):
    model: strawberry.Private[InvitationModel]
    kind: InvitationKind  # type: ignore[valid-type]
    email: str
    expires_at: datetime
    accepted_at: datetime | None
    delivery_status: DeliveryStatus  # type: ignore[valid-type]
    sent_at: datetime | None
    created_at: datetime
    url: str | None = strawberry.field(
        description="The link itself: only in the payload that created it, and only when SMTP is off.",
        extensions=[Secret()],
    )

    @strawberry.field
    def status(self) -> InvitationStatus:  # type: ignore[valid-type]
        return effective_status(self.model, utcnow())

    @classmethod
    def from_model(cls, invitation: InvitationModel, url: str | None = None) -> InvitationType:
        return cls(
            model=invitation,
            id=strawberry.ID(encode_id("Invitation", invitation.id)),
            kind=invitation.kind,
            email=invitation.email,
            expires_at=invitation.expires_at,
            accepted_at=invitation.accepted_at,
            delivery_status=invitation.delivery_status,
            sent_at=invitation.sent_at,
            created_at=invitation.created_at,
            url=url,
        )

    @classmethod
    def from_issued(cls, issued: IssuedInvitation | None, settings: Settings) -> InvitationType | None:
        """For the payload of a mutation that issued a link: `url` only when SMTP is off."""
        if issued is None:
            return None
        return cls.from_model(issued.invitation, url=returned_link(settings, issued))


@strawberry.type(description="What the holder of a link may learn before accepting it.")
class InvitationPreview:
    kind: InvitationKind  # type: ignore[valid-type]
    status: InvitationStatus  # type: ignore[valid-type]
    email: str
    expires_at: datetime
    account_name: str | None
    language: str
