"""How clients get in (seeds 000, 002): setup URL, e-mail invitations, client users, login, portal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from tortoise.transactions import in_transaction

from ...models import Account, Client, ClientResource, ClientUser, Invitation, Membership, User
from ...models.enums import AccountStatus, ClientUserStatus, DeliveryStatus, InvitationKind, InvitationStatus
from ...security import rules
from ..core import email_templates, events, outbox
from ..core.clock import utcnow
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..invitations import invitations
from ..members.orphans import prune_users, revoke_sessions_of_locked_out, usable_client_user_ids
from .clients import refresh_status, user_for_email

CUSTOM_MESSAGE_MAX = 2000


@dataclass
class IssuedLink:
    issued: invitations.IssuedInvitation
    outbox_id: int | None = None


def _refuse_if_suspended(client: Client) -> None:
    if client.suspended_at is not None:
        raise DomainError.of("clientId", ErrorCode.CLIENT_SUSPENDED, "This client is suspended: reactivate it first.")


def _check_message(message: str | None) -> str | None:
    cleaned = (message or "").strip() or None
    if cleaned and len(cleaned) > CUSTOM_MESSAGE_MAX:
        raise DomainError.of("customMessage", ErrorCode.TOO_LONG, f"At most {CUSTOM_MESSAGE_MAX} characters.")
    return cleaned


async def contact_of(client: Client) -> ClientUser:
    contact = await ClientUser.filter(client_id=client.id, is_contact=True).select_related("user").first()
    if contact is None:  # the contact was removed: fall back to the first login
        contact = await ClientUser.filter(client_id=client.id).order_by("created_at").select_related("user").first()
    if contact is None:
        raise DomainError.of("clientId", ErrorCode.NOT_FOUND, "This client has no user to invite.")
    return contact


async def _issue(deps: Deps, client: Client, client_user: ClientUser, created_by_id: UUID | None,
                 custom_message: str | None = None) -> invitations.IssuedInvitation:
    """A CLIENT_SETUP link (30 days) for one client login; the previous pending one is revoked."""
    user: User = client_user.user
    return await invitations.issue(
        deps, InvitationKind.CLIENT_SETUP, email=user.email, account_id=client.account_id,  # type: ignore[attr-defined]
        user_id=user.id, client_id=client.id, client_user_id=client_user.id, created_by_id=created_by_id,
        custom_message=custom_message,
    )


async def _mark_invited(client: Client, now: datetime, deliveries: list[int]) -> None:
    if client.invited_at is None:
        client.invited_at = now
        await Client.filter(id=client.id).update(invited_at=now)
    await refresh_status(client, deliveries)


async def generate_setup_url(deps: Deps, client: Client, created_by_id: UUID | None) -> IssuedLink:
    """The URL is the point: it is returned (with or without SMTP); regenerating revokes the last."""
    _refuse_if_suspended(client)
    contact = await contact_of(client)
    deliveries: list[int] = []
    async with in_transaction():
        issued = await _issue(deps, client, contact, created_by_id)
        await _mark_invited(client, deps.now(), deliveries)
    await events.dispatch(deps, deliveries)
    return IssuedLink(issued)


def _setup_variables(deps: Deps, account: Account, client: Client, contact: ClientUser, url: str,
                     expires_at: datetime, custom_message: str | None) -> dict[str, object]:
    return {
        "name": f"{client.first_name} {client.last_name}".strip() or contact.user.name,
        "email": contact.user.email,
        "account_name": account.name,
        "url": url,
        "expires_at": expires_at.isoformat(),
        "custom_message": custom_message,
    }


async def preview_invitation(
    deps: Deps, client: Client, custom_message: str | None
) -> email_templates.RenderedEmail:
    """What `sendClientInvitation` would send; the link is a placeholder until it is issued."""
    message = _check_message(custom_message)
    account = await Account.get(id=client.account_id)  # type: ignore[attr-defined]
    contact = await contact_of(client)
    expires_at = deps.now() + invitations.lifetime_for(deps.settings, InvitationKind.CLIENT_SETUP)
    placeholder = invitations.link_for(deps.settings, InvitationKind.CLIENT_SETUP, "…")
    variables = _setup_variables(deps, account, client, contact, placeholder, expires_at, message)
    # The same templates the mail worker sends (services/core/email_templates.py).
    return email_templates.render("client_setup", account.language, variables, app_url=deps.settings.public_url)


async def send_invitation(deps: Deps, client: Client, custom_message: str | None, created_by_id: UUID | None) -> IssuedLink:
    message = _check_message(custom_message)
    _refuse_if_suspended(client)
    account = await Account.get(id=client.account_id)  # type: ignore[attr-defined]
    contact = await contact_of(client)
    deliveries: list[int] = []
    async with in_transaction():
        issued = await _issue(deps, client, contact, created_by_id, custom_message=message)
        if deps.settings.smtp_enabled:
            issued.invitation.delivery_status = DeliveryStatus.QUEUED
            await issued.invitation.save(update_fields=["delivery_status"])
        variables = _setup_variables(
            deps, account, client, contact, issued.url(deps.settings), issued.invitation.expires_at, message
        )
        row = await outbox.record_email(
            deps.settings, template="client_setup", to_email=contact.user.email, language=account.language,
            variables=variables, invitation_id=issued.invitation.id, account_id=account.id,
        )
        await _mark_invited(client, deps.now(), deliveries)
    await deps.queue.enqueue_emails([row.id])
    await events.dispatch(deps, deliveries)
    return IssuedLink(issued, row.id)


# --- client users (seed 000) ---------------------------------------------------------------

async def _invite_client_user(deps: Deps, client: Client, client_user: ClientUser, created_by_id: UUID | None) -> IssuedLink:
    """Call inside a transaction."""
    account = await Account.get(id=client.account_id)  # type: ignore[attr-defined]
    issued = await _issue(deps, client, client_user, created_by_id)
    if deps.settings.smtp_enabled:
        issued.invitation.delivery_status = DeliveryStatus.QUEUED
        await issued.invitation.save(update_fields=["delivery_status"])
    row = await outbox.record_email(
        deps.settings, template="client_user_invitation", to_email=client_user.user.email,
        language=account.language,
        variables={
            "name": client_user.user.name, "account_name": account.name, "client_name": client.display_name,
            "url": issued.url(deps.settings), "expires_at": issued.invitation.expires_at.isoformat(),
        },
        invitation_id=issued.invitation.id, account_id=account.id,
    )
    return IssuedLink(issued, row.id)


def _email(raw: str) -> str:
    normalized = rules.normalize_email(raw)
    if isinstance(normalized, rules.RuleViolation):
        raise DomainError.of("email", normalized.code, normalized.message)
    return normalized


async def add_client_user(deps: Deps, client: Client, email: str, created_by_id: UUID | None) -> tuple[ClientUser, IssuedLink]:
    normalized = _email(email)
    _refuse_if_suspended(client)
    if await ClientUser.exists(client_id=client.id, user__email=normalized):
        raise DomainError.of("email", ErrorCode.DUPLICATE_CLIENT_USER, "This person is already a user of this client.")
    async with in_transaction():
        user = await user_for_email(normalized, normalized.split("@")[0][:200])
        client_user = await ClientUser.create(client_id=client.id, user_id=user.id)
        client_user.user = user
        link = await _invite_client_user(deps, client, client_user, created_by_id)
    await deps.queue.enqueue_emails([link.outbox_id] if link.outbox_id else [])
    return client_user, link


async def update_client_user(deps: Deps, client_user: ClientUser, email: str | None,
                             created_by_id: UUID | None) -> tuple[ClientUser, IssuedLink | None]:
    """The e-mail may change while the invitation is pending; a new link goes to the new address."""
    if email is None:
        return client_user, None
    normalized = _email(email)
    current: User = client_user.user
    if normalized == current.email:
        return client_user, None
    if client_user.status != ClientUserStatus.PENDING:
        raise DomainError.of("email", ErrorCode.NOT_PENDING, "The e-mail can only change while the invitation is pending.")
    if client_user.is_contact:
        raise DomainError.of("email", ErrorCode.INVALID, "The contact's e-mail is the client's login and cannot change.")
    client = await Client.get(id=client_user.client_id)  # type: ignore[attr-defined]
    _refuse_if_suspended(client)
    if await ClientUser.exists(client_id=client.id, user__email=normalized):
        raise DomainError.of("email", ErrorCode.DUPLICATE_CLIENT_USER, "This person is already a user of this client.")
    async with in_transaction():
        await Invitation.filter(client_user_id=client_user.id, status=InvitationStatus.PENDING).update(
            status=InvitationStatus.REVOKED, revoked_at=deps.now()
        )
        user = await user_for_email(normalized, normalized.split("@")[0][:200])
        await ClientUser.filter(id=client_user.id).update(user_id=user.id)
        client_user.user = user
        link = await _invite_client_user(deps, client, client_user, created_by_id)
        await prune_users([current.id])
    await deps.queue.enqueue_emails([link.outbox_id] if link.outbox_id else [])
    return client_user, link


async def resend_client_user_invitation(deps: Deps, client_user: ClientUser, created_by_id: UUID | None) -> IssuedLink:
    if client_user.status != ClientUserStatus.PENDING:
        raise DomainError.of("clientUserId", ErrorCode.NOT_PENDING, "Only pending users can be invited again.")
    client = await Client.get(id=client_user.client_id)  # type: ignore[attr-defined]
    _refuse_if_suspended(client)
    async with in_transaction():
        link = await _invite_client_user(deps, client, client_user, created_by_id)
    await deps.queue.enqueue_emails([link.outbox_id] if link.outbox_id else [])
    return link


async def deactivate_client_user(client_user: ClientUser) -> ClientUser:
    if client_user.status != ClientUserStatus.ACTIVE:
        raise DomainError.of("clientUserId", ErrorCode.CLIENT_USER_NOT_ACTIVE, "Only an active user can be deactivated.")
    async with in_transaction():
        client_user.status = ClientUserStatus.INACTIVE
        await client_user.save(update_fields=["status", "updated_at"])
        await revoke_sessions_of_locked_out([client_user.user_id])  # type: ignore[attr-defined]
    return client_user


async def reactivate_client_user(client_user: ClientUser) -> ClientUser:
    if client_user.status != ClientUserStatus.INACTIVE:
        raise DomainError.of("clientUserId", ErrorCode.CLIENT_USER_NOT_INACTIVE, "This user is not inactive.")
    client_user.status = ClientUserStatus.ACTIVE
    await client_user.save(update_fields=["status", "updated_at"])
    return client_user


@invitations.on_accept(InvitationKind.CLIENT_SETUP)
async def _client_user_accepted(invitation: Invitation, user: User) -> list[int]:
    """Accepting returns a session: it is the client's first login (status ACTIVE)."""
    client_user = await ClientUser.get_or_none(id=invitation.client_user_id)  # type: ignore[attr-defined]
    if client_user is None or client_user.user_id != user.id:  # type: ignore[attr-defined]
        raise DomainError.of("token", ErrorCode.INVITATION_INVALID, "This link is not valid.")
    client = await Client.get(id=client_user.client_id)  # type: ignore[attr-defined]
    if client.suspended_at is not None:
        raise DomainError.of("token", ErrorCode.CLIENT_SUSPENDED, "This client's access is suspended.")
    if client_user.status == ClientUserStatus.PENDING:
        await ClientUser.filter(id=client_user.id).update(status=ClientUserStatus.ACTIVE)
    deliveries: list[int] = []
    await record_first_login(user.id, deliveries)
    return deliveries


# --- login and the client's own view -------------------------------------------------------

async def may_log_in(user: User) -> bool:
    """False only for a user whose sole access is client logins that all stopped working."""
    if user.is_platform_operator or await Membership.exists(user_id=user.id):
        return True
    if not await ClientUser.exists(user_id=user.id):
        return True
    return bool(await usable_client_user_ids([user.id]))


async def record_first_login(user_id: UUID, deliveries: list[int] | None = None) -> None:
    """A client user's first login makes their client ACTIVE (status derived from the fact)."""
    clients = await Client.filter(
        users__user_id=user_id, users__status=ClientUserStatus.ACTIVE, first_login_at=None, suspended_at=None
    ).distinct()
    now = utcnow()
    for client in clients:
        client.first_login_at = now
        await Client.filter(id=client.id).update(first_login_at=now)
        await refresh_status(client, deliveries)


async def visible_clients(user_id: UUID | None, impersonated_client_id: UUID | None) -> list[Client]:
    """The clients a client user sees: their own, not suspended, through an active login, in an
    account that is not deactivated.
    A view-as-client token sees exactly its client (as that client's users do)."""
    if impersonated_client_id is not None:
        client = await Client.get_or_none(id=impersonated_client_id, suspended_at=None).exclude(
            account__status=AccountStatus.DEACTIVATED
        )
        return [client] if client else []
    if user_id is None:
        return []
    return list(
        await Client.filter(
            users__user_id=user_id, users__status=ClientUserStatus.ACTIVE, suspended_at=None
        ).exclude(account__status=AccountStatus.DEACTIVATED).distinct().order_by("display_name", "id")
    )


async def assignments_of(client_ids: list[UUID]) -> dict[UUID, list[ClientResource]]:
    grouped: dict[UUID, list[ClientResource]] = {c: [] for c in client_ids}
    for row in await ClientResource.filter(client_id__in=client_ids).select_related("resource").order_by("created_at"):
        grouped[row.client_id].append(row)  # type: ignore[attr-defined]
    return grouped
