"""API tokens (seed 003 "Gérer les tokens"): Admins create, rename and delete them."""

import strawberry

from .create_api_token import create_api_token
from .delete_api_token import delete_api_token
from .rename_api_token import rename_api_token


@strawberry.type
class ApiTokenMutations:
    create_api_token = strawberry.mutation(resolver=create_api_token)
    rename_api_token = strawberry.mutation(resolver=rename_api_token)
    delete_api_token = strawberry.mutation(resolver=delete_api_token)
