"""Invitations of an account with their effective status (users VIEW; clients VIEW for setup links)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from ...models import Invitation
from ...models.enums import InvitationKind as StoredKind
from ...models.enums import InvitationStatus as StoredStatus
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...services.core.clock import utcnow
from ...services.invitations import invitation_lists
from ..context import Info
from ..errors import BadUserInput, Forbidden, NotFound
from ..guards import authorize, require_principal
from ..ids import decode_typed
from ..pagination import Connection, build_connection, decode_cursor, encode_cursor, page_size
from ..types.enums import InvitationKind, InvitationStatus
from ..types.invitation import InvitationType
from ..types.node import register_node


def capability_for(kind: StoredKind) -> Capability:
    """Client setup links are the clients area's; the others are about users."""
    return Capability.CLIENTS if kind == StoredKind.CLIENT_SETUP else Capability.USERS


async def load_invitation(info: Info, invitation_id: str, level: Level) -> Invitation:
    require_principal(info)
    invitation = await Invitation.get_or_none(id=decode_typed(invitation_id, "Invitation"))
    if invitation is None or invitation.account_id is None or invitation.kind not in invitation_lists.LISTED_KINDS:  # type: ignore[attr-defined]
        raise NotFound()
    await authorize(info, invitation.account_id, capability_for(StoredKind(invitation.kind)), level)  # type: ignore[attr-defined]
    return invitation


@register_node("Invitation")
async def _invitation_node(info: Info, invitation_id: UUID) -> InvitationType | None:
    invitation = await Invitation.get_or_none(id=invitation_id)
    if invitation is None or invitation.account_id is None or invitation.kind not in invitation_lists.LISTED_KINDS:  # type: ignore[attr-defined]
        return None
    access = await info.context.access(invitation.account_id)  # type: ignore[attr-defined]
    if not may(access, capability_for(StoredKind(invitation.kind)), Level.VIEW).allowed:
        return None
    return InvitationType.from_model(invitation)


def _cursor(value: str | None) -> tuple[datetime, UUID] | None:
    raw = decode_cursor(value)
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(str(raw[0])), UUID(str(raw[1]))
    except (ValueError, IndexError) as exc:
        raise BadUserInput("Malformed cursor.") from exc


@strawberry.type
class InvitationListQueries:
    @strawberry.field(description="Invitations of an account, newest first; status is the effective one.")
    async def invitations(
        self,
        info: Info,
        account_id: strawberry.ID,
        status: InvitationStatus | None = None,  # type: ignore[valid-type]
        kind: InvitationKind | None = None,  # type: ignore[valid-type]
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[InvitationType]:
        require_principal(info)
        account = decode_typed(account_id, "Account")
        if kind is not None:
            stored_kind = StoredKind(kind)
            if stored_kind not in invitation_lists.LISTED_KINDS:
                raise BadUserInput("Password-reset links are never listed.")
            await authorize(info, account, capability_for(stored_kind), Level.VIEW)
            kinds = [stored_kind]
        else:
            access = await info.context.access(account)
            if access is None:
                raise NotFound()
            kinds = [k for k in invitation_lists.LISTED_KINDS if may(access, capability_for(k), Level.VIEW).allowed]
            if not kinds:
                raise Forbidden(may(access, Capability.USERS, Level.VIEW).reason)
        limit = page_size(first)
        after_key = _cursor(after)
        rows, has_next, total = await invitation_lists.page(
            account,
            kinds=kinds,
            status=StoredStatus(status) if status is not None else None,
            now=utcnow(),
            limit=limit,
            after=after_key,
        )
        return build_connection(
            [InvitationType.from_model(r) for r in rows],
            [encode_cursor([r.created_at.isoformat(), str(r.id)]) for r in rows],
            has_next=has_next,
            has_previous=after_key is not None,
            total=total,
        )
