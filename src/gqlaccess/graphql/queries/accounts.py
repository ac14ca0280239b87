from __future__ import annotations

import strawberry

from ...models import Account, Membership
from ...models.enums import MembershipStatus
from ..context import Info
from ..errors import NotFound
from ..guards import require_principal
from ..ids import decode_typed
from ..types.account import AccountType


async def reachable_account_ids(info: Info) -> list:  # type: ignore[type-arg]
    principal = info.context.principal
    if principal.read_only:
        return []  # a view-as-client token sees what the client sees: no account
    if principal.api_token_account_id is not None:
        return [principal.api_token_account_id]
    if principal.user_id is None or principal.read_only:
        # A view-as-client token reaches no account as a member (resolve_access agrees).
        return []
    memberships = await Membership.filter(user_id=principal.user_id).values("account_id", "status")
    direct = [m["account_id"] for m in memberships]
    active = [m["account_id"] for m in memberships if m["status"] == MembershipStatus.ACTIVE]
    hosted = await Account.filter(host_id__in=active, managed=True).values_list("id", flat=True)
    return list(dict.fromkeys([*direct, *hosted]))


@strawberry.type
class AccountQueries:
    @strawberry.field(description="The accounts the viewer reaches: memberships and managed hosted accounts.")
    async def accounts(self, info: Info) -> list[AccountType]:
        require_principal(info)
        ids = await reachable_account_ids(info)
        accounts = {a.id: a for a in await Account.filter(id__in=ids)}
        return [AccountType.from_model(accounts[i]) for i in ids if i in accounts]

    @strawberry.field
    async def account(self, info: Info, id: strawberry.ID) -> AccountType:
        require_principal(info)
        account_id = decode_typed(id, "Account")
        access = await info.context.access(account_id)
        if access is None:
            raise NotFound()
        account = await info.context.loaders.account.load(account_id)
        if account is None:
            raise NotFound()
        return AccountType.from_model(account)
