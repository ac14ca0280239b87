"""Accounts: creation by platform operators (hosted accounts and lifecycle live beside it)."""

import strawberry

from .create_account import create_account


@strawberry.type
class AccountMutations:
    create_account = strawberry.mutation(resolver=create_account)
