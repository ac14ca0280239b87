"""Single-use links: issuing, looking up, accepting.

What accepting does depends on the kind; each area registers its own effect with
`on_accept(kind)`, so this module knows links, not accounts or clients.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from tortoise.transactions import in_transaction

from ..config import Settings
from ..models import Account, Invitation, User
from ..models.enums import InvitationKind, InvitationStatus
from ..security import rules
from ..security.passwords import hash_password
from ..security.tokens import INVITATION_PREFIX, hash_secret, new_secret
from . import account_policies, events
from .deps import Deps
from .errors import DomainError, ErrorCode, ErrorCollector

AcceptEffect = Callable[[Invitation, User], Awaitable[None]]
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
) -> User:
    """Sets the password, records consent, runs the kind's effect. Returns the activated user."""
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
    violation = rules.check_password(password or "", email=user.email, name=final_name)
    if violation:
        errors.add("password", violation.code, violation.message)
    errors.raise_if_any()
    password_hash = await hash_password(password, deps.settings.argon2)
    now = deps.now()
    async with in_transaction():
        await consume(deps, invitation)
        user.name = final_name
        user.password_hash = password_hash
        first_activation = user.activated_at is None
        user.activated_at = user.activated_at or now
        user.terms_version = deps.settings.terms_version
        user.terms_accepted_at = now
        user.privacy_version = deps.settings.privacy_version
        user.privacy_accepted_at = now
        await user.save()
        effect = _ACCEPT_EFFECTS.get(InvitationKind(invitation.kind))
        if effect is not None:
            await effect(invitation, user)
        deliveries = await _emit_activated(invitation, user, first_activation)
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
