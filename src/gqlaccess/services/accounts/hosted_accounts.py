"""Hosted accounts (seed 001): managed and unmanaged, setup invitations, rename, (de)activation."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from tortoise.transactions import in_transaction

from ...models import Account, Invitation, Membership, User
from ...models.enums import AccountStatus, DeliveryStatus, InvitationKind, InvitationStatus, MembershipStatus
from ...policy.capabilities import ADMIN_KEY
from ...security import rules
from ..core import events, outbox
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from ..invitations import invitations
from ..members.orphans import prune_users
from ..roles.roles import predefined_role_id
from .accounts import check_account_name


@dataclass
class SetupInvitation:
    issued: invitations.IssuedInvitation
    outbox_id: int


@dataclass
class HostedAccountResult:
    account: Account
    setup: SetupInvitation | None = None


def _check_admin_email(errors: ErrorCollector, raw: str | None, field: str = "adminEmail") -> str | None:
    if raw is None or not raw.strip():
        errors.add(field, ErrorCode.ADMIN_EMAIL_REQUIRED, "An unmanaged account needs the e-mail of its admin.")
        return None
    email = rules.normalize_email(raw)
    if isinstance(email, rules.RuleViolation):
        errors.add(field, email.code, email.message)
        return None
    return email


async def _admin_user(email: str, field: str = "adminEmail") -> User:
    """The future owner: a new pending user, or an activated user who owns no account yet."""
    user = await User.get_or_none(email=email)
    if user is None:
        checked = rules.check_name(email.split("@")[0].replace("+", " "))
        return await User.create(email=email, name=checked if isinstance(checked, str) else "Account admin")
    if user.activated_at is None:
        # A pending user may only be the admin of the setup that created them (re-sent links).
        other = await Invitation.filter(user_id=user.id, status=InvitationStatus.PENDING).exclude(
            kind=InvitationKind.ACCOUNT_SETUP
        ).exists()
        if other or await Membership.exists(user_id=user.id):
            raise DomainError.of(field, ErrorCode.USER_CANNOT_BE_CREATED, "This user cannot be created.")
    elif await Account.exists(owner_id=user.id):
        raise DomainError.of(field, ErrorCode.USER_CANNOT_BE_CREATED, "This user cannot be created.")
    return user


async def _issue_setup(deps: Deps, account: Account, host: Account | None, user: User, created_by_id: UUID | None) -> SetupInvitation:
    issued = await invitations.issue(
        deps, InvitationKind.ACCOUNT_SETUP, email=user.email, account_id=account.id, user_id=user.id,
        created_by_id=created_by_id,
    )
    if deps.settings.smtp_enabled:
        issued.invitation.delivery_status = DeliveryStatus.QUEUED
        await issued.invitation.save(update_fields=["delivery_status"])
    row = await outbox.record_email(
        deps.settings,
        template="account_setup",
        to_email=user.email,
        language=account.language,
        variables={
            "name": user.name,
            "account_name": account.name,
            "host_name": host.name if host else "",
            "url": issued.url(deps.settings),
            "expires_at": issued.invitation.expires_at.isoformat(),
        },
        invitation_id=issued.invitation.id,
        account_id=account.id,
    )
    return SetupInvitation(issued, row.id)


async def create_hosted_account(
    deps: Deps, host: Account, *, name: str, managed: bool, admin_email: str | None, created_by_id: UUID | None
) -> HostedAccountResult:
    errors = ErrorCollector()
    account_name = check_account_name(errors, name)
    email: str | None = None
    if managed:
        if admin_email is not None and admin_email.strip():
            errors.add("adminEmail", ErrorCode.ADMIN_EMAIL_NOT_ALLOWED,
                       "A managed account is administered by the host: no admin e-mail.")
    else:
        email = _check_admin_email(errors, admin_email)
    if host.status != AccountStatus.ACTIVE:
        errors.add("hostAccountId", ErrorCode.ACCOUNT_NOT_ACTIVE, "The host account is not active.")
    errors.raise_if_any()
    async with in_transaction():
        if managed:
            account = await Account.create(
                name=account_name, language=host.language, host_id=host.id, managed=True, status=AccountStatus.ACTIVE
            )
            return HostedAccountResult(account)
        assert email is not None
        user = await _admin_user(email)
        account = await Account.create(
            name=account_name, language=host.language, host_id=host.id, managed=False,
            status=AccountStatus.SETUP_IN_PROGRESS,
        )
        setup = await _issue_setup(deps, account, host, user, created_by_id)
    await deps.queue.enqueue_emails([setup.outbox_id])
    return HostedAccountResult(account, setup)


async def resend_account_setup(
    deps: Deps, account: Account, *, admin_email: str | None, created_by_id: UUID | None
) -> SetupInvitation:
    """"Finish setup": a new link, possibly to another e-mail; every previous link is revoked."""
    if account.host_id is None or account.managed:  # type: ignore[attr-defined]
        raise DomainError.of("accountId", ErrorCode.NOT_A_HOSTED_ACCOUNT, "Only unmanaged hosted accounts have a setup.")
    if account.status != AccountStatus.SETUP_IN_PROGRESS:
        raise DomainError.of("accountId", ErrorCode.SETUP_ALREADY_DONE, "This account's setup is already finished.")
    previous = await Invitation.filter(
        account_id=account.id, kind=InvitationKind.ACCOUNT_SETUP
    ).order_by("-created_at").first()
    errors = ErrorCollector()
    if admin_email is None or not admin_email.strip():
        email = previous.email if previous else _check_admin_email(errors, admin_email)
    else:
        email = _check_admin_email(errors, admin_email)
    errors.raise_if_any()
    assert email is not None
    host = await Account.get_or_none(id=account.host_id)  # type: ignore[attr-defined]
    async with in_transaction():
        now = deps.now()
        previous_users = set(
            await Invitation.filter(account_id=account.id, kind=InvitationKind.ACCOUNT_SETUP).values_list(
                "user_id", flat=True
            )
        )
        await Invitation.filter(
            account_id=account.id, kind=InvitationKind.ACCOUNT_SETUP, status=InvitationStatus.PENDING
        ).update(status=InvitationStatus.REVOKED, revoked_at=now)
        user = await _admin_user(email)
        setup = await _issue_setup(deps, account, host, user, created_by_id)
        await prune_users(u for u in previous_users if u and u != user.id)
    await deps.queue.enqueue_emails([setup.outbox_id])
    return setup


@invitations.on_accept(InvitationKind.ACCOUNT_SETUP)
async def _admin_accepted(invitation: Invitation, user: User) -> list[int]:
    """The invited admin becomes the owner (an Admin membership); the account turns ACTIVE."""
    account = await Account.get_or_none(id=invitation.account_id)  # type: ignore[attr-defined]
    if account is None or account.status != AccountStatus.SETUP_IN_PROGRESS or account.owner_id is not None:  # type: ignore[attr-defined]
        raise DomainError.of("token", ErrorCode.SETUP_ALREADY_DONE, "This account's setup is already finished.")
    if await Account.exists(owner_id=user.id):
        raise DomainError.of("token", ErrorCode.USER_CANNOT_BE_CREATED, "This user cannot be created.")
    membership = await Membership.get_or_none(account_id=account.id, user_id=user.id)
    if membership is None:
        await Membership.create(account_id=account.id, user_id=user.id, role_id=predefined_role_id(ADMIN_KEY))
    else:
        membership.role_id = predefined_role_id(ADMIN_KEY)  # type: ignore[attr-defined]
        membership.status = MembershipStatus.ACTIVE
        await membership.save()
    await Account.filter(id=account.id).update(owner_id=user.id, status=AccountStatus.ACTIVE)
    # Inside accept()'s transaction; accept() dispatches the deliveries after commit.
    return await emit_status_changed(account, AccountStatus.SETUP_IN_PROGRESS, AccountStatus.ACTIVE)


async def emit_status_changed(account: Account, old: AccountStatus, new: AccountStatus) -> list[int]:
    """`account.status_changed`, to the account's own endpoints and to its host's: the host lists
    its hosted accounts with their status (`hostedAccounts`), and an unmanaged account has no
    endpoint of its own before its setup completes."""
    account_ref = events.ref("Account", account.id)
    data = {"id": account_ref, "oldStatus": str(old), "status": str(new)}
    host_id = account.host_id  # type: ignore[attr-defined]
    deliveries: list[int] = []
    for receiving in (account.id, host_id):
        if receiving is not None:
            deliveries += await events.emit(receiving, events.EventType.ACCOUNT_STATUS_CHANGED, data, subject=account_ref)
    return deliveries


async def _set_status(deps: Deps | None, account: Account, new: AccountStatus) -> Account:
    old = AccountStatus(account.status)
    async with in_transaction():
        account.status = new
        await account.save(update_fields=["status", "updated_at"])
        await access_changed(accounts=[account.id])  # and, as a host, what its members reach through it
        deliveries = await emit_status_changed(account, old, new)
    if deps is not None:
        await events.dispatch(deps, deliveries)
    return account


async def rename_account(account: Account, name: str) -> Account:
    errors = ErrorCollector()
    cleaned = check_account_name(errors, name)
    errors.raise_if_any()
    account.name = cleaned
    await account.save(update_fields=["name", "updated_at"])
    return account


async def deactivate_account(account: Account, *, deps: Deps | None = None) -> Account:
    if account.status != AccountStatus.ACTIVE:
        raise DomainError.of("accountId", ErrorCode.ACCOUNT_NOT_ACTIVE, "Only an active account can be deactivated.")
    return await _set_status(deps, account, AccountStatus.DEACTIVATED)


async def reactivate_account(account: Account, *, deps: Deps | None = None) -> Account:
    if account.status != AccountStatus.DEACTIVATED:
        raise DomainError.of("accountId", ErrorCode.ACCOUNT_NOT_DEACTIVATED, "This account is not deactivated.")
    return await _set_status(deps, account, AccountStatus.ACTIVE)
