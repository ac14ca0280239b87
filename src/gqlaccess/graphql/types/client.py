from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import Client as ClientModel
from ...models import ClientResource as ClientResourceModel
from ...models import ClientUser as ClientUserModel
from ...models import Resource as ResourceModel
from ...models.enums import ClientUserStatus as StoredClientUserStatus
from ...policy.capabilities import Capability, Level
from ...policy.client_permissions import ClientPermission as PolicyClientPermission
from ...policy.decisions import may
from ..context import Info
from ..ids import encode_id
from .enums import ClientStatus, ClientUserStatus, ResourceKind
from .node import Node, register_node

ClientPermission = strawberry.enum(
    PolicyClientPermission, name="ClientPermission", description="What a client's users may do (seeds 000, 002)."
)


@strawberry.type(description="A resource assigned to a client, with the client's permissions on it.")
class AssignedResource:
    resource_id: strawberry.ID
    kind: ResourceKind  # type: ignore[valid-type]
    name: str
    url: str | None
    permissions: list[ClientPermission]  # type: ignore[valid-type]
    assigned_at: datetime

    @classmethod
    def from_model(cls, assignment: ClientResourceModel) -> AssignedResource:
        resource: ResourceModel = assignment.resource
        return cls(
            resource_id=strawberry.ID(encode_id("Resource", resource.id)),
            kind=resource.kind,
            name=resource.name,
            url=resource.url,
            permissions=[PolicyClientPermission(p) for p in assignment.permissions or []],
            assigned_at=assignment.created_at,
        )


@strawberry.type(name="Client")
class ClientType(Node):
    model: strawberry.Private[ClientModel]
    display_name: str
    partner_client_id: str | None
    first_name: str
    last_name: str
    email: str
    company: str | None
    address: str | None
    phone1: str | None
    phone2: str | None
    notes: str | None
    permissions: list[ClientPermission]  # type: ignore[valid-type]
    status: ClientStatus  # type: ignore[valid-type]
    invited_at: datetime | None
    first_login_at: datetime | None
    suspended_at: datetime | None
    created_at: datetime

    @strawberry.field(description="The resources assigned to the client, each with its permissions.")
    async def assigned_resources(self, info: Info) -> list[AssignedResource]:
        rows = await info.context.loaders.client_assignments.load(self.model.id)
        return [AssignedResource.from_model(r) for r in rows]

    @strawberry.field
    def account_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Account", self.model.account_id))  # type: ignore[attr-defined]

    @classmethod
    def from_model(cls, client: ClientModel) -> ClientType:
        return cls(
            model=client,
            id=strawberry.ID(encode_id("Client", client.id)),
            display_name=client.display_name,
            partner_client_id=client.partner_client_id,
            first_name=client.first_name,
            last_name=client.last_name,
            email=client.email,
            company=client.company,
            address=client.address,
            phone1=client.phone1,
            phone2=client.phone2,
            notes=client.notes,
            permissions=[PolicyClientPermission(p) for p in client.permissions or []],
            status=client.status,
            invited_at=client.invited_at,
            first_login_at=client.first_login_at,
            suspended_at=client.suspended_at,
            created_at=client.created_at,
        )


@strawberry.type(name="ClientUser")
class ClientUserType(Node):
    model: strawberry.Private[ClientUserModel]
    email: str
    name: str
    status: ClientUserStatus  # type: ignore[valid-type]
    is_contact: bool
    activated_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime

    @strawberry.field
    def client_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Client", self.model.client_id))  # type: ignore[attr-defined]

    @classmethod
    def from_model(cls, client_user: ClientUserModel) -> ClientUserType:
        user = client_user.user
        return cls(
            model=client_user,
            id=strawberry.ID(encode_id("ClientUser", client_user.id)),
            email=user.email,
            name=user.name,
            status=StoredClientUserStatus(client_user.status),
            is_contact=client_user.is_contact,
            activated_at=user.activated_at,
            last_login_at=user.last_login_at,
            created_at=client_user.created_at,
        )


async def _visible(info: Info, account_id) -> bool:  # type: ignore[no-untyped-def]
    return may(await info.context.access(account_id), Capability.CLIENTS, Level.VIEW).allowed


@register_node("Client")
async def _client_node(info: Info, client_id) -> ClientType | None:  # type: ignore[no-untyped-def]
    client = await ClientModel.get_or_none(id=client_id)
    if client is None or not await _visible(info, client.account_id):  # type: ignore[attr-defined]
        return None
    return ClientType.from_model(client)


@register_node("ClientUser")
async def _client_user_node(info: Info, client_user_id) -> ClientUserType | None:  # type: ignore[no-untyped-def]
    row = await ClientUserModel.get_or_none(id=client_user_id).select_related("user", "client")
    if row is None or not await _visible(info, row.client.account_id):
        return None
    return ClientUserType.from_model(row)
