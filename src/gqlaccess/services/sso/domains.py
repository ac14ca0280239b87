"""An account's domains: claimed, proven by a DNS TXT record, re-checked periodically.

A domain is verified by at most one account at a time (unique `verified_domain`); public mail
domains (public_domains.py) are refused outright. A domain whose record disappeared becomes
unverified by `recheck_verified` (worker cron): SSO routing, auto-join and require-SSO for its
people stop with it, because every one of them asks `verified_account_for` at the moment of use.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from uuid import UUID

import structlog
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from ...models import AccountDomain
from ...models.enums import AuditOutcome
from ...policy.principal import SYSTEM
from ..accounts.account_policies import normalize_domains
from ..audit import audit
from ..core import events
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from . import dns_check
from .public_domains import is_public

log = structlog.get_logger(__name__)
MAX_DOMAINS_PER_ACCOUNT = 50


@dataclass
class DomainView:
    domain: AccountDomain
    challenge: dns_check.Challenge


def view(row: AccountDomain) -> DomainView:
    return DomainView(row, dns_check.challenge(row.domain, row.verification_token))


def normalize(raw: str) -> str:
    errors = ErrorCollector()
    cleaned = normalize_domains(errors, [raw], field="domain")
    if errors:
        raise DomainError.of("domain", ErrorCode.INVALID_EMAIL_DOMAIN, f"{raw!r} is not a domain name.")
    return cleaned[0]


def _ref(row: AccountDomain) -> str:
    return events.ref("AccountDomain", row.id)


async def add_domain(deps: Deps, account_id: UUID, raw_domain: str, *, actor_id: UUID | None) -> DomainView:
    domain = normalize(raw_domain)
    if is_public(domain):
        raise DomainError.of(
            "domain", ErrorCode.PUBLIC_EMAIL_DOMAIN,
            "This is a public mail domain shared by many people; it cannot belong to one account.",
        )
    if await AccountDomain.exists(account_id=account_id, domain=domain):
        raise DomainError.of("domain", ErrorCode.DOMAIN_ALREADY_ADDED, "This account already has this domain.")
    if await AccountDomain.filter(verified_domain=domain).exclude(account_id=account_id).exists():
        raise _claimed_elsewhere()
    if await AccountDomain.filter(account_id=account_id).count() >= MAX_DOMAINS_PER_ACCOUNT:
        raise DomainError.of("domain", ErrorCode.TOO_LONG, f"At most {MAX_DOMAINS_PER_ACCOUNT} domains per account.")
    async with in_transaction():
        try:
            row = await AccountDomain.create(
                account_id=account_id, domain=domain, verification_token=secrets.token_urlsafe(24),
                created_by_id=actor_id,
            )
        except IntegrityError as exc:  # the same domain added twice at once
            raise DomainError.of("domain", ErrorCode.DOMAIN_ALREADY_ADDED, "This account already has this domain.") from exc
        deliveries = await events.emit(account_id, events.EventType.DOMAIN_ADDED, {"id": _ref(row), "domain": domain})
    await events.dispatch(deps, deliveries)
    return view(row)


def _claimed_elsewhere() -> DomainError:
    return DomainError.of(
        "domain", ErrorCode.DOMAIN_VERIFIED_BY_ANOTHER_ACCOUNT,
        "Another account has verified this domain. A domain belongs to one account at a time.",
    )


async def get_domain(account_id: UUID, domain_id: UUID) -> AccountDomain:
    """Tenant-scoped: another account's domain is exactly as missing as a deleted one."""
    row = await AccountDomain.get_or_none(id=domain_id, account_id=account_id)
    if row is None:
        raise DomainError.of("domainId", ErrorCode.DOMAIN_NOT_FOUND, "No such domain in this account.")
    return row


async def verify_domain(deps: Deps, account_id: UUID, domain_id: UUID) -> DomainView:
    row = await get_domain(account_id, domain_id)
    item = dns_check.challenge(row.domain, row.verification_token)
    try:
        present = await dns_check.has_record(deps.settings, item)
    except dns_check.DnsUnavailable as exc:
        raise DomainError.of(None, ErrorCode.DNS_UNAVAILABLE, "The DNS server did not answer; try again later.") from exc
    row.last_checked_at = deps.now()
    if not present:
        await row.save(update_fields=["last_checked_at"])
        raise DomainError.of(
            "domain", ErrorCode.DOMAIN_VERIFICATION_FAILED,
            f"No TXT record {item.name} with the value {item.value} was found (DNS changes can take a while).",
        )
    if row.verified_at is not None:
        await row.save(update_fields=["last_checked_at"])
        return view(row)
    if await AccountDomain.filter(verified_domain=row.domain).exclude(id=row.id).exists():
        raise _claimed_elsewhere()
    row.verified_at = deps.now()
    row.verified_domain = row.domain
    try:
        async with in_transaction():
            await row.save(update_fields=["last_checked_at", "verified_at", "verified_domain"])
            deliveries = await events.emit(
                account_id, events.EventType.DOMAIN_VERIFIED, {"id": _ref(row), "domain": row.domain}
            )
    except IntegrityError as exc:  # another account verified it a moment ago
        raise _claimed_elsewhere() from exc
    await events.dispatch(deps, deliveries)
    return view(row)


async def list_domains(account_id: UUID) -> list[DomainView]:
    return [view(r) for r in await AccountDomain.filter(account_id=account_id).order_by("domain")]


async def remove_domain(deps: Deps, account_id: UUID, domain_id: UUID) -> AccountDomain:
    row = await get_domain(account_id, domain_id)
    async with in_transaction():
        await row.delete()
        deliveries = await events.emit(
            account_id, events.EventType.DOMAIN_REMOVED, {"id": _ref(row), "domain": row.domain}
        )
    await events.dispatch(deps, deliveries)
    return row


async def verified_account_for(domain: str) -> UUID | None:
    """The account that holds `domain` verified right now (home-realm discovery, linking)."""
    row = await AccountDomain.get_or_none(verified_domain=domain.lower())
    return row.account_id if row is not None else None  # type: ignore[attr-defined]


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


@dataclass
class RecheckReport:
    checked: int = 0
    unverified: int = 0
    unavailable: int = 0


async def recheck_verified(deps: Deps) -> RecheckReport:
    """Every verified domain's record, looked up again. Idempotent (a cron job).

    Gone (NXDOMAIN, no TXT, another value) → unverified, `domain.unverified` emitted, audited.
    A resolver failure changes nothing: only a clear answer takes a verification away.
    """
    report = RecheckReport()
    for row in await AccountDomain.filter(verified_domain__not_isnull=True).order_by("id"):
        report.checked += 1
        try:
            present = await dns_check.has_record(deps.settings, dns_check.challenge(row.domain, row.verification_token))
        except dns_check.DnsUnavailable as exc:
            report.unavailable += 1
            log.warning("domain_recheck_dns_unavailable", domain=row.domain, error=str(exc))
            continue
        row.last_checked_at = deps.now()
        if present:
            await row.save(update_fields=["last_checked_at"])
            continue
        report.unverified += 1
        row.verified_at = None
        row.verified_domain = None
        async with in_transaction():
            await row.save(update_fields=["last_checked_at", "verified_at", "verified_domain"])
            deliveries = await events.emit(
                row.account_id,  # type: ignore[attr-defined]
                events.EventType.DOMAIN_UNVERIFIED,
                {"id": _ref(row), "domain": row.domain, "reason": "RECORD_MISSING"},
            )
        await audit.record(
            SYSTEM, "sso.domain_unverified", AuditOutcome.ALLOWED, account_id=row.account_id,  # type: ignore[attr-defined]
            target_type="AccountDomain", target_id=str(row.id), reason="RECORD_MISSING",
            details={"domain": row.domain},
        )
        await events.dispatch(deps, deliveries)
    return report
