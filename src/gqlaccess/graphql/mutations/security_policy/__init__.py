"""Per-account security policy (Admins)."""

import strawberry

from .update_account_security_policy import update_account_security_policy


@strawberry.type
class SecurityPolicyMutations:
    update_account_security_policy = strawberry.mutation(resolver=update_account_security_policy)
