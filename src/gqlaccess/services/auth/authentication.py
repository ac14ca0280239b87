"""Login, logout, password reset and TOTP enrolment."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from ...models import User
from ...models.enums import InvitationKind
from ...observability import metrics
from ...security import crypto, rules, totp
from ...security.passwords import hash_password, verify_password
from ...security.tokens import hash_secret
from ..accounts import account_policies
from ..clients import client_access
from ..core import events, outbox
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..core.throttle import Throttle
from ..invitations import invitations
from ..members import identities, identity_notices
from ..sso import require_sso
from . import devices
from .sessions import IssuedSession, issue_session, revoke_user_sessions

TOTP_PURPOSE = "totp-secret"
_BAD_CREDENTIALS = "The e-mail, password or code is not correct."


@dataclass
class LoginResult:
    user: User
    issued: IssuedSession
    # An account of the user requires 2FA and the user has none: enrol before using those accounts.
    requires_totp_enrollment: bool = False
    # The device cookie to set (services/auth/devices.py).
    device_cookie: str | None = None


async def login(
    deps: Deps,
    throttle: Throttle,
    *,
    email: str,
    password: str,
    totp_code: str | None,
    ip: str | None,
    user_agent: str | None,
    device_cookie: str | None = None,
) -> LoginResult:
    settings = deps.settings
    normalized = rules.normalize_email(email)
    subject = normalized if isinstance(normalized, str) else (email or "").strip().lower()
    client_ip = ip or "unknown"
    try:
        await check_attempts(deps, throttle, subject, client_ip, device_cookie)
    except DomainError:
        metrics.count(metrics.LOGINS, "throttled")
        raise
    device = devices.device_id(settings.secret_key, subject, device_cookie)

    async def refuse() -> DomainError:
        metrics.count(metrics.LOGINS, "failed")
        await count_failure(throttle, subject, client_ip, device)
        return DomainError.of(None, ErrorCode.INVALID_CREDENTIALS, _BAD_CREDENTIALS)

    user = await User.get_or_none(email=subject) if isinstance(normalized, str) else None
    password_ok = await verify_password(user.password_hash if user else None, password or "", settings.argon2)
    if user is None or not password_ok or user.activated_at is None:
        raise await refuse()
    if user.totp_enabled_at is not None:
        if not totp_code:
            raise DomainError.of("totpCode", ErrorCode.TOTP_REQUIRED, "Enter the code from your authenticator app.")
        if not await second_factor_ok(deps, user, totp_code):
            raise await refuse()
    if not await client_access.may_log_in(user):
        # Only client logins, all suspended or inactive (seeds 000, 002).
        raise DomainError.of(None, ErrorCode.CLIENT_ACCESS_SUSPENDED, "Your access is suspended.")
    await require_sso.check_password_login(user, ip=ip)  # SSO-only domains (issue 19)
    await throttle.reset("login:email_ip", f"{subject}|{client_ip}")
    if device is not None:
        await throttle.reset("login:device", device)
    metrics.count(metrics.LOGINS, "ok")
    result = await open_session(deps, user, ip=ip, user_agent=user_agent)
    result.device_cookie = device_cookie if device is not None else devices.issue(settings.secret_key, subject)
    return result


async def open_session(deps: Deps, user: User, *, ip: str | None, user_agent: str | None) -> LoginResult:
    """The session a successful login gets: `login` and single sign-on (`completeSso`) both end here."""
    deliveries: list[int] = []
    async with in_transaction():
        user.last_login_at = deps.now()
        await user.save(update_fields=["last_login_at"])
        issued = await issue_session(deps.settings, user, ip=ip, user_agent=user_agent)
        await client_access.record_first_login(user.id, deliveries)
    await events.dispatch(deps, deliveries)
    return LoginResult(user, issued, await account_policies.totp_enrollment_required(user))


# Brute force stays expensive without handing out a lock-out (issue 15 §5): a hard limit per
# (e-mail, client address) and per address; per e-mail, growing delays instead of a hard lock;
# a device that signed in to this e-mail before is counted on its own (services/auth/devices.py).
MAX_DELAY_SECONDS = 900


def delay_after(failures: int, limit: int) -> float:
    """Seconds to wait after the last failure once an e-mail has `failures` in the window."""
    if failures < limit:
        return 0.0
    return float(min(2 ** (failures - limit), MAX_DELAY_SECONDS))


async def check_attempts(
    deps: Deps, throttle: Throttle, subject: str, client_ip: str, device_cookie: str | None
) -> None:
    settings = deps.settings
    limit = settings.login_attempts_per_email
    too_many = DomainError.of(None, ErrorCode.TOO_MANY_ATTEMPTS, "Too many attempts. Try again later.")
    device = devices.device_id(settings.secret_key, subject, device_cookie)
    if device is not None:
        if await throttle.count("login:device", device) >= limit:
            raise too_many
        return
    if (
        await throttle.count("login:email_ip", f"{subject}|{client_ip}") >= limit
        or await throttle.count("login:ip", client_ip) >= settings.login_attempts_per_ip
    ):
        raise too_many
    wait = delay_after(await throttle.count("login:email", subject), limit)
    if wait:
        since = await throttle.since("login:email", subject)
        if since is not None and since < wait:
            raise too_many


async def count_failure(throttle: Throttle, subject: str, client_ip: str, device: str | None) -> None:
    if device is not None:
        await throttle.hit("login:device", device)
        return
    await throttle.hit("login:email", subject)
    await throttle.mark("login:email", subject)
    await throttle.hit("login:email_ip", f"{subject}|{client_ip}")
    await throttle.hit("login:ip", client_ip)


async def request_password_reset(deps: Deps, throttle: Throttle, *, email: str, ip: str | None) -> None:
    """Same outcome whether or not the address is known: never reveals existence."""
    normalized = rules.normalize_email(email)
    if not isinstance(normalized, str):
        return
    if await throttle.hit("reset:email", normalized) > 5 or await throttle.hit("reset:ip", ip or "unknown") > 50:
        return
    user = await User.get_or_none(email=normalized)
    if user is None or user.activated_at is None:
        return
    language = await invitations.language_for_user(user.id)
    async with in_transaction():
        issued = await invitations.issue(
            deps, InvitationKind.PASSWORD_RESET, email=user.email, user_id=user.id
        )
        email_row = await outbox.record_email(
            deps.settings,
            template="password_reset",
            to_email=user.email,
            language=language,
            variables={
                "name": user.name,
                "url": issued.url(deps.settings),
                "expires_at": issued.invitation.expires_at.isoformat(),
            },
            invitation=issued.invitation,
        )
    await deps.queue.enqueue_emails([email_row.id])


async def reset_password(deps: Deps, *, token: str, password: str, validate_only: bool = False) -> User:
    invitation = await invitations.find_usable(deps, token, {InvitationKind.PASSWORD_RESET})
    user = await User.get(id=invitation.user_id)  # type: ignore[attr-defined]
    violation = rules.check_password(password or "", email=user.email, name=user.name)
    if violation:
        raise DomainError.of("password", violation.code, violation.message)
    if validate_only:
        return user
    password_hash = await hash_password(password, deps.settings.argon2)
    async with in_transaction():
        await invitations.consume(deps, invitation)
        user.password_hash = password_hash
        # The link was only ever mailed (never returned through the API): the mailbox is proven.
        identities.mark_mailbox_proven(user, deps.now())
        await user.save(update_fields=["password_hash", "email_verified_at"])
        # A reset means the old password may be known to someone else: end every session.
        await revoke_user_sessions(user.id, "PASSWORD_RESET")
        outbox_ids = await identity_notices.tell(deps, user, identity_notices.PASSWORD_CHANGED)
    await deps.queue.enqueue_emails(outbox_ids)
    return user


@dataclass
class TotpEnrolment:
    secret: str
    provisioning_uri: str


async def enroll_totp(deps: Deps, user: User) -> TotpEnrolment:
    if user.totp_enabled_at is not None:
        raise DomainError.of(None, ErrorCode.TOTP_ALREADY_ENABLED, "Two-factor authentication is already on.")
    secret = totp.new_secret()
    user.totp_pending_secret_encrypted = crypto.encrypt(deps.settings.secret_key, TOTP_PURPOSE, secret)
    await user.save(update_fields=["totp_pending_secret_encrypted"])
    return TotpEnrolment(secret, totp.provisioning_uri(secret, user.email))


RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _normalize_recovery_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def _hash_recovery_code(code: str) -> str:
    # 50 random bits per code, single use, tried under the TOTP throttles: a plain SHA-256 suffices
    # (like link tokens); the clear codes are shown once and never stored.
    return hash_secret("recovery:" + _normalize_recovery_code(code))


def new_recovery_codes() -> tuple[list[str], list[str]]:
    """(codes to show once, their hashes to store)."""
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes, [_hash_recovery_code(c) for c in codes]


async def _use_recovery_code(user: User, code: str) -> bool:
    """Consumes a matching unused recovery code; exactly one concurrent caller wins it."""
    if len(_normalize_recovery_code(code)) != 10:
        return False
    wanted = _hash_recovery_code(code)
    async with in_transaction():
        locked = await User.filter(id=user.id).select_for_update().first()
        stored = list((locked.totp_recovery_codes if locked else None) or [])
        if wanted not in stored:
            return False
        stored.remove(wanted)
        await User.filter(id=user.id).update(totp_recovery_codes=stored)
    user.totp_recovery_codes = stored
    return True


async def second_factor_ok(deps: Deps, user: User, code: str) -> bool:
    """A current TOTP code, or one of the person's unused recovery codes (which it consumes)."""
    secret = crypto.decrypt(deps.settings.secret_key, TOTP_PURPOSE, user.totp_secret_encrypted or "")
    if totp.verify(secret, code):
        return True
    return await _use_recovery_code(user, code)


async def confirm_totp(deps: Deps, user: User, code: str) -> list[str]:
    """Turns 2FA on; returns the recovery codes, shown this once (only their hashes are kept)."""
    if user.totp_pending_secret_encrypted is None:
        raise DomainError.of(None, ErrorCode.TOTP_NOT_PENDING, "Start the enrolment first.")
    secret = crypto.decrypt(deps.settings.secret_key, TOTP_PURPOSE, user.totp_pending_secret_encrypted)
    if not totp.verify(secret, code):
        raise DomainError.of("code", ErrorCode.INVALID_TOTP_CODE, "The code is not correct.")
    codes, hashes = new_recovery_codes()
    user.totp_secret_encrypted = user.totp_pending_secret_encrypted
    user.totp_pending_secret_encrypted = None
    user.totp_enabled_at = deps.now()
    user.totp_recovery_codes = hashes
    async with in_transaction():
        await user.save(update_fields=[
            "totp_secret_encrypted", "totp_pending_secret_encrypted", "totp_enabled_at", "totp_recovery_codes",
        ])
        await access_changed(users=[user.id])  # 2FA pending in accounts that require it
    return codes


async def regenerate_recovery_codes(deps: Deps, user: User, code: str) -> list[str]:
    """New codes (the old ones stop working), confirmed with a current TOTP code."""
    if user.totp_enabled_at is None:
        raise DomainError.of(None, ErrorCode.TOTP_NOT_ENABLED, "Two-factor authentication is not on.")
    secret = crypto.decrypt(deps.settings.secret_key, TOTP_PURPOSE, user.totp_secret_encrypted or "")
    if not totp.verify(secret, code):
        raise DomainError.of("code", ErrorCode.INVALID_TOTP_CODE, "The code is not correct.")
    codes, hashes = new_recovery_codes()
    user.totp_recovery_codes = hashes
    await user.save(update_fields=["totp_recovery_codes"])
    return codes


async def disable_totp(deps: Deps, user: User, code: str) -> None:
    """With a current TOTP code or a recovery code (the person who lost their device)."""
    if user.totp_enabled_at is None:
        raise DomainError.of(None, ErrorCode.TOTP_NOT_ENABLED, "Two-factor authentication is not on.")
    if not await second_factor_ok(deps, user, code):
        raise DomainError.of("code", ErrorCode.INVALID_TOTP_CODE, "The code is not correct.")
    await clear_totp(user)


async def clear_totp(user: User) -> None:
    user.totp_secret_encrypted = None
    user.totp_pending_secret_encrypted = None
    user.totp_enabled_at = None
    user.totp_recovery_codes = None
    async with in_transaction():
        await user.save(update_fields=[
            "totp_secret_encrypted", "totp_pending_secret_encrypted", "totp_enabled_at", "totp_recovery_codes",
        ])
        await access_changed(users=[user.id])
