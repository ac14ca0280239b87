"""Webhook endpoints (registration, secrets, SSRF checks) and delivery attempts.

Delivery is at least once, signed with the Standard Webhooks layout, retried with exponential
back-off for at least 24 h (settings.webhook_retry_*), and ordered per (endpoint, subject): a
delivery waits while an older one of the same subject to the same endpoint is still owed.
"Older" is the delivery id: two transactions emitting on one subject at the same instant may
commit in the other order than their ids (PostgreSQL allocates ids before commit); for one
object changed by one request at a time that does not happen.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from uuid import UUID

import httpx
import orjson
import structlog
from tortoise.expressions import Q, Subquery
from tortoise.functions import Min
from tortoise.transactions import in_transaction

from ..config import Settings
from ..models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from ..models.enums import WebhookDeliveryStatus
from ..security import crypto
from ..security import webhook_signature as signature
from .deps import Deps
from .errors import DomainError, ErrorCode, ErrorCollector
from .events import EVENT_TYPES

log = structlog.get_logger(__name__)

SECRET_PURPOSE = "webhook-secret"
MAX_ENDPOINTS_PER_ACCOUNT = 20
MAX_URL_LENGTH = 2000
ROTATION_GRACE = timedelta(hours=24)
_ATTEMPT_LOG_SIZE = 20
USER_AGENT = "gqlaccess-webhooks/1"


class TargetNotAllowed(Exception):
    pass


# --- URL and target checks (SSRF) -------------------------------------------------------------


def _parse_url(errors: ErrorCollector, url: str | None, field: str) -> str:
    cleaned = (url or "").strip()
    if not cleaned:
        errors.add(field, ErrorCode.REQUIRED, "A URL is required.")
        return cleaned
    if len(cleaned) > MAX_URL_LENGTH:
        errors.add(field, ErrorCode.TOO_LONG, f"A URL has at most {MAX_URL_LENGTH} characters.")
        return cleaned
    try:
        parts = urlsplit(cleaned)
        _ = parts.port  # raises on a malformed port
    except ValueError:
        errors.add(field, ErrorCode.WEBHOOK_URL_INVALID, "This is not a valid URL.")
        return cleaned
    if parts.scheme not in ("http", "https") or not parts.hostname:
        errors.add(field, ErrorCode.WEBHOOK_URL_INVALID, "The URL must be http:// or https:// with a host.")
    elif parts.username or parts.password or parts.fragment:
        errors.add(field, ErrorCode.WEBHOOK_URL_INVALID, "The URL may not hold credentials or a fragment.")
    return cleaned


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # is_global is False for private, loopback, link-local, CGNAT, reserved, unspecified ...
    return ip.is_global and not ip.is_multicast


async def resolve_public_addresses(host: str, port: int) -> list[str]:
    """Every address the host resolves to, refusing the lot if one is not public."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise TargetNotAllowed(f"the host {host!r} does not resolve") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses or not all(_is_public(a) for a in addresses):
        raise TargetNotAllowed(f"the host {host!r} is a private, loopback or link-local address")
    return addresses


def _port(parts: Any) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


async def check_url(settings: Settings, url: str | None, field: str = "url") -> str:
    """A usable endpoint URL, or DomainError. Private targets only when the settings allow them."""
    errors = ErrorCollector()
    cleaned = _parse_url(errors, url, field)
    errors.raise_if_any()
    if not settings.allow_private_webhook_targets:
        parts = urlsplit(cleaned)
        try:
            await resolve_public_addresses(parts.hostname or "", _port(parts))
        except TargetNotAllowed as exc:
            raise DomainError.of(
                field, ErrorCode.WEBHOOK_TARGET_NOT_ALLOWED, f"This URL cannot receive webhooks: {exc}."
            ) from exc
    return cleaned


def check_events(errors: ErrorCollector, events: list[str] | None, field: str = "events") -> list[str]:
    names = list(dict.fromkeys(e.strip() for e in events or []))
    if not names:
        errors.add(field, ErrorCode.REQUIRED, "Choose at least one event.")
    for index, name in enumerate(names):
        if name not in EVENT_TYPES:
            errors.add(
                f"{field}.{index}", ErrorCode.UNKNOWN_EVENT_TYPE,
                f"Unknown event {name!r}. Known events: {', '.join(EVENT_TYPES)}.",
            )
    return names


def _check_description(errors: ErrorCollector, description: str | None) -> str | None:
    cleaned = (description or "").strip() or None
    if cleaned and len(cleaned) > 500:
        errors.add("description", ErrorCode.TOO_LONG, "A description has at most 500 characters.")
    return cleaned


# --- endpoints ------------------------------------------------------------------------------


def _encrypt(settings: Settings, secret: str) -> str:
    return crypto.encrypt(settings.secret_key, SECRET_PURPOSE, secret)


def signing_secrets(settings: Settings, endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The current secret, plus the previous one during the grace period after a rotation."""
    found = [crypto.decrypt(settings.secret_key, SECRET_PURPOSE, endpoint.secret_encrypted)]
    if (
        endpoint.previous_secret_encrypted
        and endpoint.previous_secret_expires_at
        and endpoint.previous_secret_expires_at > now
    ):
        found.append(crypto.decrypt(settings.secret_key, SECRET_PURPOSE, endpoint.previous_secret_encrypted))
    return found


async def create_endpoint(
    deps: Deps,
    account_id: UUID,
    *,
    url: str,
    events: list[str],
    description: str | None,
    created_by_id: UUID | None,
) -> tuple[WebhookEndpoint, str]:
    """Returns the endpoint and its signing secret (shown once)."""
    errors = ErrorCollector()
    cleaned_url = _parse_url(errors, url, "url")
    names = check_events(errors, events)
    cleaned_description = _check_description(errors, description)
    errors.raise_if_any()
    cleaned_url = await check_url(deps.settings, cleaned_url)
    if await WebhookEndpoint.filter(account_id=account_id).count() >= MAX_ENDPOINTS_PER_ACCOUNT:
        raise DomainError.of(
            None, ErrorCode.WEBHOOK_LIMIT_REACHED, f"An account has at most {MAX_ENDPOINTS_PER_ACCOUNT} webhooks."
        )
    secret = signature.new_secret()
    endpoint = await WebhookEndpoint.create(
        account_id=account_id,
        url=cleaned_url,
        events=names,
        description=cleaned_description,
        secret_encrypted=_encrypt(deps.settings, secret),
        created_by_id=created_by_id,
    )
    return endpoint, secret


async def update_endpoint(
    deps: Deps,
    endpoint: WebhookEndpoint,
    *,
    url: str | None = None,
    events: list[str] | None = None,
    description: str | None = None,
    enabled: bool | None = None,
) -> WebhookEndpoint:
    """None leaves a field unchanged."""
    errors = ErrorCollector()
    cleaned_url = _parse_url(errors, url, "url") if url is not None else None
    names = check_events(errors, events) if events is not None else None
    cleaned_description = _check_description(errors, description) if description is not None else None
    errors.raise_if_any()
    if cleaned_url is not None:
        endpoint.url = await check_url(deps.settings, cleaned_url)
    if names is not None:
        endpoint.events = names
    if description is not None:
        endpoint.description = cleaned_description
    if enabled is not None:
        endpoint.enabled = enabled
    await endpoint.save()
    return endpoint


async def rotate_secret(deps: Deps, endpoint: WebhookEndpoint) -> str:
    """A new secret (shown once); the old one still signs for 24 h so receivers can switch."""
    secret = signature.new_secret()
    endpoint.previous_secret_encrypted = endpoint.secret_encrypted
    endpoint.previous_secret_expires_at = deps.now() + ROTATION_GRACE
    endpoint.secret_encrypted = _encrypt(deps.settings, secret)
    await endpoint.save(update_fields=["secret_encrypted", "previous_secret_encrypted", "previous_secret_expires_at"])
    return secret


async def delete_endpoint(endpoint: WebhookEndpoint) -> None:
    await endpoint.delete()  # its deliveries go with it


async def redeliver(deps: Deps, delivery: WebhookDelivery) -> WebhookDelivery:
    """The same message (same webhook-id) owed again, after whatever is owed on its subject."""
    endpoint = await WebhookEndpoint.get(id=delivery.endpoint_id)  # type: ignore[attr-defined]
    if not endpoint.enabled:
        raise DomainError.of("deliveryId", ErrorCode.INVALID, "The webhook is disabled; enable it first.")
    return await WebhookDelivery.create(
        event_id=delivery.event_id,  # type: ignore[attr-defined]
        endpoint_id=endpoint.id,
        account_id=delivery.account_id,
        subject=delivery.subject,
        next_attempt_at=deps.now(),
        redelivery_of_id=delivery.id,
    )


# --- delivery -------------------------------------------------------------------------------


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
            address = (await resolve_public_addresses(parts.hostname or "", _port(parts)))[0]
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


HISTORY_RETENTION = timedelta(days=30)


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
