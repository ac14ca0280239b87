"""`resources(accountId, kind)`: apps and sites, apps limited to the viewer's app scope."""

from __future__ import annotations

import strawberry

from ...models.enums import ResourceKind as StoredResourceKind
from ...policy.capabilities import Capability, Level
from ...services.accounts import resources
from ..context import Info
from ..guards import authorize
from ..ids import decode_typed
from ..types.enums import ResourceKind
from ..types.resource import ResourceType


@strawberry.type
class ResourceQueries:
    @strawberry.field(description="The account's apps and sites (resources:VIEW); apps outside the viewer's "
                      "app access are left out.")
    async def resources(
        self, info: Info, account_id: strawberry.ID, kind: ResourceKind | None = None  # type: ignore[valid-type]
    ) -> list[ResourceType]:
        account = decode_typed(account_id, "Account")
        access = await authorize(info, account, Capability.RESOURCES, Level.VIEW)
        stored_kind = StoredResourceKind(kind) if kind is not None else None
        rows = await resources.account_resources(account, kind=stored_kind, scope=access.scope)
        return [ResourceType.from_model(r) for r in rows]
