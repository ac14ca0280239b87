"""Invitations as Admins see them: listed with their effective status, revoked on demand."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from ...models import Invitation
from ...models.enums import InvitationKind, InvitationStatus
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from .invitations import effective_status

# Links that belong to an account (password resets belong to a user and are never listed).
LISTED_KINDS = (InvitationKind.USER_ACTIVATION, InvitationKind.ACCOUNT_SETUP, InvitationKind.CLIENT_SETUP)


def _status_filter(status: InvitationStatus, now: datetime) -> Q:
    """The effective status: an overdue PENDING link is EXPIRED even before the sweep marks it."""
    if status == InvitationStatus.PENDING:
        return Q(status=InvitationStatus.PENDING, expires_at__gt=now)
    if status == InvitationStatus.EXPIRED:
        return Q(status=InvitationStatus.EXPIRED) | Q(status=InvitationStatus.PENDING, expires_at__lte=now)
    return Q(status=status)


def _filtered(account_id: UUID, kinds: list[InvitationKind], status: InvitationStatus | None, now: datetime) -> QuerySet[Invitation]:
    query = Invitation.filter(account_id=account_id, kind__in=kinds)
    if status is not None:
        query = query.filter(_status_filter(status, now))
    return query


async def page(
    account_id: UUID,
    *,
    kinds: list[InvitationKind],
    status: InvitationStatus | None,
    now: datetime,
    limit: int,
    after: tuple[datetime, UUID] | None,
) -> tuple[list[Invitation], bool, int]:
    """Newest first, keyset on (created_at, id)."""
    query = _filtered(account_id, kinds, status, now)
    total = await query.count()
    if after is not None:
        created_at, last_id = after
        query = query.filter(Q(created_at__lt=created_at) | Q(created_at=created_at, id__lt=last_id))
    rows = await query.order_by("-created_at", "-id").limit(limit + 1)
    return rows[:limit], len(rows) > limit, total


async def revoke(deps: Deps, invitation: Invitation) -> Invitation:
    """Kills a pending link at once (the holder gets INVITATION_REVOKED)."""
    if effective_status(invitation, deps.now()) != InvitationStatus.PENDING:
        raise DomainError.of("invitationId", ErrorCode.NOT_PENDING, "Only a pending invitation can be revoked.")
    now = deps.now()
    updated = await Invitation.filter(id=invitation.id, status=InvitationStatus.PENDING).update(
        status=InvitationStatus.REVOKED, revoked_at=now
    )
    if updated != 1:
        raise DomainError.of("invitationId", ErrorCode.NOT_PENDING, "Only a pending invitation can be revoked.")
    invitation.status = InvitationStatus.REVOKED
    invitation.revoked_at = now
    return invitation
