"""Directory provisioning (SCIM) settings of an account (Admins)."""

import strawberry

from .update_directory_settings import update_directory_settings


@strawberry.type
class DirectoryMutations:
    update_directory_settings = strawberry.mutation(resolver=update_directory_settings)
