"""The accounts a user reaches: their memberships' accounts and the managed hosted accounts of
those where they are active (seed 001). Read on every SPA load and account switch: one query."""

from __future__ import annotations

import uuid
from functools import cache

from ...models import Account, raw
from ...models.enums import MembershipStatus


@cache
def _viewer_accounts_sql() -> str:
    return (
        f'SELECT {raw.columns("a", Account)} FROM "account" a '
        'LEFT JOIN "membership" m ON m."account_id" = a."id" AND m."user_id" = $1 '
        'WHERE m."id" IS NOT NULL OR (a."managed" AND a."host_id" IN ('
        'SELECT h."account_id" FROM "membership" h WHERE h."user_id" = $2 AND h."status" = $3)) '
        # Direct memberships first, in the order the user joined, then hosted accounts, oldest first.
        'ORDER BY CASE WHEN m."id" IS NULL THEN 1 ELSE 0 END, m."created_at", a."created_at", a."id"'
    )


async def viewer_accounts(user_id: uuid.UUID) -> list[Account]:
    rows = await raw.select(_viewer_accounts_sql(), [user_id, user_id, MembershipStatus.ACTIVE.value])
    return raw.hydrate_all(Account, rows, "a")
