"""Creating users in an account (one by one and in bulk) and re-sending their activation link.

A user is one global identity (SPEC §1); creating a user in an account means a membership, plus a
new identity and a 48-hour activation link when the e-mail is new. An activated user from
another account simply gets a membership here; every other conflict is the generic
USER_CANNOT_BE_CREATED, so the API never reveals where an e-mail is used (seed 003).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from ...models import Account, Invitation, Membership, OutboxEmail, User
from ...models.enums import InvitationKind
from ...policy.access import AccountAccess
from ...security import crypto, rules
from ...security.tokens import INVITATION_PREFIX, hash_secret, new_secret
from ..core import events, outbox
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector, FieldError
from ..invitations import invitations
from . import identities
from .member_access import AccessChange, AccountCatalogue, apply_change

MAX_BULK_ITEMS = 1000
_CANNOT_CREATE = "This user cannot be created."


@dataclass
class NewUser:
    email: str
    name: str | None
    department: str | None = None
    notification_email: str | None = None
    access: AccessChange = field(default_factory=AccessChange)
    send_invitation: bool = True


@dataclass
class CreatedMember:
    membership: Membership
    user: User
    issued: invitations.IssuedInvitation | None
    added_existing_user: bool


@dataclass
class BulkItemResult:
    index: int
    email: str
    created: CreatedMember | None = None
    errors: list[FieldError] = field(default_factory=list)


@dataclass
class _Checked:
    email: str
    name: str
    department: str | None
    notification_email: str | None


def check_profile(
    errors: ErrorCollector, *, name: str | None, department: str | None, notification_email: str | None
) -> tuple[str | None, str | None, str | None]:
    checked_name = rules.check_name(name)
    if isinstance(checked_name, rules.RuleViolation):
        errors.add("name", checked_name.code, checked_name.message)
        checked_name = None
    dept = (department or "").strip() or None
    if dept is not None and len(dept) > 200:
        errors.add("department", ErrorCode.TOO_LONG, "A department has at most 200 characters.")
    notify = None
    if notification_email is not None and notification_email.strip():
        normalized = rules.normalize_email(notification_email)
        if isinstance(normalized, rules.RuleViolation):
            errors.add("notificationEmail", normalized.code, normalized.message)
        else:
            notify = normalized
    return checked_name, dept, notify


def _check_new_user(
    errors: ErrorCollector, granter: AccountAccess, catalogue: AccountCatalogue, new: NewUser
) -> tuple[_Checked | None, Membership]:
    email = rules.normalize_email(new.email)
    if isinstance(email, rules.RuleViolation):
        errors.add("email", email.code, email.message)
    name, dept, notify = check_profile(
        errors, name=new.name, department=new.department, notification_email=new.notification_email
    )
    membership = Membership(account_id=catalogue.account_id)
    apply_change(errors, granter, catalogue, membership, None, new.access, new_member=True)
    if errors or not isinstance(email, str) or name is None:
        return None, membership
    return _Checked(email, name, dept, notify), membership


async def _inviter_name(actor_user_id: uuid.UUID | None) -> str | None:
    if actor_user_id is None:
        return None
    row = await User.filter(id=actor_user_id).values_list("name", flat=True)
    return row[0] if row else None


async def _locked_account(account_id: uuid.UUID) -> Account:
    account = await Account.filter(id=account_id).select_for_update().first()
    if account is None:
        raise DomainError.of("accountId", ErrorCode.NOT_FOUND, "Not found.")
    return account


def _activation_variables(
    deps: Deps, user: User, account: Account, issued: invitations.IssuedInvitation, inviter: str | None
) -> dict[str, Any]:
    return {
        "name": user.name,
        "account_name": account.name,
        "url": issued.url(deps.settings),
        "expires_at": issued.invitation.expires_at.isoformat(),
        "inviter_name": inviter,
    }


def _added_variables(deps: Deps, user: User, account: Account, inviter: str | None) -> dict[str, Any]:
    return {
        "name": user.name,
        "account_name": account.name,
        "url": deps.settings.public_url,
        "inviter_name": inviter,
    }


async def create_user(
    deps: Deps,
    granter: AccountAccess,
    account_id: uuid.UUID,
    new: NewUser,
    *,
    actor_user_id: uuid.UUID | None,
) -> CreatedMember:
    errors = ErrorCollector()
    catalogue = await AccountCatalogue.load(account_id)
    checked, membership = _check_new_user(errors, granter, catalogue, new)
    errors.raise_if_any()
    assert checked is not None
    inviter = await _inviter_name(actor_user_id)
    outbox_ids: list[int] = []
    deliveries: list[int] = []
    async with in_transaction():
        account = await _locked_account(account_id)
        user = await User.get_or_none(email=checked.email)
        added_existing = user is not None
        if user is not None and (
            not identities.is_established(user) or await Membership.exists(account_id=account_id, user_id=user.id)
        ):
            raise DomainError.of("email", ErrorCode.USER_CANNOT_BE_CREATED, _CANNOT_CREATE)
        if account.max_users is not None and await Membership.filter(account_id=account_id).count() >= account.max_users:
            raise DomainError.of(None, ErrorCode.PLAN_USER_LIMIT_REACHED, "The plan's user limit is reached.")
        if user is None:
            user = await User.create(
                email=checked.email, name=checked.name, department=checked.department,
                notification_email=checked.notification_email,
            )
        membership.user_id = user.id  # type: ignore[attr-defined]
        await membership.save()
        await access_changed(accounts=[account_id])
        issued = None
        if added_existing:
            row = await outbox.record_email(
                deps.settings, template="added_to_account", to_email=user.email, language=account.language,
                variables=_added_variables(deps, user, account, inviter), account_id=account.id,
            )
            outbox_ids.append(row.id)
        elif new.send_invitation:
            issued = await invitations.issue(
                deps, InvitationKind.USER_ACTIVATION, email=user.email, account_id=account.id,
                user_id=user.id, created_by_id=actor_user_id,
            )
            row = await outbox.record_email(
                deps.settings, template="user_activation", to_email=user.email, language=account.language,
                variables=_activation_variables(deps, user, account, issued, inviter),
                invitation_id=issued.invitation.id, account_id=account.id,
            )
            outbox_ids.append(row.id)
            deliveries = await _emit_invited(account.id, user, membership, issued.invitation)
    await deps.queue.enqueue_emails(outbox_ids)
    await events.dispatch(deps, deliveries)
    return CreatedMember(membership, user, issued, added_existing)


async def bulk_create_users(
    deps: Deps,
    granter: AccountAccess,
    account_id: uuid.UUID,
    items: list[NewUser],
    *,
    actor_user_id: uuid.UUID | None,
) -> list[BulkItemResult]:
    """One result per item: valid items are created, invalid ones report their own errors.

    Set-based: a handful of queries and one multi-row insert per table, whatever the batch size.
    No password is hashed and no mail is sent here: the outbox rows are enqueued after commit.
    """
    if len(items) > MAX_BULK_ITEMS:
        raise DomainError.of("items", ErrorCode.TOO_MANY_ITEMS, f"At most {MAX_BULK_ITEMS} users per call.")
    catalogue = await AccountCatalogue.load(account_id)
    results: list[BulkItemResult] = []
    valid: list[tuple[BulkItemResult, _Checked, Membership, NewUser]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        errors = ErrorCollector()
        checked, membership = _check_new_user(errors, granter, catalogue, item)
        result = BulkItemResult(index, checked.email if checked else (item.email or "").strip())
        if checked is not None and checked.email in seen:
            errors.add("email", ErrorCode.DUPLICATE_IN_BATCH, "This e-mail appears earlier in the same call.")
        result.errors = errors.errors
        results.append(result)
        if checked is not None and not errors:
            seen.add(checked.email)
            valid.append((result, checked, membership, item))
    if not valid:
        return results

    inviter = await _inviter_name(actor_user_id)
    settings = deps.settings
    added_ids: list[int] = []
    invitation_ids: list[uuid.UUID] = []
    deliveries: list[int] = []
    try:
        async with in_transaction():
            account = await _locked_account(account_id)
            existing = {u.email: u for u in await User.filter(email__in=[c.email for _, c, _, _ in valid])}
            members = {
                str(u) for u in await Membership.filter(
                    account_id=account_id, user_id__in=[u.id for u in existing.values()]
                ).values_list("user_id", flat=True)
            }
            capacity = None
            if account.max_users is not None:
                capacity = account.max_users - await Membership.filter(account_id=account_id).count()
            new_users: list[User] = []
            memberships: list[Membership] = []
            new_invitations: list[Invitation] = []
            emails: list[OutboxEmail] = []
            now = deps.now()
            lifetime = invitations.lifetime_for(settings, InvitationKind.USER_ACTIVATION)
            for result, checked, membership, item in valid:
                user = existing.get(checked.email)
                if user is not None and (not identities.is_established(user) or str(user.id) in members):
                    result.errors.append(FieldError("email", ErrorCode.USER_CANNOT_BE_CREATED, _CANNOT_CREATE))
                    continue
                if capacity is not None:
                    if capacity <= 0:
                        result.errors.append(FieldError(
                            None, ErrorCode.PLAN_USER_LIMIT_REACHED, "The plan's user limit is reached."
                        ))
                        continue
                    capacity -= 1
                issued = None
                if user is None:
                    user = User(
                        email=checked.email, name=checked.name, department=checked.department,
                        notification_email=checked.notification_email,
                    )
                    new_users.append(user)
                    if item.send_invitation:
                        token = new_secret(INVITATION_PREFIX)
                        invitation = Invitation(
                            kind=InvitationKind.USER_ACTIVATION, token_hash=hash_secret(token), email=user.email,
                            account_id=account.id, user_id=user.id, created_by_id=actor_user_id,
                            expires_at=now + lifetime,
                        )
                        issued = invitations.IssuedInvitation(invitation, token)
                        new_invitations.append(invitation)
                        invitation_ids.append(invitation.id)
                        emails.append(OutboxEmail(
                            template="user_activation", to_email=user.email, language=account.language,
                            payload_encrypted=crypto.encrypt(
                                settings.secret_key, outbox.PAYLOAD_PURPOSE,
                                _json(_activation_variables(deps, user, account, issued, inviter)),
                            ),
                            invitation_id=invitation.id, account_id=account.id,
                        ))
                else:
                    row = await outbox.record_email(
                        settings, template="added_to_account", to_email=user.email, language=account.language,
                        variables=_added_variables(deps, user, account, inviter), account_id=account.id,
                    )
                    added_ids.append(row.id)
                membership.user_id = user.id  # type: ignore[attr-defined]
                memberships.append(membership)
                result.created = CreatedMember(membership, user, issued, user not in new_users)
            if new_users:
                await User.bulk_create(new_users, batch_size=500)
            if memberships:
                await Membership.bulk_create(memberships, batch_size=500)
                await access_changed(accounts=[account.id])
            if new_invitations:
                await Invitation.bulk_create(new_invitations, batch_size=500)
            if emails:
                await OutboxEmail.bulk_create(emails, batch_size=500)
            by_user = {m.user_id: m for m in memberships}  # type: ignore[attr-defined]
            invited_users = {u.id: u for u in new_users}
            deliveries = await events.emit_many(account.id, events.EventType.USER_INVITED, [
                _invited(invited_users[i.user_id], by_user[i.user_id], i)  # type: ignore[attr-defined]
                for i in new_invitations
            ])
    except IntegrityError as exc:  # a concurrent call created one of these e-mails meanwhile
        raise DomainError.of("items", ErrorCode.USER_CANNOT_BE_CREATED, _CANNOT_CREATE) from exc
    queued = list(added_ids)
    if invitation_ids:
        queued += list(
            await OutboxEmail.filter(invitation_id__in=invitation_ids).order_by("id").values_list("id", flat=True)
        )
    await deps.queue.enqueue_emails(queued)
    await events.dispatch(deps, deliveries)
    return results


def _json(variables: dict[str, Any]) -> str:
    import orjson

    return orjson.dumps(variables).decode()


async def resend_invitation(
    deps: Deps, membership: Membership, *, actor_user_id: uuid.UUID | None
) -> invitations.IssuedInvitation:
    """Pending users only; the previous link of this account stops working at once."""
    user = await User.get(id=membership.user_id)  # type: ignore[attr-defined]
    if user.activated_at is not None:
        raise DomainError.of("membershipId", ErrorCode.NOT_PENDING, "This user has already activated their access.")
    inviter = await _inviter_name(actor_user_id)
    async with in_transaction():
        account = await Account.get(id=membership.account_id)  # type: ignore[attr-defined]
        issued = await invitations.issue(
            deps, InvitationKind.USER_ACTIVATION, email=user.email, account_id=account.id,
            user_id=user.id, created_by_id=actor_user_id,
        )
        row = await outbox.record_email(
            deps.settings, template="user_activation", to_email=user.email, language=account.language,
            variables=_activation_variables(deps, user, account, issued, inviter),
            invitation_id=issued.invitation.id, account_id=account.id,
        )
        deliveries = await _emit_invited(account.id, user, membership, issued.invitation)
    await deps.queue.enqueue_emails([row.id])
    await events.dispatch(deps, deliveries)
    return issued


def _invited(user: User, membership: Membership, invitation: Invitation) -> tuple[dict[str, Any], str]:
    """`user.invited`: an activation link was issued (never the link itself: it is a secret)."""
    user_ref = events.ref("User", user.id)
    data = {
        "id": user_ref,
        "membershipId": events.ref("Membership", membership.id),
        "email": user.email,
        "invitationId": events.ref("Invitation", invitation.id),
        "expiresAt": invitation.expires_at.isoformat(),
    }
    return data, user_ref


async def _emit_invited(account_id: uuid.UUID, user: User, membership: Membership, invitation: Invitation) -> list[int]:
    data, subject = _invited(user, membership, invitation)
    return await events.emit(account_id, events.EventType.USER_INVITED, data, subject=subject)
