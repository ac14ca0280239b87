"""Hosted accounts (seed 001) and the account lifecycle: rename, (de)activate, delete."""

import strawberry

from .create_hosted_account import create_hosted_account
from .deactivate_account import deactivate_account
from .delete_account import delete_account
from .reactivate_account import reactivate_account
from .rename_account import rename_account
from .resend_account_setup import resend_account_setup


@strawberry.type
class HostedAccountMutations:
    create_hosted_account = strawberry.mutation(resolver=create_hosted_account)
    resend_account_setup = strawberry.mutation(resolver=resend_account_setup)
    rename_account = strawberry.mutation(resolver=rename_account)
    deactivate_account = strawberry.mutation(resolver=deactivate_account)
    reactivate_account = strawberry.mutation(resolver=reactivate_account)
    delete_account = strawberry.mutation(resolver=delete_account)
