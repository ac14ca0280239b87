"""Per-account security policies, and the checks other areas call.

- `check_email_domain(account_id, email)`: call wherever a user is created in (or added to) an
  account; raises DomainError EMAIL_DOMAIN_NOT_ALLOWED when the account restricts domains.
- `invitation_lifetime(settings, account_id, kind)`: used by `invitations.issue`.
- `session_lifetime(settings, user_id)`: the shortest lifetime among the user's accounts;
  `update` clamps the live sessions of the account's active members to a new session lifetime.
- `totp_enrollment_required(user)`: True when an account of the user requires 2FA and the user
  has none (login reports it; policy.access refuses those accounts until enrolment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import AccountSecurityPolicy, Membership, Session, User
from ...models.enums import InvitationKind, MembershipStatus
from ..core.access_changes import access_changed
from ..core.clock import utcnow
from ..core.errors import DomainError, ErrorCode, ErrorCollector

USER_INVITATION_HOURS = (1, 30 * 24)
CLIENT_SETUP_DAYS = (1, 90)
SESSION_HOURS = (1, 30 * 24)
MAX_DOMAINS = 50
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class EffectivePolicy:
    """The values in force: the account's choices, or the service defaults."""

    user_invitation_lifetime: timedelta
    client_setup_lifetime: timedelta
    require_two_factor: bool
    session_lifetime: timedelta
    allowed_email_domains: tuple[str, ...]
    customized: bool


async def get(account_id: UUID) -> AccountSecurityPolicy | None:
    return await AccountSecurityPolicy.get_or_none(account_id=account_id)


def effective(settings: Settings, policy: AccountSecurityPolicy | None) -> EffectivePolicy:
    lifetimes = settings.lifetimes

    def seconds(value: int | None, default: timedelta) -> timedelta:
        return timedelta(seconds=value) if value else default

    return EffectivePolicy(
        user_invitation_lifetime=seconds(policy and policy.user_invitation_lifetime_seconds, lifetimes.user_activation),
        client_setup_lifetime=seconds(policy and policy.client_setup_lifetime_seconds, lifetimes.client_setup),
        require_two_factor=bool(policy and policy.require_two_factor),
        session_lifetime=seconds(policy and policy.session_lifetime_seconds, lifetimes.session),
        allowed_email_domains=tuple(policy.allowed_email_domains or ()) if policy else (),
        customized=policy is not None,
    )


def _bounded(errors: ErrorCollector, field: str, value: int | None, bounds: tuple[int, int], unit: str) -> None:
    if value is not None and not bounds[0] <= value <= bounds[1]:
        errors.add(field, ErrorCode.OUT_OF_RANGE, f"Choose between {bounds[0]} and {bounds[1]} {unit}.")


def normalize_domains(errors: ErrorCollector, domains: list[str], field: str = "allowedEmailDomains") -> list[str]:
    cleaned: list[str] = []
    if len(domains) > MAX_DOMAINS:
        errors.add(field, ErrorCode.TOO_LONG, f"At most {MAX_DOMAINS} domains.")
    for index, raw in enumerate(domains):
        domain = raw.strip().lower().lstrip("@").rstrip(".")
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            pass
        if not _DOMAIN.match(domain):
            errors.add(f"{field}.{index}", ErrorCode.INVALID_EMAIL_DOMAIN, f"{raw!r} is not a domain name.")
        elif domain not in cleaned:
            cleaned.append(domain)
    return cleaned


async def update(
    account_id: UUID,
    *,
    user_invitation_lifetime_hours: int | None = None,
    client_setup_lifetime_days: int | None = None,
    require_two_factor: bool | None = None,
    session_lifetime_hours: int | None = None,
    allowed_email_domains: list[str] | None = None,
    updated_by_id: UUID | None = None,
) -> AccountSecurityPolicy:
    """None leaves a value unchanged. Validates everything before writing anything."""
    errors = ErrorCollector()
    _bounded(errors, "userInvitationLifetimeHours", user_invitation_lifetime_hours, USER_INVITATION_HOURS, "hours")
    _bounded(errors, "clientSetupLifetimeDays", client_setup_lifetime_days, CLIENT_SETUP_DAYS, "days")
    _bounded(errors, "sessionLifetimeHours", session_lifetime_hours, SESSION_HOURS, "hours")
    domains = normalize_domains(errors, allowed_email_domains) if allowed_email_domains is not None else None
    errors.raise_if_any()
    policy, _ = await AccountSecurityPolicy.get_or_create(account_id=account_id)
    if user_invitation_lifetime_hours is not None:
        policy.user_invitation_lifetime_seconds = user_invitation_lifetime_hours * 3600
    if client_setup_lifetime_days is not None:
        policy.client_setup_lifetime_seconds = client_setup_lifetime_days * 86400
    if require_two_factor is not None:
        policy.require_two_factor = require_two_factor
    if session_lifetime_hours is not None:
        policy.session_lifetime_seconds = session_lifetime_hours * 3600
    if domains is not None:
        policy.allowed_email_domains = domains
    policy.updated_by_id = updated_by_id
    async with in_transaction():
        await policy.save()
        shortened: set[UUID] = set()
        if session_lifetime_hours is not None:
            shortened = await _clamp_live_sessions(account_id, timedelta(hours=session_lifetime_hours))
        await access_changed(accounts=[account_id], users=shortened)
    return policy


async def _clamp_live_sessions(account_id: UUID, lifetime: timedelta) -> set[UUID]:
    """Live sessions of the account's active members end no later than created_at + lifetime.

    Login gives a session the shortest lifetime among the user's accounts (`session_lifetime`);
    clamping each session by this account's new value keeps that true for sessions opened before
    the change. A longer lifetime never extends a session. Returns whose sessions were shortened.
    """
    members = Membership.filter(account_id=account_id, status=MembershipStatus.ACTIVE).values("user_id")
    live = await Session.filter(user_id__in=Subquery(members), revoked_at=None, expires_at__gt=utcnow())
    shortened = [s for s in live if s.expires_at > s.created_at + lifetime]
    for session in shortened:
        session.expires_at = session.created_at + lifetime
    if shortened:
        await Session.bulk_update(shortened, fields=["expires_at"], batch_size=500)
    return {s.user_id for s in shortened}  # type: ignore[attr-defined]


# --- checks other areas call ------------------------------------------------------------------


async def email_domain_allowed(account_id: UUID, email: str) -> bool:
    policy = await get(account_id)
    if policy is None or not policy.allowed_email_domains:
        return True
    domain = email.rpartition("@")[2].strip().lower()
    return domain in policy.allowed_email_domains


async def check_email_domain(account_id: UUID, email: str, field: str = "email") -> None:
    """Raises DomainError(EMAIL_DOMAIN_NOT_ALLOWED) when the account does not accept the domain."""
    if not await email_domain_allowed(account_id, email):
        raise DomainError.of(
            field, ErrorCode.EMAIL_DOMAIN_NOT_ALLOWED, "This account only accepts e-mail addresses of its own domains."
        )


async def invitation_lifetime(settings: Settings, account_id: UUID | None, kind: InvitationKind) -> timedelta | None:
    """The account's lifetime for this kind of link, or None for the service default."""
    if account_id is None or kind not in (InvitationKind.USER_ACTIVATION, InvitationKind.CLIENT_SETUP):
        return None
    policy = await get(account_id)
    if policy is None:
        return None
    seconds = (
        policy.user_invitation_lifetime_seconds
        if kind == InvitationKind.USER_ACTIVATION
        else policy.client_setup_lifetime_seconds
    )
    return timedelta(seconds=seconds) if seconds else None


async def _active_account_ids(user_id: UUID) -> list[UUID]:
    return await Membership.filter(user_id=user_id, status=MembershipStatus.ACTIVE).values_list(
        "account_id", flat=True
    )  # type: ignore[return-value]


async def session_lifetime(settings: Settings, user_id: UUID) -> timedelta:
    """The shortest session lifetime among the user's accounts (a session spans them all)."""
    configured = await AccountSecurityPolicy.filter(
        account_id__in=await _active_account_ids(user_id), session_lifetime_seconds__not_isnull=True
    ).values_list("session_lifetime_seconds", flat=True)
    return min([settings.lifetimes.session, *(timedelta(seconds=s) for s in configured if s)])


async def totp_enrollment_required(user: User) -> bool:
    if user.totp_enabled_at is not None:
        return False
    return await AccountSecurityPolicy.filter(
        account_id__in=await _active_account_ids(user.id), require_two_factor=True
    ).exists()
