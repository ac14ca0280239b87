"""What of one user's memberships a viewer may see. Used by the schema's resolver and by the
compiled fast path alike, so both answer the same."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

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
) -> list[Row]:
    if principal.read_only:
        return []  # a view-as-client token sees what the client sees: no memberships
    if principal.user_id == owner_id:
        return list(memberships)
    visible = []
    for membership in memberships:
        if may(await access(account_of(membership)), Capability.USERS, Level.VIEW).allowed:
            visible.append(membership)
    return visible
