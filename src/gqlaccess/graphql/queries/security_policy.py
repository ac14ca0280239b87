from __future__ import annotations

import strawberry

from ...policy.capabilities import Capability, Level
from ...services.accounts import account_policies
from ..context import Info
from ..guards import authorize
from ..ids import decode_typed
from ..types.security_policy import AccountSecurityPolicyType


@strawberry.type
class SecurityPolicyQueries:
    @strawberry.field(description="The account's security policy in force (users ≥ VIEW).")
    async def account_security_policy(self, info: Info, account_id: strawberry.ID) -> AccountSecurityPolicyType:
        account = decode_typed(account_id, "Account")
        await authorize(info, account, Capability.USERS, Level.VIEW)
        policy = await account_policies.get(account)
        return AccountSecurityPolicyType.from_effective(
            account_policies.effective(info.context.settings, policy), policy.updated_at if policy else None
        )
