"""`roles(accountId)`: the roles an account can use, with their levels and member counts."""

from __future__ import annotations

import strawberry

from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...services.roles import custom_roles
from ..context import Info
from ..errors import Forbidden
from ..guards import authorize
from ..ids import decode_typed
from ..types.account_role import AccountRoleType
from ..types.role import RoleType


@strawberry.type
class RoleQueries:
    @strawberry.field(
        description="Predefined roles, the account's custom roles and its temporary roles that still have "
        "members, each with its member count. Needs roles:VIEW or users:VIEW (to filter users by role)."
    )
    async def roles(self, info: Info, account_id: strawberry.ID) -> list[RoleType]:
        account = await _authorized_account(info, account_id)
        return [RoleType.from_model(r.role, member_count=r.member_count) for r in await custom_roles.account_roles(account)]

    @strawberry.field(
        description="The same roles as `roles`, each as used in this account (its own ID per account) with the "
        "account's member count: what a normalised client cache needs (predefined roles are shared by every "
        "account). Needs roles:VIEW or users:VIEW."
    )
    async def account_roles(self, info: Info, account_id: strawberry.ID) -> list[AccountRoleType]:
        account = await _authorized_account(info, account_id)
        return [AccountRoleType.build(account, r) for r in await custom_roles.account_roles(account)]


async def _authorized_account(info: Info, account_id: strawberry.ID):  # type: ignore[no-untyped-def]
    account = decode_typed(account_id, "Account")
    try:
        await authorize(info, account, Capability.ROLES, Level.VIEW)
    except Forbidden:
        access = await info.context.access(account)
        if not may(access, Capability.USERS, Level.VIEW).allowed:
            raise
    return account
