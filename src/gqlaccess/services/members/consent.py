"""Consent to join: an existing identity invited into another account (SPEC §3, issue 15 §1).

`createUser` / `bulkCreateUsers` (and SCIM, which calls the same service) add an existing person
at once only when the caller already manages users in an account where that person is an active
member (`policy.identity.may_add_without_consent`). Otherwise the membership is PENDING: it grants
nothing (policy treats it as not active), the inviting account sees only the row with the e-mail
it typed (a masked user), and the person accepts it signed in (`acceptMembership`, listed in
`me.pendingInvitations`), through the e-mailed link (USER_ACTIVATION kind, which asks an activated
person for their current password), or declines it (`declineMembership`). The inviting account may
resend the invitation or revoke it (`removeUsers`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from tortoise.transactions import in_transaction

from ...models import Account, Invitation, Membership, Role, User
from ...models.enums import InvitationKind, InvitationStatus, MembershipStatus
from ..core import events, outbox
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..invitations import invitations

TEMPLATE = "membership_invitation"


async def invite(
    deps: Deps, account: Account, user: User, *, inviter: str | None, actor_user_id: uuid.UUID | None
) -> tuple[invitations.IssuedInvitation, int]:
    """Inside the transaction that wrote the PENDING membership: the link and its e-mail."""
    issued = await invitations.issue(
        deps, InvitationKind.USER_ACTIVATION, email=user.email, account_id=account.id, user_id=user.id,
        created_by_id=actor_user_id,
    )
    row = await outbox.record_email(
        deps.settings, template=TEMPLATE, to_email=user.email, language=account.language,
        variables={
            "name": user.name, "account_name": account.name, "inviter_name": inviter,
            "url": issued.url(deps.settings), "expires_at": issued.invitation.expires_at.isoformat(),
        },
        invitation=issued.invitation, account_id=account.id,
    )
    return issued, row.id


async def _activate(membership: Membership, now: datetime) -> list[int]:
    updated = await Membership.filter(id=membership.id, status=MembershipStatus.PENDING).update(
        status=MembershipStatus.ACTIVE
    )
    if updated != 1:
        raise DomainError.of("membershipId", ErrorCode.NOT_PENDING, "This invitation was already answered.")
    await Invitation.filter(
        kind=InvitationKind.USER_ACTIVATION, account_id=membership.account_id,  # type: ignore[attr-defined]
        user_id=membership.user_id, status=InvitationStatus.PENDING,  # type: ignore[attr-defined]
    ).update(status=InvitationStatus.ACCEPTED, accepted_at=now)
    membership.status = MembershipStatus.ACTIVE
    user_ref = events.ref("User", membership.user_id)  # type: ignore[attr-defined]
    return await events.emit(
        membership.account_id,  # type: ignore[attr-defined]
        events.EventType.MEMBERSHIP_UPDATED,
        {
            "id": events.ref("Membership", membership.id), "userId": user_ref,
            "roleId": events.ref("Role", membership.role_id),  # type: ignore[attr-defined]
            "status": str(MembershipStatus.ACTIVE), "oldStatus": str(MembershipStatus.PENDING),
        },
        subject=user_ref,
    )


@invitations.on_accept(InvitationKind.USER_ACTIVATION)
async def _accepted_through_link(invitation: Invitation, user: User) -> list[int]:
    """The link of a consent invitation (accept() checked the person's password)."""
    membership = await Membership.get_or_none(
        account_id=invitation.account_id, user_id=user.id, status=MembershipStatus.PENDING  # type: ignore[attr-defined]
    )
    if membership is None:
        return []
    return await _activate(membership, invitation.accepted_at or invitation.created_at)


async def _own_pending(user_id: uuid.UUID, membership_id: uuid.UUID | None) -> Membership:
    membership = (
        await Membership.get_or_none(id=membership_id, user_id=user_id, status=MembershipStatus.PENDING)
        if membership_id is not None else None
    )
    if membership is None:
        raise DomainError.of("membershipId", ErrorCode.NOT_FOUND, "No such invitation.")
    return membership


async def accept_membership(deps: Deps, user_id: uuid.UUID, membership_id: uuid.UUID | None) -> Membership:
    """Signed in: the person takes up the membership an account offered them."""
    membership = await _own_pending(user_id, membership_id)
    async with in_transaction():
        deliveries = await _activate(membership, deps.now())
    await events.dispatch(deps, deliveries)
    return membership


async def decline_membership(deps: Deps, user_id: uuid.UUID, membership_id: uuid.UUID | None) -> Membership:
    """The person says no: the pending row and its link go; the inviting account may ask again."""
    membership = await _own_pending(user_id, membership_id)
    async with in_transaction():
        await Invitation.filter(
            kind=InvitationKind.USER_ACTIVATION, account_id=membership.account_id,  # type: ignore[attr-defined]
            user_id=user_id, status=InvitationStatus.PENDING,
        ).update(status=InvitationStatus.REVOKED, revoked_at=deps.now())
        await Membership.filter(id=membership.id, status=MembershipStatus.PENDING).delete()
    return membership


@dataclass(frozen=True)
class PendingInvitation:
    membership: Membership
    account_name: str
    role_name: str
    inviter_name: str | None
    expires_at: datetime | None


async def pending_for(user_id: uuid.UUID) -> list[PendingInvitation]:
    """What `me.pendingInvitations` lists: the accounts waiting for this person's answer."""
    rows = await Membership.filter(user_id=user_id, status=MembershipStatus.PENDING).order_by("created_at")
    if not rows:
        return []
    accounts = {a.id: a for a in await Account.filter(id__in=[m.account_id for m in rows])}  # type: ignore[attr-defined]
    roles = {r.id: r for r in await Role.filter(id__in=[m.role_id for m in rows])}  # type: ignore[attr-defined]
    links = {
        (i.account_id, i.user_id): i  # type: ignore[attr-defined]
        for i in await Invitation.filter(
            kind=InvitationKind.USER_ACTIVATION, user_id=user_id, status=InvitationStatus.PENDING
        ).order_by("created_at")
    }
    inviters = {
        u.id: u.name for u in await User.filter(
            id__in=[i.created_by_id for i in links.values() if i.created_by_id]  # type: ignore[attr-defined]
        )
    }
    out = []
    for m in rows:
        link = links.get((m.account_id, user_id))  # type: ignore[attr-defined]
        out.append(PendingInvitation(
            membership=m,
            account_name=accounts[m.account_id].name,  # type: ignore[attr-defined]
            role_name=roles[m.role_id].name,  # type: ignore[attr-defined]
            inviter_name=inviters.get(link.created_by_id) if link is not None else None,  # type: ignore[attr-defined]
            expires_at=link.expires_at if link is not None else None,
        ))
    return out
