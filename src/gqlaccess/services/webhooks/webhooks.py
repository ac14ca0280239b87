"""Webhook endpoints: registration, secrets (encrypted, rotated), SSRF checks, re-delivery.

Delivery itself lives in `webhook_delivery`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import structlog

from ...config import Settings
from ...models import WebhookDelivery, WebhookEndpoint
from ...security import crypto
from ...security import webhook_signature as signature
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from ..core.events import EVENT_TYPES

log = structlog.get_logger(__name__)

SECRET_PURPOSE = "webhook-secret"
MAX_ENDPOINTS_PER_ACCOUNT = 20
MAX_URL_LENGTH = 2000
ROTATION_GRACE = timedelta(hours=24)


TARGET_REFUSED = "This URL cannot receive webhooks: its host must resolve to public addresses only."


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


def port_of(parts: Any) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


async def check_url(settings: Settings, url: str | None, field: str = "url") -> str:
    """A usable endpoint URL, or DomainError. Private targets only when the settings allow them."""
    errors = ErrorCollector()
    cleaned = _parse_url(errors, url, field)
    errors.raise_if_any()
    if not settings.allow_private_webhook_targets:
        parts = urlsplit(cleaned)
        try:
            await resolve_public_addresses(parts.hostname or "", port_of(parts))
        except TargetNotAllowed as exc:
            # One message whatever the reason (issue 15 §5): "does not resolve" against "private
            # address" told a caller which internal names exist.
            log.info("webhook_target_refused", reason=str(exc))
            raise DomainError.of(field, ErrorCode.WEBHOOK_TARGET_NOT_ALLOWED, TARGET_REFUSED) from exc
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
