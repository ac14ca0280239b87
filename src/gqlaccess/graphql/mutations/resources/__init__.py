"""Resources: the apps and sites an account's access is scoped to."""

import strawberry

from .create_resource import create_resource
from .delete_resource import delete_resource


@strawberry.type
class ResourceMutations:
    create_resource = strawberry.mutation(resolver=create_resource)
    delete_resource = strawberry.mutation(resolver=delete_resource)
