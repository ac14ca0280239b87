"""An account's verified domains (Admins)."""

import strawberry

from .add_account_domain import add_account_domain
from .remove_account_domain import remove_account_domain
from .verify_account_domain import verify_account_domain


@strawberry.type
class DomainMutations:
    add_account_domain = strawberry.mutation(resolver=add_account_domain)
    verify_account_domain = strawberry.mutation(resolver=verify_account_domain)
    remove_account_domain = strawberry.mutation(resolver=remove_account_domain)
