"""Telling a person about a change to their login (SPEC §7, issue 15 §1).

Every 2FA reset, password change, new membership and ownership transfer that concerns a person
sends them an e-mail (their language) and writes an audit event in each account concerned: every
account they belong to, so an administrator of account A sees that account B's admin reset the
2FA of A's member. Call `tell` inside the change's transaction; enqueue the returned outbox ids
after commit (`deps.queue.enqueue_emails`).
"""

from __future__ import annotations

import uuid
from typing import Any

from ...models import User
from ...models.enums import AuditOutcome
from ...policy.identity import identity_accounts
from ...policy.principal import SYSTEM, Principal
from ..audit import audit
from ..core import outbox
from ..core.deps import Deps
from ..invitations import invitations

TWO_FACTOR_RESET = "two_factor_reset"
PASSWORD_CHANGED = "password_changed"
OWNERSHIP_TRANSFERRED = "ownership_transferred"
MEMBERSHIP_ADDED = "membership_added"

_TEMPLATES = {
    TWO_FACTOR_RESET: "two_factor_reset",
    PASSWORD_CHANGED: "password_changed",
    OWNERSHIP_TRANSFERRED: "ownership_transferred",
}


async def tell(
    deps: Deps,
    user: User,
    notice: str,
    *,
    principal: Principal | None = None,
    variables: dict[str, Any] | None = None,
    extra_accounts: tuple[uuid.UUID, ...] = (),
    mail: bool = True,
) -> list[int]:
    """The e-mail (unless `mail` is False: the caller sent a more specific one) and one audit
    event `identity.<notice>` per account concerned. Returns the outbox ids to enqueue."""
    accounts = list(dict.fromkeys([*await identity_accounts(user.id), *extra_accounts]))
    for account_id in accounts:
        await audit.record(
            principal or SYSTEM, f"identity.{notice}", AuditOutcome.ALLOWED, account_id=account_id,
            target_type="User", target_id=str(user.id),
        )
    if not mail or notice not in _TEMPLATES:
        return []
    row = await outbox.record_email(
        deps.settings, template=_TEMPLATES[notice], to_email=user.email,
        language=await invitations.language_for_user(user.id),
        variables={"name": user.name, **(variables or {})},
    )
    return [row.id]
