"""Single-use links: issuing, looking up, accepting.

What accepting does depends on the kind; each area registers its own effect with
`on_accept(kind)`, so this module knows links, not accounts or clients.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import Account, Invitation, OutboxEmail, User
from ...models.enums import InvitationKind, InvitationStatus
from ...security import rules
from ...security.passwords import hash_password, verify_password
from ...security.tokens import INVITATION_PREFIX, hash_secret, new_secret
from ..accounts import account_policies
from ..core import events, outbox
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from ..core.throttle import Throttle
from ..members import identities

# An effect runs inside accept()'s transaction; it may return webhook delivery ids that it
# emitted, which accept() dispatches after commit.
AcceptEffect = Callable[[Invitation, User], Awaitable[list[int] | None]]
_ACCEPT_EFFECTS: dict[InvitationKind, AcceptEffect] = {}

_PAGES = {
    InvitationKind.PASSWORD_RESET: "reset-password",
}


def on_accept(kind: InvitationKind) -> Callable[[AcceptEffect], AcceptEffect]:
    def register(effect: AcceptEffect) -> AcceptEffect:
        _ACCEPT_EFFECTS[kind] = effect
        return effect

    return register


def lifetime_for(settings: Settings, kind: InvitationKind) -> timedelta:
    lifetimes = settings.lifetimes
    return {
        InvitationKind.USER_ACTIVATION: lifetimes.user_activation,
        InvitationKind.CLIENT_SETUP: lifetimes.client_setup,
        InvitationKind.ACCOUNT_SETUP: lifetimes.account_setup,
        InvitationKind.PASSWORD_RESET: lifetimes.password_reset,
    }[kind]


def link_for(settings: Settings, kind: InvitationKind, token: str) -> str:
    return f"{settings.public_url}/{_PAGES.get(kind, 'invite')}/{token}"


@dataclass
class IssuedInvitation:
    invitation: Invitation
    token: str

    def url(self, settings: Settings) -> str:
        return link_for(settings, self.invitation.kind, self.token)


def returned_link(settings: Settings, issued: IssuedInvitation | None) -> str | None:
    """The one rule for handing a link back through the API (seed 001).

    Without SMTP the creator gets the link to pass on; with SMTP it only ever travels by e-mail.
    Every mutation that issues an invitation builds its payload's `url` with this.
    """
    if issued is None or settings.smtp_enabled:
        return None
    return issued.url(settings)


async def issue(
    deps: Deps,
    kind: InvitationKind,
    *,
    email: str,
    account_id: UUID | None = None,
    user_id: UUID | None = None,
    client_id: UUID | None = None,
    client_user_id: UUID | None = None,
    created_by_id: UUID | None = None,
    lifetime: timedelta | None = None,
    custom_message: str | None = None,
) -> IssuedInvitation:
    """Call inside a transaction. Revokes the target's previous pending link of the same kind."""
    now = deps.now()
    target = {"user_id": user_id, "client_id": client_id, "client_user_id": client_user_id}
    await Invitation.filter(
        kind=kind, status=InvitationStatus.PENDING, account_id=account_id, **target
    ).update(status=InvitationStatus.REVOKED, revoked_at=now)
    token = new_secret(INVITATION_PREFIX)
    if lifetime is None:  # the account's policy may shorten or lengthen the default
        lifetime = await account_policies.invitation_lifetime(deps.settings, account_id, kind)
    invitation = await Invitation.create(
        kind=kind,
        token_hash=hash_secret(token),
        email=email,
        account_id=account_id,
        created_by_id=created_by_id,
        expires_at=now + (lifetime or lifetime_for(deps.settings, kind)),
        custom_message=custom_message,
        **target,
    )
    return IssuedInvitation(invitation, token)


def effective_status(invitation: Invitation, now: datetime) -> InvitationStatus:
    """An overdue link is expired even before the sweep marked it."""
    if invitation.status == InvitationStatus.PENDING and invitation.expires_at <= now:
        return InvitationStatus.EXPIRED
    return InvitationStatus(invitation.status)


_STATUS_ERRORS = {
    InvitationStatus.EXPIRED: (ErrorCode.INVITATION_EXPIRED, "This link has expired. Ask for a new one."),
    InvitationStatus.ACCEPTED: (ErrorCode.INVITATION_USED, "This link was already used."),
    InvitationStatus.REVOKED: (ErrorCode.INVITATION_REVOKED, "This link was replaced by a newer one."),
}


async def find(token: str) -> Invitation | None:
    if not token or not token.startswith(INVITATION_PREFIX) or len(token) > 200:
        return None
    return await Invitation.get_or_none(token_hash=hash_secret(token))


async def find_usable(deps: Deps, token: str, kinds: set[InvitationKind], field: str = "token") -> Invitation:
    invitation = await find(token)
    if invitation is None:
        raise DomainError.of(field, ErrorCode.INVITATION_INVALID, "This link is not valid.")
    if invitation.kind not in kinds:
        raise DomainError.of(field, ErrorCode.INVITATION_WRONG_KIND, "This link is not meant for this page.")
    status = effective_status(invitation, deps.now())
    if status != InvitationStatus.PENDING:
        code, message = _STATUS_ERRORS[status]
        raise DomainError.of(field, code, message)
    return invitation


async def consume(deps: Deps, invitation: Invitation) -> None:
    """Marks the link used; exactly one concurrent caller wins."""
    updated = await Invitation.filter(id=invitation.id, status=InvitationStatus.PENDING).update(
        status=InvitationStatus.ACCEPTED, accepted_at=deps.now()
    )
    if updated != 1:
        raise DomainError.of("token", ErrorCode.INVITATION_USED, "This link was already used.")


ACCEPTABLE_KINDS = {InvitationKind.USER_ACTIVATION, InvitationKind.CLIENT_SETUP, InvitationKind.ACCOUNT_SETUP}


async def accept(
    deps: Deps,
    *,
    token: str,
    password: str,
    name: str | None,
    accept_terms: bool,
    accept_privacy: bool,
    throttle: Throttle | None = None,
    validate_only: bool = False,
) -> User:
    """Sets the password (a new user) or checks it (an activated one), records consent, runs the
    kind's effect. Returns the activated user. `validate_only`: every check, no write (a form
    that found its own error reports the others with it)."""
    invitation = await find_usable(deps, token, ACCEPTABLE_KINDS)
    user = await User.get_or_none(id=invitation.user_id) if invitation.user_id else None  # type: ignore[attr-defined]
    if user is None:
        raise DomainError.of("token", ErrorCode.INVITATION_INVALID, "This link is not valid.")
    errors = ErrorCollector()
    final_name = user.name
    if name is not None and name.strip():
        checked = rules.check_name(name)
        if isinstance(checked, rules.RuleViolation):
            errors.add("name", checked.code, checked.message)
        else:
            final_name = checked
    if not accept_terms:
        errors.add("acceptTerms", ErrorCode.TERMS_NOT_ACCEPTED, "Accept the terms of use to continue.")
    if not accept_privacy:
        errors.add("acceptPrivacy", ErrorCode.PRIVACY_NOT_ACCEPTED, "Accept the privacy policy to continue.")
    already_active = user.activated_at is not None
    if already_active:
        # An existing identity (e.g. invited as a client user or as a hosted account's admin):
        # the link proves the mailbox, the current password proves the person, and the link never
        # replaces the password — a link handed back to its creator (no SMTP, setup URLs) must not
        # take someone's identity over.
        # Wrong guesses count in the same per-e-mail window as failed logins.
        final_name = user.name
        if throttle is not None and await throttle.count("login:email", user.email) >= deps.settings.login_attempts_per_email:
            raise DomainError.of(None, ErrorCode.TOO_MANY_ATTEMPTS, "Too many attempts. Try again later.")
        if not await verify_password(user.password_hash, password or "", deps.settings.argon2):
            if throttle is not None:
                await throttle.hit("login:email", user.email)
            errors.add("password", ErrorCode.INVALID_CREDENTIALS, "Enter your current password to accept.")
    else:
        violation = rules.check_password(password or "", email=user.email, name=final_name)
        if violation:
            errors.add("password", violation.code, violation.message)
    errors.raise_if_any()
    if validate_only:
        return user
    password_hash = user.password_hash if already_active else await hash_password(password, deps.settings.argon2)
    now = deps.now()
    async with in_transaction():
        await consume(deps, invitation)
        user.name = final_name
        user.password_hash = password_hash
        first_activation = user.activated_at is None
        user.activated_at = user.activated_at or now
        if identities.proves_mailbox(invitation):  # a link that only travelled by e-mail
            identities.mark_mailbox_proven(user, now)
        user.terms_version = deps.settings.terms_version
        user.terms_accepted_at = now
        user.privacy_version = deps.settings.privacy_version
        user.privacy_accepted_at = now
        await user.save()
        await access_changed(accounts=[invitation.account_id], users=[user.id])  # type: ignore[attr-defined]
        effect = _ACCEPT_EFFECTS.get(InvitationKind(invitation.kind))
        effect_deliveries = (await effect(invitation, user) or []) if effect is not None else []
        deliveries = effect_deliveries + await _emit_activated(invitation, user, first_activation)
    await events.dispatch(deps, deliveries)
    return user


async def _emit_activated(invitation: Invitation, user: User, first_activation: bool) -> list[int]:
    account_id = invitation.account_id  # type: ignore[attr-defined]
    if not first_activation or account_id is None or invitation.kind == InvitationKind.CLIENT_SETUP:
        return []
    user_ref = events.ref("User", user.id)
    return await events.emit(
        account_id,
        events.EventType.USER_ACTIVATED,
        {"id": user_ref, "email": user.email, "name": user.name, "activatedAt": user.activated_at.isoformat()},
        subject=user_ref,
    )


async def invitation_account(invitation: Invitation) -> Account | None:
    if invitation.account_id is None:  # type: ignore[attr-defined]
        return None
    return await Account.get_or_none(id=invitation.account_id)  # type: ignore[attr-defined]


@dataclass
class Reissued:
    issued: IssuedInvitation
    outbox_id: int


async def latest_for_target(
    kind: InvitationKind,
    *,
    account_id: UUID | None = None,
    user_id: UUID | None = None,
    client_id: UUID | None = None,
    client_user_id: UUID | None = None,
) -> Invitation | None:
    return (
        await Invitation.filter(
            kind=kind, account_id=account_id, user_id=user_id, client_id=client_id, client_user_id=client_user_id
        )
        .order_by("-created_at")
        .first()
    )


async def reissue(
    deps: Deps,
    previous: Invitation,
    *,
    to_email: str | None = None,
    created_by_id: UUID | None = None,
    template: str | None = None,
    variables: dict[str, Any] | None = None,
    language: str | None = None,
) -> Reissued:
    """Resend for a pending target: a new token, the previous link revoked, a new e-mail.

    Reuses the template, language and variables of the e-mail that carried `previous` (the
    caller may override any of them, e.g. another address for "finish setup"). Refused with
    NOT_PENDING once the link was accepted. Call outside a transaction: it commits, then
    enqueues the e-mail.
    """
    previous = await Invitation.get(id=previous.id)  # the caller's copy may be stale
    target = {
        "kind": previous.kind,
        "account_id": previous.account_id,  # type: ignore[attr-defined]
        "user_id": previous.user_id,  # type: ignore[attr-defined]
        "client_id": previous.client_id,  # type: ignore[attr-defined]
        "client_user_id": previous.client_user_id,  # type: ignore[attr-defined]
    }
    if await Invitation.exists(status=InvitationStatus.ACCEPTED, **target):
        raise DomainError.of(None, ErrorCode.NOT_PENDING, "Only pending invitations can be sent again.")
    last_email = await OutboxEmail.filter(invitation_id=previous.id).order_by("-id").first()
    if last_email is not None:
        template = template or last_email.template
        language = language or last_email.language
        variables = {**outbox.read_variables(deps.settings, last_email), **(variables or {})}
    if template is None:
        raise ValueError("reissue needs a template when the previous link was never e-mailed")
    kind = InvitationKind(previous.kind)
    email = to_email or previous.email
    async with in_transaction():
        # Revoke first whatever link the target holds (issue() revokes pending ones of this kind).
        await Invitation.filter(id=previous.id, status=InvitationStatus.PENDING).update(
            status=InvitationStatus.REVOKED, revoked_at=deps.now()
        )
        issued = await issue(
            deps,
            kind,
            email=email,
            account_id=previous.account_id,  # type: ignore[attr-defined]
            user_id=previous.user_id,  # type: ignore[attr-defined]
            client_id=previous.client_id,  # type: ignore[attr-defined]
            client_user_id=previous.client_user_id,  # type: ignore[attr-defined]
            created_by_id=created_by_id or previous.created_by_id,  # type: ignore[attr-defined]
            custom_message=previous.custom_message,
        )
        merged = {
            **(variables or {}),
            "url": issued.url(deps.settings),
            "expires_at": issued.invitation.expires_at.isoformat(),
        }
        row = await outbox.record_email(
            deps.settings,
            template=template,
            to_email=email,
            language=language or "en",
            variables=merged,
            invitation=issued.invitation,
            account_id=previous.account_id,  # type: ignore[attr-defined]
        )
    await deps.queue.enqueue_emails([row.id])
    return Reissued(issued, row.id)


async def language_for_user(user_id: UUID) -> str:
    """The language of the user's e-mails outside an account (password reset): their oldest account's."""
    from ...models import Membership

    membership = await Membership.filter(user_id=user_id).order_by("created_at").select_related("account").first()
    return str(membership.account.language) if membership is not None else "en"
