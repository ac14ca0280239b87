"""Delivering webhooks: one signed attempt at a time, retries, lanes kept in order, history purge.

Delivery is at least once, signed with the Standard Webhooks layout, retried with exponential
back-off for at least 24 h (settings.webhook_retry_*), and ordered per (endpoint, subject): a
delivery waits while an older one of the same subject to the same endpoint is still owed.
"Older" is the delivery id: two transactions emitting on one subject at the same instant may
commit in the other order than their ids (PostgreSQL allocates ids before commit); for one
object changed by one request at a time that does not happen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import orjson
import structlog
from tortoise.expressions import Q, Subquery
from tortoise.functions import Min
from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from ...models.enums import WebhookDeliveryStatus
from ...observability import metrics
from ...security import webhook_signature as signature
from ..core.deps import Deps
from .webhooks import TargetNotAllowed, port_of, resolve_public_addresses, signing_secrets

log = structlog.get_logger(__name__)

_ATTEMPT_LOG_SIZE = 20
USER_AGENT = "gqlaccess-webhooks/1"
HISTORY_RETENTION = timedelta(days=30)


def retry_delay(settings: Settings, attempts: int) -> timedelta:
    """Exponential: base, 2×base, 4×base ... capped; the window ends the retries (≥ 24 h)."""
    seconds = settings.webhook_retry_base_seconds * (2 ** max(attempts - 1, 0))
    return timedelta(seconds=min(seconds, settings.webhook_retry_max_delay_seconds))


@dataclass
class AttemptResult:
    status_code: int | None
    error: str | None
    duration_ms: int
    excerpt: str | None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def _post(settings: Settings, url: str, headers: dict[str, str], body: bytes) -> AttemptResult:
    started = time.monotonic()
    parts = urlsplit(url)
    target = url
    extensions: dict[str, Any] = {}
    try:
        if not settings.allow_private_webhook_targets:
            # Resolve once, check, and connect to that very address (no DNS rebinding in between).
            address = (await resolve_public_addresses(parts.hostname or "", port_of(parts)))[0]
            host = f"[{address}]" if ":" in address else address
            netloc = f"{host}:{parts.port}" if parts.port else host
            target = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
            headers = {**headers, "host": parts.netloc}
            if parts.scheme == "https":
                extensions["sni_hostname"] = parts.hostname
        timeout = httpx.Timeout(settings.webhook_timeout_seconds, connect=min(5.0, settings.webhook_timeout_seconds))
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            response = await client.post(target, content=body, headers=headers, extensions=extensions)
        excerpt = response.text[:500] if response.content else None
        return AttemptResult(response.status_code, None, _ms(started), excerpt)
    except TargetNotAllowed as exc:
        return AttemptResult(None, f"target not allowed: {exc}", _ms(started), None)
    except httpx.TimeoutException:
        return AttemptResult(None, "timeout", _ms(started), None)
    except httpx.HTTPError as exc:
        return AttemptResult(None, f"{type(exc).__name__}: {exc}"[:500], _ms(started), None)


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def message_id(event: WebhookEvent) -> str:
    return f"msg_{event.id.hex}"


async def next_in_lane(delivery: WebhookDelivery) -> int | None:
    """The oldest delivery still owed on the same subject to the same endpoint."""
    row = (
        await WebhookDelivery.filter(
            endpoint_id=delivery.endpoint_id,  # type: ignore[attr-defined]
            subject=delivery.subject,
            status=WebhookDeliveryStatus.PENDING,
        )
        .order_by("id")
        .first()
        .values_list("id", flat=True)
    )
    return row  # type: ignore[return-value]


async def attempt_delivery(deps: Deps, delivery_id: int) -> tuple[str, WebhookDelivery | None]:
    """One attempt, if the delivery is due and first in its lane. Safe to call concurrently.

    Returns (outcome, delivery): delivered | retry | failed | waiting | not-due | busy | done | missing.
    """
    settings = deps.settings
    now = deps.now()
    delivery = await WebhookDelivery.get_or_none(id=delivery_id)
    if delivery is None:
        return "missing", None
    if delivery.status != WebhookDeliveryStatus.PENDING:
        return "done", delivery
    if delivery.next_attempt_at > now:
        return "not-due", delivery
    if await WebhookDelivery.filter(
        endpoint_id=delivery.endpoint_id,  # type: ignore[attr-defined]
        subject=delivery.subject,
        status=WebhookDeliveryStatus.PENDING,
        id__lt=delivery.id,
    ).exists():
        return "waiting", delivery
    lease = now + timedelta(seconds=settings.webhook_timeout_seconds + 60)
    leased = await WebhookDelivery.filter(
        Q(locked_until=None) | Q(locked_until__lt=now), id=delivery.id, status=WebhookDeliveryStatus.PENDING
    ).update(locked_until=lease)
    if leased != 1:
        return "busy", delivery
    endpoint = await WebhookEndpoint.get_or_none(id=delivery.endpoint_id)  # type: ignore[attr-defined]
    if endpoint is None or not endpoint.enabled:
        await WebhookDelivery.filter(id=delivery.id).update(
            status=WebhookDeliveryStatus.FAILED, last_error="webhook disabled", locked_until=None
        )
        return "failed", delivery
    event = await WebhookEvent.get(id=delivery.event_id)  # type: ignore[attr-defined]
    body = orjson.dumps(event.payload)
    headers = signature.headers(signing_secrets(settings, endpoint, now), message_id(event), int(now.timestamp()), body)
    headers.update({"content-type": "application/json", "user-agent": USER_AGENT})
    result = await _post(settings, endpoint.url, headers, body)
    return await _record(deps, delivery, result), delivery


async def _record(deps: Deps, delivery: WebhookDelivery, result: AttemptResult) -> str:
    settings = deps.settings
    now = deps.now()
    attempts = delivery.attempts + 1
    entry = {"at": now.isoformat(), "statusCode": result.status_code, "error": result.error, "durationMs": result.duration_ms}
    changes: dict[str, Any] = {
        "attempts": attempts,
        "last_attempt_at": now,
        "last_status_code": result.status_code,
        "last_error": result.error,
        "last_duration_ms": result.duration_ms,
        "response_excerpt": result.excerpt,
        "attempt_log": [*(delivery.attempt_log or []), entry][-_ATTEMPT_LOG_SIZE:],
        "locked_until": None,
    }
    if result.ok:
        outcome = "delivered"
        changes.update(status=WebhookDeliveryStatus.SUCCEEDED, delivered_at=now)
    elif (now - delivery.created_at).total_seconds() >= settings.webhook_retry_window_seconds:
        outcome = "failed"
        changes.update(status=WebhookDeliveryStatus.FAILED)
    else:
        outcome = "retry"
        changes.update(next_attempt_at=now + retry_delay(settings, attempts))
    async with in_transaction():
        await WebhookDelivery.filter(id=delivery.id).update(**changes)
    for key, value in changes.items():
        setattr(delivery, key, value)
    metrics.count(metrics.WEBHOOK_DELIVERIES, outcome)
    log.info("webhook_attempt", delivery_id=delivery.id, outcome=outcome, status_code=result.status_code,
             error=result.error)
    return outcome


async def due_lane_heads(now: datetime, limit: int = 500) -> list[int]:
    """For the sweep: due, unleased deliveries that are first in their lane (endpoint, subject)."""
    candidates = await (
        WebhookDelivery.filter(
            Q(locked_until=None) | Q(locked_until__lt=now),
            status=WebhookDeliveryStatus.PENDING,
            next_attempt_at__lte=now,
        )
        .order_by("id")
        .limit(limit)
        .values("id", "endpoint_id", "subject")
    )
    if not candidates:
        return []
    heads = await (
        WebhookDelivery.filter(
            status=WebhookDeliveryStatus.PENDING,
            endpoint_id__in=list({c["endpoint_id"] for c in candidates}),
        )
        .annotate(first=Min("id"))
        .group_by("endpoint_id", "subject")
        .values("endpoint_id", "subject", "first")
    )
    first = {(h["endpoint_id"], h["subject"]): h["first"] for h in heads}
    return [c["id"] for c in candidates if first.get((c["endpoint_id"], c["subject"])) == c["id"]]



async def purge_history(now: datetime, retention: timedelta = HISTORY_RETENTION) -> int:
    """Set-based: finished deliveries past retention, then events nothing refers to any more."""
    cutoff = now - retention
    deleted = await WebhookDelivery.filter(
        created_at__lt=cutoff, status__in=[WebhookDeliveryStatus.SUCCEEDED, WebhookDeliveryStatus.FAILED]
    ).delete()
    await WebhookEvent.filter(created_at__lt=cutoff).exclude(
        id__in=Subquery(WebhookDelivery.all().values("event_id"))
    ).delete()
    return deleted
