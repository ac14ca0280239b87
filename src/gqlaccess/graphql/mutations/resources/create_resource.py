from __future__ import annotations

import strawberry

from ....models.enums import ResourceKind as StoredKind
from ....policy.capabilities import Capability, Level
from ....services.accounts import resources
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.enums import ResourceKind
from ...types.resource import ResourceType


@strawberry.input
class CreateResourceInput:
    account_id: strawberry.ID
    kind: ResourceKind  # type: ignore[valid-type]
    name: str
    url: str | None = None


@strawberry.type
class CreateResourcePayload(Payload):
    resource: ResourceType | None = None


async def create_resource(info: Info, input: CreateResourceInput) -> CreateResourcePayload:
    """A new app or site. Members with all current and future apps reach a new app at once."""

    async def body(scope: MutationScope) -> CreateResourcePayload:
        account_id = decode_typed(input.account_id, "Account")
        await authorize(info, account_id, Capability.RESOURCES, Level.MANAGE)
        resource = await resources.create_resource(
            account_id, kind=StoredKind(input.kind), name=input.name, url=input.url
        )
        scope.target("Resource", resource.id)
        scope.details.update(kind=resource.kind.value, name=resource.name)
        return CreateResourcePayload(resource=ResourceType.from_model(resource))

    return await run_mutation(info, "resource.create", CreateResourcePayload, body)
