from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import Resource as ResourceModel
from ...models.enums import ResourceKind as StoredResourceKind
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ..context import Info
from ..ids import encode_id
from .enums import ResourceKind
from .node import Node, register_node


@strawberry.type(name="Resource", description="An app (seed 003) or a site (seed 002) of an account.")
class ResourceType(Node):
    model: strawberry.Private[ResourceModel]
    kind: ResourceKind  # type: ignore[valid-type]
    name: str
    url: str | None
    created_at: datetime

    @classmethod
    def from_model(cls, resource: ResourceModel) -> ResourceType:
        return cls(
            model=resource,
            id=strawberry.ID(encode_id("Resource", resource.id)),
            kind=resource.kind,
            name=resource.name,
            url=resource.url,
            created_at=resource.created_at,
        )


@register_node("Resource")
async def _resource_node(info: Info, resource_id) -> ResourceType | None:  # type: ignore[no-untyped-def]
    """resources:VIEW in its account; an app also has to be in the viewer's app scope."""
    resource = await ResourceModel.get_or_none(id=resource_id)
    if resource is None:
        return None
    access = await info.context.access(resource.account_id)  # type: ignore[attr-defined]
    app_id = str(resource.id) if resource.kind == StoredResourceKind.APP else None
    if not may(access, Capability.RESOURCES, Level.VIEW, app_id=app_id).allowed:
        return None
    return ResourceType.from_model(resource)
