from __future__ import annotations

import strawberry

from ....policy.capabilities import Capability, Level
from ....services.accounts import account_policies
from ...context import Info
from ...errors import Forbidden
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.security_policy import AccountSecurityPolicyType


@strawberry.input
class UpdateAccountSecurityPolicyInput:
    account_id: strawberry.ID
    user_invitation_lifetime_hours: int | None = strawberry.field(default=None, description="1 to 720 (30 days).")
    client_setup_lifetime_days: int | None = strawberry.field(default=None, description="1 to 90.")
    require_two_factor: bool | None = strawberry.field(
        default=None, description="Members without 2FA must enrol at their next login before using the account."
    )
    session_lifetime_hours: int | None = strawberry.field(default=None, description="1 to 720.")
    allowed_email_domains: list[str] | None = strawberry.field(
        default=None, description="New users' e-mail domains; an empty list allows any domain."
    )


@strawberry.type
class UpdateAccountSecurityPolicyPayload(Payload):
    policy: AccountSecurityPolicyType | None = None


async def update_account_security_policy(
    info: Info, input: UpdateAccountSecurityPolicyInput
) -> UpdateAccountSecurityPolicyPayload:
    """Admins only. Omitted fields stay as they are."""

    async def body(scope: MutationScope) -> UpdateAccountSecurityPolicyPayload:
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.USERS, Level.MANAGE)
        if not access.is_admin:
            raise Forbidden("ADMIN_REQUIRED", "Only Admins change the account's security policy.")
        scope.target("Account", account_id)
        policy = await account_policies.update(
            account_id,
            user_invitation_lifetime_hours=input.user_invitation_lifetime_hours,
            client_setup_lifetime_days=input.client_setup_lifetime_days,
            require_two_factor=input.require_two_factor,
            session_lifetime_hours=input.session_lifetime_hours,
            allowed_email_domains=input.allowed_email_domains,
            updated_by_id=info.context.principal.actor_id,
        )
        scope.details = {
            "requireTwoFactor": policy.require_two_factor,
            "allowedEmailDomains": policy.allowed_email_domains,
        }
        effective = account_policies.effective(info.context.settings, policy)
        return UpdateAccountSecurityPolicyPayload(
            policy=AccountSecurityPolicyType.from_effective(effective, policy.updated_at)
        )

    return await run_mutation(info, "account.update_security_policy", UpdateAccountSecurityPolicyPayload, body)
