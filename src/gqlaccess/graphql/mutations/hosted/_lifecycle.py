"""Account lifecycle checks shared by rename/deactivate/reactivate/delete/finish setup."""

from __future__ import annotations

import strawberry

from ....models import Account
from ....policy.hosting import LifecycleAction, may_manage_lifecycle
from ...context import Info
from ...errors import Forbidden, NotFound
from ...guards import require_writer
from ...ids import decode_typed


async def authorize_lifecycle(info: Info, account_gid: strawberry.ID, action: LifecycleAction) -> Account:
    principal = require_writer(info)
    account_id = decode_typed(account_gid, "Account")
    scope = info.context.mutation_scope
    if scope is not None:
        scope.account_id = account_id
        scope.target("Account", account_id)
    account = await Account.get_or_none(id=account_id)
    if account is None:
        raise NotFound()
    decision = await may_manage_lifecycle(principal, account, action)
    if decision.hides_existence:
        raise NotFound()
    if not decision.allowed:
        raise Forbidden(decision.reason)
    return account
