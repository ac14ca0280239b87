"""Changing memberships: edit, bulk edit, deactivate/reactivate, remove, ownership, 2FA reset.

Profile fields (name, department, notification e-mail) belong to the global user. An account's
managers may edit them only while the user belongs to that account alone (and has no client
login): otherwise one tenant could rewrite what another tenant sees (USER_PROFILE_SHARED).
The e-mail is never editable (seed 003: delete and re-create).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from ...models import Account, ClientUser, Invitation, Membership, Role, User
from ...models.enums import InvitationKind, InvitationStatus, MembershipStatus
from ...policy import identity as identity_policy
from ...policy.access import AccountAccess
from ...policy.capabilities import ADMIN_KEY
from ...policy.principal import Principal
from ..auth.authentication import clear_totp
from ..auth.sessions import revoke_user_sessions
from ..core import events
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from . import identity_notices
from .member_access import (
    AccessChange,
    AccountCatalogue,
    apply_change,
    drop_empty_temporary_roles,
    may_manage_member,
)
from .users import MAX_BULK_ITEMS, check_profile

_OWNER = "The account owner cannot be changed here (use transferAccountOwnership)."


@dataclass
class ProfileChange:
    name: str | None = None
    department: str | None = None
    notification_email: str | None = None
    fields: set[str] = field(default_factory=set)  # which of the three were given


def _is_owner(account: Account, membership: Membership) -> bool:
    return account.owner_id == membership.user_id  # type: ignore[attr-defined]


def _guard_target(
    errors: ErrorCollector, granter: AccountAccess, account: Account, membership: Membership, role: Role,
    field_name: str, *, allow_self: bool = False,
) -> None:
    if _is_owner(account, membership):
        errors.add(field_name, ErrorCode.OWNER_IMMUTABLE, _OWNER)
    elif not allow_self and granter.membership_id == membership.id:
        errors.add(field_name, ErrorCode.CANNOT_TARGET_SELF, "You cannot do this to your own membership.")
    elif not may_manage_member(granter, role):
        errors.add(field_name, ErrorCode.ROLE_EXCEEDS_GRANTER, "This member's role is wider than your own.")


def _refuse_pending(membership: Membership, field_name: str = "membershipId") -> None:
    """An invitation awaiting consent can be resent or revoked, nothing else (services/members/consent.py)."""
    if membership.status == MembershipStatus.PENDING:
        raise DomainError.of(field_name, ErrorCode.MEMBERSHIP_PENDING_CONSENT,
                             "This person has not accepted the invitation yet: resend or revoke it.")


async def update_membership(
    deps: Deps, granter: AccountAccess, membership: Membership, change: AccessChange, profile: ProfileChange,
    *, principal: Principal | None = None,
) -> Membership:
    """`principal` decides profile edits (policy.identity.may_change_identity); without one, only
    the profile of a person who belongs to this account alone is editable."""
    _refuse_pending(membership)
    errors = ErrorCollector()
    account = await Account.get(id=membership.account_id)  # type: ignore[attr-defined]
    catalogue = await AccountCatalogue.load(account.id)
    current_role = catalogue.roles[membership.role_id]  # type: ignore[attr-defined]
    _guard_target(errors, granter, account, membership, current_role, "membershipId", allow_self=True)
    errors.raise_if_any()
    if change.empty and not profile.fields:
        raise DomainError.of(None, ErrorCode.NOTHING_TO_CHANGE, "Nothing to change.")
    updated = copy.copy(membership)
    role = apply_change(errors, granter, catalogue, updated, current_role, change)
    user = await User.get(id=membership.user_id)  # type: ignore[attr-defined]
    if profile.fields:
        name, dept, notify = check_profile(
            errors,
            name=profile.name if "name" in profile.fields else user.name,
            department=profile.department if "department" in profile.fields else user.department,
            notification_email=(
                profile.notification_email if "notificationEmail" in profile.fields else user.notification_email
            ),
        )
        if principal is not None:
            shared = not (await identity_policy.may_change_identity(principal, user.id)).allowed
        else:
            shared = await Membership.filter(user_id=user.id).exclude(account_id=account.id).exists() or (
                await ClientUser.exists(user_id=user.id)
            )
        if shared:
            errors.add(sorted(profile.fields)[0], ErrorCode.USER_PROFILE_SHARED,
                       "This user belongs to other accounts: only they can edit their profile.")
        elif not errors:
            user.name, user.department, user.notification_email = name or user.name, dept, notify
    errors.raise_if_any()
    assert role is not None
    async with in_transaction():
        await updated.save()
        if profile.fields:
            await user.save(update_fields=["name", "department", "notification_email", "updated_at"])
        if role.id != current_role.id:
            await drop_empty_temporary_roles({current_role.id})
        await access_changed(accounts=[account.id])
        deliveries = await _emit_updated(account.id, updated)
    await events.dispatch(deps, deliveries)
    return updated


@dataclass
class BulkPreview:
    memberships: list[Membership]
    saved: bool


async def bulk_update_memberships(
    deps: Deps, granter: AccountAccess, account_id: uuid.UUID, membership_ids: list[uuid.UUID | None],
    change: AccessChange, *, dry_run: bool,
) -> BulkPreview:
    """The same change for a selection; all or nothing. `dry_run` shows the result, writes nothing."""
    errors = ErrorCollector()
    if not membership_ids:
        errors.add("membershipIds", ErrorCode.REQUIRED, "Select at least one member.")
    if len(membership_ids) > MAX_BULK_ITEMS:
        errors.add("membershipIds", ErrorCode.TOO_MANY_ITEMS, f"At most {MAX_BULK_ITEMS} members per call.")
    if change.empty:
        errors.add(None, ErrorCode.NOTHING_TO_CHANGE, "Choose a role, apps, media sources or geos.")
    errors.raise_if_any()
    account = await Account.get(id=account_id)
    catalogue = await AccountCatalogue.load(account_id)
    if change.role_id is not None:
        target = catalogue.roles.get(change.role_id)
        if target is not None and target.key == ADMIN_KEY:  # seed 003: never through a bulk edit
            raise DomainError.of("roleId", ErrorCode.ADMIN_NOT_BULK_ASSIGNABLE,
                                 "The Admin role cannot be assigned through a bulk edit.")
    wanted = [m for m in membership_ids if m is not None]
    found = {m.id: m for m in await Membership.filter(account_id=account_id, id__in=wanted)}
    previews: list[Membership] = []
    left_roles: set[uuid.UUID] = set()
    for index, membership_id in enumerate(membership_ids):
        membership = found.get(membership_id) if membership_id is not None else None
        field_name = f"membershipIds.{index}"
        if membership is None:
            errors.add(field_name, ErrorCode.MEMBERSHIP_NOT_FOUND, "This member does not exist in this account.")
            continue
        if membership.status == MembershipStatus.PENDING:
            errors.add(field_name, ErrorCode.MEMBERSHIP_PENDING_CONSENT,
                       "This person has not accepted the invitation yet: resend or revoke it.")
            continue
        role = catalogue.roles[membership.role_id]  # type: ignore[attr-defined]
        _guard_target(errors, granter, account, membership, role, field_name)
        if change.apps is not None and (membership.apps_all_current_and_future or membership.include_future_apps):
            # Seed 003: the Apps button is unavailable when a selected member has future-app access.
            errors.add(field_name, ErrorCode.FUTURE_APPS_LOCK_BULK_APPS,
                       "A selected member has access to future apps: edit their apps one by one.")
            continue
        updated = copy.copy(membership)
        new_role = apply_change(errors, granter, catalogue, updated, role, change, prefix="")
        if new_role is not None and new_role.id != role.id:
            left_roles.add(role.id)
        previews.append(updated)
    errors.raise_if_any()
    if dry_run:
        return BulkPreview(previews, saved=False)
    async with in_transaction():
        for updated in previews:
            await updated.save()
        await drop_empty_temporary_roles(left_roles)
        await access_changed(accounts=[account_id])
        deliveries = await events.emit_many(
            account_id, events.EventType.MEMBERSHIP_UPDATED, [_updated(m) for m in previews]
        )
    await events.dispatch(deps, deliveries)
    return BulkPreview(previews, saved=True)


async def set_status(
    deps: Deps, granter: AccountAccess, membership: Membership, status: MembershipStatus
) -> Membership:
    """A deactivated member cannot act in this account: policy checks the membership per request."""
    _refuse_pending(membership)
    errors = ErrorCollector()
    account = await Account.get(id=membership.account_id)  # type: ignore[attr-defined]
    role = await Role.get(id=membership.role_id)  # type: ignore[attr-defined]
    _guard_target(errors, granter, account, membership, role, "membershipId")
    errors.raise_if_any()
    if membership.status != status:
        old = MembershipStatus(membership.status)
        async with in_transaction():
            membership.status = status
            await membership.save(update_fields=["status", "updated_at"])
            await access_changed(accounts=[account.id])
            if status == MembershipStatus.INACTIVE:
                # The person's sessions span their accounts: they sign in again to use the others.
                await revoke_user_sessions(membership.user_id, "MEMBERSHIP_DEACTIVATED")  # type: ignore[attr-defined]
            deliveries = await _emit_updated(account.id, membership, old_status=old)
        await events.dispatch(deps, deliveries)
    return membership


@dataclass
class Removed:
    membership_id: uuid.UUID
    user_id: uuid.UUID
    email: str
    user_deleted: bool


async def remove_users(
    deps: Deps, granter: AccountAccess, account_id: uuid.UUID, membership_ids: list[uuid.UUID | None]
) -> list[Removed]:
    """Deletes memberships (all or nothing). Users left with no membership and no client login go too."""
    errors = ErrorCollector()
    if not membership_ids:
        errors.add("membershipIds", ErrorCode.REQUIRED, "Select at least one member.")
    if len(membership_ids) > MAX_BULK_ITEMS:
        errors.add("membershipIds", ErrorCode.TOO_MANY_ITEMS, f"At most {MAX_BULK_ITEMS} members per call.")
    errors.raise_if_any()
    account = await Account.get(id=account_id)
    catalogue = await AccountCatalogue.load(account_id)
    wanted = [m for m in membership_ids if m is not None]
    found = {m.id: m for m in await Membership.filter(account_id=account_id, id__in=wanted)}
    targets: dict[uuid.UUID, Membership] = {}
    for index, membership_id in enumerate(membership_ids):
        membership = found.get(membership_id) if membership_id is not None else None
        field_name = f"membershipIds.{index}"
        if membership is None:
            errors.add(field_name, ErrorCode.MEMBERSHIP_NOT_FOUND, "This member does not exist in this account.")
            continue
        _guard_target(errors, granter, account, membership, catalogue.roles[membership.role_id], field_name)  # type: ignore[attr-defined]
        targets[membership.id] = membership
    errors.raise_if_any()
    user_ids = [m.user_id for m in targets.values()]  # type: ignore[attr-defined]
    emails = dict(await User.filter(id__in=user_ids).values_list("id", "email"))
    removed: list[Removed] = []
    async with in_transaction():
        await Membership.filter(id__in=list(targets)).delete()
        # Their sessions end (those of users deleted below go with them).
        # A membership still waiting for consent (issue 15) was never used: its person keeps their sessions.
        joined = [m.user_id for m in targets.values() if m.status != MembershipStatus.PENDING]  # type: ignore[attr-defined]
        await revoke_user_sessions(joined, "MEMBERSHIP_REMOVED")
        await Invitation.filter(
            kind=InvitationKind.USER_ACTIVATION, account_id=account_id, user_id__in=user_ids,
            status=InvitationStatus.PENDING,
        ).update(status=InvitationStatus.REVOKED, revoked_at=deps.now())
        still_member = set(await Membership.filter(user_id__in=user_ids).values_list("user_id", flat=True))
        client_logins = set(await ClientUser.filter(user_id__in=user_ids).values_list("user_id", flat=True))
        owners = set(await Account.filter(owner_id__in=user_ids).values_list("owner_id", flat=True))
        orphans = [
            u for u in user_ids if u not in still_member and u not in client_logins and u not in owners
        ]
        if orphans:
            await User.filter(id__in=orphans, is_platform_operator=False).delete()
        operators = set(await User.filter(id__in=orphans).values_list("id", flat=True)) if orphans else set()
        await drop_empty_temporary_roles({m.role_id for m in targets.values()})  # type: ignore[attr-defined]
        await access_changed(accounts=[account_id], users=orphans)
        for membership in targets.values():
            user_id = membership.user_id  # type: ignore[attr-defined]
            removed.append(Removed(
                membership.id, user_id, emails.get(user_id, ""), user_id in orphans and user_id not in operators
            ))
        deliveries = await events.emit_many(account_id, events.EventType.MEMBERSHIP_REMOVED, [
            ({"id": events.ref("Membership", r.membership_id), "userId": events.ref("User", r.user_id)},
             events.ref("User", r.user_id))
            for r in removed
        ])
    await events.dispatch(deps, deliveries)
    return removed


async def transfer_ownership(
    deps: Deps, account: Account, target: Membership, *, principal: Principal | None = None
) -> Account:
    """The target must be an active, activated Admin of this account who owns no other account."""
    _refuse_pending(target)
    user = await User.get(id=target.user_id)  # type: ignore[attr-defined]
    role = await Role.get(id=target.role_id)  # type: ignore[attr-defined]
    if _is_owner(account, target):
        raise DomainError.of("membershipId", ErrorCode.INVALID, "This member already owns the account.")
    if target.status != MembershipStatus.ACTIVE or user.activated_at is None or role.key != ADMIN_KEY:
        raise DomainError.of("membershipId", ErrorCode.OWNERSHIP_TARGET_NOT_ACTIVE_ADMIN,
                             "The new owner must be an active Admin of this account.")
    if await Account.filter(owner_id=user.id).exists():
        raise DomainError.of("membershipId", ErrorCode.ALREADY_OWNS_ACCOUNT, "A user owns at most one account.")
    async with in_transaction():
        locked = await Account.filter(id=account.id).select_for_update().first()
        assert locked is not None
        previous_owner_id = locked.owner_id  # type: ignore[attr-defined]
        locked.owner_id = user.id  # type: ignore[attr-defined]
        await locked.save(update_fields=["owner_id", "updated_at"])
        await access_changed(accounts=[account.id])
        deliveries = await _emit_updated(account.id, target, owner=True)
        previous = (
            await Membership.get_or_none(account_id=account.id, user_id=previous_owner_id)
            if previous_owner_id is not None else None
        )
        if previous is not None:
            deliveries += await _emit_updated(account.id, previous, owner=False)
        outbox_ids = await identity_notices.tell(
            deps, user, identity_notices.OWNERSHIP_TRANSFERRED, principal=principal,
            variables={"account_name": account.name, "new_owner_name": user.name, "is_new_owner": "yes"},
        )
        former = await User.get_or_none(id=previous_owner_id) if previous_owner_id is not None else None
        if former is not None:
            outbox_ids += await identity_notices.tell(
                deps, former, identity_notices.OWNERSHIP_TRANSFERRED, principal=principal,
                variables={"account_name": account.name, "new_owner_name": user.name, "is_new_owner": ""},
            )
    await deps.queue.enqueue_emails(outbox_ids)
    await events.dispatch(deps, deliveries)
    return locked


async def _emit_updated(
    account_id: uuid.UUID, membership: Membership, *, old_status: MembershipStatus | None = None,
    owner: bool | None = None,
) -> list[int]:
    data, subject = _updated(membership, old_status=old_status, owner=owner)
    return await events.emit(account_id, events.EventType.MEMBERSHIP_UPDATED, data, subject=subject)


def _updated(
    membership: Membership, *, old_status: MembershipStatus | None = None, owner: bool | None = None
) -> tuple[dict[str, Any], str]:
    """`membership.updated`: role, scopes, status or ownership changed; integrators re-query the rest."""
    user_ref = events.ref("User", membership.user_id)  # type: ignore[attr-defined]
    data: dict[str, Any] = {
        "id": events.ref("Membership", membership.id),
        "userId": user_ref,
        "roleId": events.ref("Role", membership.role_id),  # type: ignore[attr-defined]
        "status": str(MembershipStatus(membership.status)),
    }
    if old_status is not None:
        data["oldStatus"] = str(old_status)
    if owner is not None:
        data["isOwner"] = owner
    return data, user_ref


async def reset_two_factor(deps: Deps, granter: AccountAccess, membership: Membership, *, principal: Principal) -> User:
    """Seed 003: an Admin resets another member's 2FA, never their own; the owner's only by an
    operator. 2FA belongs to the identity: only an admin who may manage users in every account the
    person belongs to, or an operator (policy.identity); otherwise the person uses a recovery code."""
    _refuse_pending(membership)
    account = await Account.get(id=membership.account_id)  # type: ignore[attr-defined]
    user = await User.get(id=membership.user_id)  # type: ignore[attr-defined]
    if principal.user_id is not None and user.id == principal.user_id:
        raise DomainError.of("membershipId", ErrorCode.CANNOT_TARGET_SELF,
                             "You cannot reset your own two-factor authentication.")
    if _is_owner(account, membership) and not principal.is_platform_operator:
        raise DomainError.of("membershipId", ErrorCode.OWNER_IMMUTABLE,
                             "Only the platform's support can reset the owner's two-factor authentication.")
    if not (await identity_policy.may_change_identity(principal, user.id)).allowed:
        raise DomainError.of("membershipId", ErrorCode.IDENTITY_SHARED,
                             "This person also belongs to accounts you do not manage: they reset their "
                             "two-factor authentication with a recovery code, or ask the platform's support.")
    if user.totp_enabled_at is None and user.totp_pending_secret_encrypted is None:
        raise DomainError.of("membershipId", ErrorCode.TOTP_NOT_ENABLED, "Two-factor authentication is not on.")
    async with in_transaction():
        await clear_totp(user)
        # Whoever asked for the reset may hold the old device or a session: start afresh.
        await revoke_user_sessions(user.id, "TWO_FACTOR_RESET")
        outbox_ids = await identity_notices.tell(
            deps, user, identity_notices.TWO_FACTOR_RESET, principal=principal,
            variables={"account_name": account.name},
        )
    await deps.queue.enqueue_emails(outbox_ids)
    return user
