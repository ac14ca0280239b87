from __future__ import annotations

import uuid
from collections.abc import Awaitable, Mapping
from datetime import datetime
from typing import Any

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

_PERMISSION_OF = {p.value: p for p in PolicyClientPermission}  # a dict lookup: Enum(value) is slower


def _permissions(values: list[str] | None) -> list[PolicyClientPermission]:
    return [_PERMISSION_OF[v] for v in values or ()]


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

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> AssignedResource:
        """A row of the `client_assignments` loader (loaders.ASSIGNMENT_FIELDS)."""
        return cls(
            resource_id=strawberry.ID(encode_id("Resource", row["resource__id"])),
            kind=row["resource__kind"],
            name=row["resource__name"],
            url=row["resource__url"],
            permissions=_permissions(row["permissions"]),
            assigned_at=row["created_at"],
        )


async def _assigned_resources(info: Info, client_id: uuid.UUID) -> list[AssignedResource]:
    return [AssignedResource.from_row(r) for r in await info.context.loaders.client_assignments.load(client_id)]


# The columns a ClientType is built from (`clients` loads just these, as rows).
CLIENT_FIELDS = (
    "id", "account_id", "display_name", "partner_client_id", "first_name", "last_name", "email", "company",
    "address", "phone1", "phone2", "notes", "permissions", "status", "invited_at", "first_login_at",
    "suspended_at", "created_at",
)


@strawberry.type(name="Client")
class ClientType(Node):
    pk: strawberry.Private[uuid.UUID]
    account_pk: strawberry.Private[uuid.UUID]
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
    # Set by a list resolver that loaded the page's assignments in one query: the field then
    # resolves synchronously (an async field per item costs several times more in graphql-core).
    prefetched_resources: strawberry.Private[list[AssignedResource] | None] = None

    @strawberry.field(description="The resources assigned to the client, each with its permissions.")
    def assigned_resources(self, info: Info) -> list[AssignedResource]:
        if self.prefetched_resources is not None:
            return self.prefetched_resources
        loading: Awaitable[list[AssignedResource]] = _assigned_resources(info, self.pk)
        return loading  # type: ignore[return-value]  # graphql-core awaits it as an async resolver's result

    @strawberry.field
    def account_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Account", self.account_pk))

    @classmethod
    def from_model(cls, client: ClientModel) -> ClientType:
        return cls.from_row({name: getattr(client, name) for name in CLIENT_FIELDS})

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ClientType:
        """From CLIENT_FIELDS, as model attributes or `.values()` give them."""
        return cls(
            pk=row["id"],
            account_pk=row["account_id"],
            id=strawberry.ID(encode_id("Client", row["id"])),
            display_name=row["display_name"],
            partner_client_id=row["partner_client_id"],
            first_name=row["first_name"],
            last_name=row["last_name"],
            email=row["email"],
            company=row["company"],
            address=row["address"],
            phone1=row["phone1"],
            phone2=row["phone2"],
            notes=row["notes"],
            permissions=_permissions(row["permissions"]),
            status=row["status"],
            invited_at=row["invited_at"],
            first_login_at=row["first_login_at"],
            suspended_at=row["suspended_at"],
            created_at=row["created_at"],
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
