"""The transactional outbox: e-mails owed, recorded with the change that causes them.

Lifecycle of a row: PENDING → (claimed by one job run: claimed_at set) → SENT | FAILED, or back
to PENDING with `next_attempt_at` after a transient failure. A claim older than
`mail_claim_timeout_seconds` belongs to a crashed worker and may be taken over. The periodic
`requeue_pending_emails` job enqueues rows nobody is working on, so nothing waits for ever
when Redis was down at commit time or a worker died.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

import orjson
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import Invitation, OutboxEmail
from ...models.enums import DeliveryStatus, OutboxStatus
from ...observability import metrics
from ...security import crypto

PAYLOAD_PURPOSE = "outbox-payload"


async def record_email(
    settings: Settings,
    *,
    template: str,
    to_email: str,
    language: str,
    variables: dict[str, Any],
    invitation_id: UUID | None = None,
    account_id: UUID | None = None,
    invitation: Invitation | None = None,
) -> OutboxEmail:
    """Call inside the transaction of the change; enqueue the returned id after commit.

    With SMTP configured the linked invitation shows deliveryStatus QUEUED from now on;
    without SMTP nothing leaves (NOT_SENT) and the row stays readable with `gqlaccess outbox`.
    Pass the `invitation` instance (rather than its id) so a payload built from it shows that.
    """
    if invitation is not None:
        invitation_id = invitation.id
    payload = crypto.encrypt(settings.secret_key, PAYLOAD_PURPOSE, orjson.dumps(variables, default=str).decode())
    row = await OutboxEmail.create(
        template=template,
        to_email=to_email,
        language=language if language in ("en", "fr") else "en",
        payload_encrypted=payload,
        invitation_id=invitation_id,
        account_id=account_id,
    )
    if invitation_id is not None:
        status = DeliveryStatus.QUEUED if settings.smtp_enabled else DeliveryStatus.NOT_SENT
        await Invitation.filter(id=invitation_id).update(delivery_status=status, sent_at=None)
        if invitation is not None:
            invitation.delivery_status = status
            invitation.sent_at = None
    return row


def read_variables(settings: Settings, email: OutboxEmail) -> dict[str, Any]:
    return orjson.loads(crypto.decrypt(settings.secret_key, PAYLOAD_PURPOSE, email.payload_encrypted))


async def claim(outbox_id: int, now: datetime, claim_timeout: timedelta) -> OutboxEmail | None:
    """Takes the row for one sending attempt; exactly one concurrent caller wins.

    None when the row is gone, already SENT/FAILED, or being sent by a live claim.
    """
    claimable = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - claim_timeout)
    won = await OutboxEmail.filter(claimable, id=outbox_id, status=OutboxStatus.PENDING).update(
        claimed_at=now, attempts=F("attempts") + 1
    )
    if won != 1:
        return None
    return await OutboxEmail.get_or_none(id=outbox_id)


async def mark_sent(email: OutboxEmail, now: datetime) -> None:
    async with in_transaction():  # the row and its invitation change together, for every reader
        await OutboxEmail.filter(id=email.id).update(
            status=OutboxStatus.SENT, sent_at=now, claimed_at=None, last_error=None, next_attempt_at=None
        )
        metrics.count(metrics.EMAILS, "sent")
        if email.invitation_id is not None:  # type: ignore[attr-defined]
            await Invitation.filter(id=email.invitation_id).update(  # type: ignore[attr-defined]
                delivery_status=DeliveryStatus.SENT, sent_at=now
            )


async def mark_failed(email: OutboxEmail, error: str) -> None:
    """A permanent failure (recipient refused, 5xx, unrenderable): retrying would not help."""
    async with in_transaction():
        await OutboxEmail.filter(id=email.id).update(
            status=OutboxStatus.FAILED, claimed_at=None, last_error=error[:2000], next_attempt_at=None
        )
        metrics.count(metrics.EMAILS, "failed")
        if email.invitation_id is not None:  # type: ignore[attr-defined]
            await Invitation.filter(id=email.invitation_id).update(  # type: ignore[attr-defined]
                delivery_status=DeliveryStatus.FAILED
            )


async def release(email: OutboxEmail, error: str, next_attempt_at: datetime) -> None:
    """A transient failure: back to PENDING, free for the next attempt at `next_attempt_at`."""
    await OutboxEmail.filter(id=email.id, status=OutboxStatus.PENDING).update(
        claimed_at=None, last_error=error[:2000], next_attempt_at=next_attempt_at
    )


@dataclass(frozen=True)
class DueEmail:
    id: int
    attempts: int


async def due_for_requeue(now: datetime, settings: Settings, limit: int = 1000) -> list[DueEmail]:
    """Rows nobody is working on: PENDING, unclaimed (or stale claim), old enough, attempt due.

    Oldest first and bounded; the ids only (no payloads), so a large backlog costs little.
    """
    waited = now - timedelta(seconds=settings.mail_requeue_after_seconds)
    stale = now - timedelta(seconds=settings.mail_claim_stale_seconds)
    rows = (
        await OutboxEmail.filter(
            Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale),
            Q(next_attempt_at__isnull=True, created_at__lt=waited) | Q(next_attempt_at__lte=now),
            status=OutboxStatus.PENDING,
        )
        .order_by("id")
        .limit(limit)
        .values_list("id", "attempts")
    )
    return [DueEmail(int(row_id), int(attempts)) for row_id, attempts in rows]


async def postpone(ids: list[int], until: datetime) -> None:
    """Requeued rows are not requeued again before `until` (the job may still be queued)."""
    if ids:
        await OutboxEmail.filter(id__in=ids, status=OutboxStatus.PENDING).update(next_attempt_at=until)


async def recent(limit: int = 20, to_email: str | None = None) -> list[OutboxEmail]:
    query = OutboxEmail.all() if to_email is None else OutboxEmail.filter(to_email=to_email.strip().lower())
    return await query.order_by("-id").limit(max(1, min(limit, 500)))
