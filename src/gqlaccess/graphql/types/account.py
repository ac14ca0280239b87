from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import Account as AccountModel
from ...models.enums import ExportKind as ExportKindModel
from ...policy.decisions import may_enter
from ...policy.exports import may_export
from ..context import Info
from ..ids import encode_id
from .enums import AccountStatus, Language
from .export_job import ExportKind
from .node import Node, register_node
from .role import CapabilityGrant, grants_of


@strawberry.type(name="Account")
class AccountType(Node):
    model: strawberry.Private[AccountModel]
    name: str
    status: AccountStatus  # type: ignore[valid-type]
    language: Language  # type: ignore[valid-type]
    max_users: int | None
    managed: bool
    created_at: datetime

    @strawberry.field(description="The host account, when the viewer reaches it.")
    async def host(self, info: Info) -> AccountType | None:
        host_id = self.model.host_id  # type: ignore[attr-defined]
        if host_id is None or not may_enter(await info.context.access(host_id)).allowed:
            return None
        host = await info.context.loaders.account.load(host_id)
        return AccountType.from_model(host) if host else None

    @strawberry.field(description="True when the account was created by a host account.")
    def hosted(self) -> bool:
        return self.model.host_id is not None  # type: ignore[attr-defined]

    @strawberry.field(description="What the viewer may do here: one level per capability.")
    async def viewer_capabilities(self, info: Info) -> list[CapabilityGrant]:
        access = await info.context.access(self.model.id)
        if access is None or not may_enter(access).allowed:
            return grants_of({})
        return grants_of(access.capabilities)

    @strawberry.field(
        description="The exports the viewer may start here (the users file is Admin-only; clients and "
        "audit files need `exports` = MANAGE and a view of what they list); what a console offers."
    )
    async def viewer_exports(self, info: Info) -> list[ExportKind]:  # type: ignore[valid-type]
        access = await info.context.access(self.model.id)
        if access is None or not may_enter(access).allowed:
            return []
        return [kind for kind in ExportKindModel if may_export(access, kind).allowed]

    @strawberry.field(
        description="True when the viewer holds the Admin role here (Admin-only settings: security policy, "
        "users file); what a console offers."
    )
    async def viewer_is_admin(self, info: Info) -> bool:
        access = await info.context.access(self.model.id)
        return access is not None and may_enter(access).allowed and access.is_admin

    @classmethod
    def from_model(cls, account: AccountModel) -> AccountType:
        return cls(
            model=account,
            id=strawberry.ID(encode_id("Account", account.id)),
            name=account.name,
            status=account.status,
            language=account.language,
            max_users=account.max_users,
            managed=account.managed,
            created_at=account.created_at,
        )


@register_node("Account")
async def _account_node(info: Info, account_id) -> AccountType | None:  # type: ignore[no-untyped-def]
    access = await info.context.access(account_id)
    if access is None:
        return None
    account = await info.context.loaders.account.load(account_id)
    return AccountType.from_model(account) if account else None
