"""Custom roles (seed 003): create from a template, edit levels, delete when nobody holds them."""

import strawberry

from .create_custom_role import create_custom_role
from .delete_custom_role import delete_custom_role
from .update_custom_role import update_custom_role


@strawberry.type
class RoleMutations:
    create_custom_role = strawberry.mutation(resolver=create_custom_role)
    update_custom_role = strawberry.mutation(resolver=update_custom_role)
    delete_custom_role = strawberry.mutation(resolver=delete_custom_role)
