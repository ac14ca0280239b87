"""Users nobody needs any more, and sessions that must stop when access goes away."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from ...models import Account, ClientUser, Invitation, Membership, Session, User
from ...models.enums import ClientUserStatus, InvitationKind, InvitationStatus
from ..core.access_changes import access_changed
from ..core.clock import utcnow


async def prune_users(user_ids: Iterable[UUID]) -> int:
    """Deletes those of `user_ids` left with no membership, no client login, no owned account and
    no pending invitation (and never a platform operator). Returns how many went."""
    candidates = set(user_ids)
    if not candidates:
        return 0
    ids = list(candidates)
    keep: set[UUID] = set(await Membership.filter(user_id__in=ids).values_list("user_id", flat=True))
    keep |= set(await ClientUser.filter(user_id__in=ids).values_list("user_id", flat=True))
    keep |= set(await Account.filter(owner_id__in=ids).values_list("owner_id", flat=True))
    keep |= set(
        await Invitation.filter(user_id__in=ids, status=InvitationStatus.PENDING)
        .exclude(kind=InvitationKind.PASSWORD_RESET)
        .values_list("user_id", flat=True)
    )
    keep |= set(await User.filter(id__in=ids, is_platform_operator=True).values_list("id", flat=True))
    doomed = [i for i in ids if i not in keep]
    if not doomed:
        return 0
    await Invitation.filter(user_id__in=doomed).delete()
    await Session.filter(user_id__in=doomed).delete()
    deleted = await User.filter(id__in=doomed).delete()
    await access_changed(users=doomed)
    return deleted


async def usable_client_user_ids(user_ids: Iterable[UUID]) -> set[UUID]:
    """Users holding at least one client login that still opens a door."""
    ids = list(set(user_ids))
    if not ids:
        return set()
    rows = await ClientUser.filter(
        user_id__in=ids, client__suspended_at__isnull=True
    ).exclude(status=ClientUserStatus.INACTIVE).values_list("user_id", flat=True)
    return set(rows)


async def revoke_sessions_of_locked_out(user_ids: Iterable[UUID]) -> int:
    """Ends at once the sessions of users whose only access was through client logins that no
    longer work (suspended client, inactive client user). Members keep their sessions."""
    ids = list(set(user_ids))
    if not ids:
        return 0
    members = set(await Membership.filter(user_id__in=ids).values_list("user_id", flat=True))
    operators = set(await User.filter(id__in=ids, is_platform_operator=True).values_list("id", flat=True))
    usable = await usable_client_user_ids(ids)
    locked = [i for i in ids if i not in members and i not in operators and i not in usable]
    if not locked:
        return 0
    revoked = await Session.filter(user_id__in=locked, revoked_at=None).update(revoked_at=utcnow())
    await access_changed(users=locked)
    return revoked
