"""Login, logout, password reset and TOTP enrolment."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from ...models import Session, User
from ...models.enums import InvitationKind
from ...observability import metrics
from ...security import crypto, rules, totp
from ...security.passwords import hash_password, verify_password
from ..accounts import account_policies
from ..clients import client_access
from ..core import events, outbox
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..core.throttle import Throttle
from ..invitations import invitations
from ..members import identities
from ..sso import require_sso
from .sessions import create_session, revoke_user_sessions

TOTP_PURPOSE = "totp-secret"
_BAD_CREDENTIALS = "The e-mail, password or code is not correct."


@dataclass
class LoginResult:
    user: User
    session: Session
    token: str
    # An account of the user requires 2FA and the user has none: enrol before using those accounts.
    requires_totp_enrollment: bool = False


async def login(
    deps: Deps,
    throttle: Throttle,
    *,
    email: str,
    password: str,
    totp_code: str | None,
    ip: str | None,
    user_agent: str | None,
) -> LoginResult:
    settings = deps.settings
    normalized = rules.normalize_email(email)
    subject = normalized if isinstance(normalized, str) else (email or "").strip().lower()
    client_ip = ip or "unknown"
    # Failed attempts are counted per e-mail and per IP; once a window is exhausted even the
    # right password is refused until it ends.
    if (
        await throttle.count("login:email", subject) >= settings.login_attempts_per_email
        or await throttle.count("login:ip", client_ip) >= settings.login_attempts_per_ip
    ):
        metrics.count(metrics.LOGINS, "throttled")
        raise DomainError.of(None, ErrorCode.TOO_MANY_ATTEMPTS, "Too many attempts. Try again later.")

    async def refuse() -> DomainError:
        metrics.count(metrics.LOGINS, "failed")
        await throttle.hit("login:email", subject)
        await throttle.hit("login:ip", client_ip)
        return DomainError.of(None, ErrorCode.INVALID_CREDENTIALS, _BAD_CREDENTIALS)

    user = await User.get_or_none(email=subject) if isinstance(normalized, str) else None
    password_ok = await verify_password(user.password_hash if user else None, password or "", settings.argon2)
    if user is None or not password_ok or user.activated_at is None:
        raise await refuse()
    if user.totp_enabled_at is not None:
        if not totp_code:
            raise DomainError.of("totpCode", ErrorCode.TOTP_REQUIRED, "Enter the code from your authenticator app.")
        secret = crypto.decrypt(settings.secret_key, TOTP_PURPOSE, user.totp_secret_encrypted or "")
        if not totp.verify(secret, totp_code):
            raise await refuse()
    if not await client_access.may_log_in(user):
        # Only client logins, all suspended or inactive (seeds 000, 002).
        raise DomainError.of(None, ErrorCode.CLIENT_ACCESS_SUSPENDED, "Your access is suspended.")
    await require_sso.check_password_login(user, ip=ip)  # SSO-only domains (issue 19)
    await throttle.reset("login:email", subject)
    metrics.count(metrics.LOGINS, "ok")
    return await open_session(deps, user, ip=ip, user_agent=user_agent)


async def open_session(deps: Deps, user: User, *, ip: str | None, user_agent: str | None) -> LoginResult:
    """The session a successful login gets: `login` and single sign-on (`completeSso`) both end here."""
    deliveries: list[int] = []
    async with in_transaction():
        user.last_login_at = deps.now()
        await user.save(update_fields=["last_login_at"])
        session, token = await create_session(
            user, lifetime=await account_policies.session_lifetime(deps.settings, user.id), ip=ip,
            user_agent=user_agent,
        )
        await client_access.record_first_login(user.id, deliveries)
    await events.dispatch(deps, deliveries)
    return LoginResult(user, session, token, await account_policies.totp_enrollment_required(user))


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
        await revoke_user_sessions(user.id)
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


async def confirm_totp(deps: Deps, user: User, code: str) -> None:
    if user.totp_pending_secret_encrypted is None:
        raise DomainError.of(None, ErrorCode.TOTP_NOT_PENDING, "Start the enrolment first.")
    secret = crypto.decrypt(deps.settings.secret_key, TOTP_PURPOSE, user.totp_pending_secret_encrypted)
    if not totp.verify(secret, code):
        raise DomainError.of("code", ErrorCode.INVALID_TOTP_CODE, "The code is not correct.")
    user.totp_secret_encrypted = user.totp_pending_secret_encrypted
    user.totp_pending_secret_encrypted = None
    user.totp_enabled_at = deps.now()
    async with in_transaction():
        await user.save(update_fields=["totp_secret_encrypted", "totp_pending_secret_encrypted", "totp_enabled_at"])
        await access_changed(users=[user.id])  # 2FA pending in accounts that require it


async def disable_totp(deps: Deps, user: User, code: str) -> None:
    if user.totp_enabled_at is None:
        raise DomainError.of(None, ErrorCode.TOTP_NOT_ENABLED, "Two-factor authentication is not on.")
    secret = crypto.decrypt(deps.settings.secret_key, TOTP_PURPOSE, user.totp_secret_encrypted or "")
    if not totp.verify(secret, code):
        raise DomainError.of("code", ErrorCode.INVALID_TOTP_CODE, "The code is not correct.")
    await clear_totp(user)


async def clear_totp(user: User) -> None:
    user.totp_secret_encrypted = None
    user.totp_pending_secret_encrypted = None
    user.totp_enabled_at = None
    async with in_transaction():
        await user.save(update_fields=["totp_secret_encrypted", "totp_pending_secret_encrypted", "totp_enabled_at"])
        await access_changed(users=[user.id])
