from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import AccountDeletion as AccountDeletionModel
from ...models import Client as ClientModel
from ...policy.client_permissions import ClientPermission as PolicyClientPermission
from ..ids import encode_id
from .client import AssignedResource, ClientPermission
from .enums import ExportStatus


@strawberry.type(name="AccountDeletion", description="Progress of an account deletion (large ones run in the worker).")
class AccountDeletionType:
    id: strawberry.ID
    account_id: strawberry.ID
    account_name: str
    status: ExportStatus  # type: ignore[valid-type]
    rows_total: int
    rows_done: int
    users_deleted: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def from_model(cls, deletion: AccountDeletionModel) -> AccountDeletionType:
        return cls(
            id=strawberry.ID(encode_id("AccountDeletion", deletion.id)),
            account_id=strawberry.ID(encode_id("Account", deletion.account_id)),
            account_name=deletion.account_name,
            status=deletion.status,
            rows_total=deletion.rows_total,
            rows_done=deletion.rows_done,
            users_deleted=deletion.users_deleted,
            created_at=deletion.created_at,
            started_at=deletion.started_at,
            finished_at=deletion.finished_at,
        )


@strawberry.type(description="A client as its own users see it: read-only, no internal notes.")
class ClientPortalEntry:
    client_id: strawberry.ID
    display_name: str
    company: str | None
    account_name: str
    permissions: list[ClientPermission]  # type: ignore[valid-type]
    resources: list[AssignedResource]

    @classmethod
    def build(cls, client: ClientModel, account_name: str, resources: list[AssignedResource]) -> ClientPortalEntry:
        return cls(
            client_id=strawberry.ID(encode_id("Client", client.id)),
            display_name=client.display_name,
            company=client.company,
            account_name=account_name,
            permissions=[PolicyClientPermission(p) for p in client.permissions or []],
            resources=resources,
        )

