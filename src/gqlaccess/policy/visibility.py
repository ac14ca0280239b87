"""What of one user's memberships a viewer may see. Used by the schema's resolver and by the
compiled fast path alike, so both answer the same."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from ..models.enums import MembershipStatus
from .access import AccountAccess
from .capabilities import Capability, Level
from .decisions import may
from .principal import Principal

Row = TypeVar("Row")


async def visible_memberships(
    principal: Principal,
    owner_id: uuid.UUID,
    memberships: Sequence[Row],
    account_of: Callable[[Row], uuid.UUID],
    access: Callable[[uuid.UUID], Awaitable[AccountAccess | None]],
    status_of: Callable[[Row], str] | None = None,
) -> list[Row]:
    if principal.read_only:
        return []  # a view-as-client token sees what the client sees: no memberships
    if status_of is not None:
        # An invitation awaiting consent is no membership yet: the person finds it in
        # me.pendingInvitations, the inviting account only as the masked pending row.
        memberships = [m for m in memberships if status_of(m) != MembershipStatus.PENDING]
    if principal.user_id == owner_id:
        return list(memberships)
    visible = []
    for membership in memberships:
        if may(await access(account_of(membership)), Capability.USERS, Level.VIEW).allowed:
            visible.append(membership)
    return visible
