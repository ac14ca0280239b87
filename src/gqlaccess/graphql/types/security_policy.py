from __future__ import annotations

from datetime import datetime

import strawberry

from ...services.accounts.account_policies import EffectivePolicy


@strawberry.type(name="AccountSecurityPolicy", description="The values in force for an account.")
class AccountSecurityPolicyType:
    user_invitation_lifetime_hours: float
    client_setup_lifetime_days: float
    require_two_factor: bool
    session_lifetime_hours: float
    allowed_email_domains: list[str] = strawberry.field(description="Empty: any domain.")
    customized: bool = strawberry.field(description="False while the account uses the service defaults.")
    updated_at: datetime | None

    @classmethod
    def from_effective(cls, policy: EffectivePolicy, updated_at: datetime | None) -> AccountSecurityPolicyType:
        return cls(
            user_invitation_lifetime_hours=policy.user_invitation_lifetime.total_seconds() / 3600,
            client_setup_lifetime_days=policy.client_setup_lifetime.total_seconds() / 86400,
            require_two_factor=policy.require_two_factor,
            session_lifetime_hours=policy.session_lifetime.total_seconds() / 3600,
            allowed_email_domains=list(policy.allowed_email_domains),
            customized=policy.customized,
            updated_at=updated_at,
        )
