from __future__ import annotations

import uuid

import strawberry

from ...policy.capabilities import Level
from ...services.sso import connections, domains
from ..context import Info
from ..guards import authorize_sso_admin
from ..ids import decode_typed
from ..types.sso import AccountDomainType, SsoConnectionType


async def _admin(info: Info, account_id: strawberry.ID) -> uuid.UUID:
    account = decode_typed(account_id, "Account")
    await authorize_sso_admin(info, account, Level.VIEW)
    return account


@strawberry.type
class SsoQueries:
    @strawberry.field(description="The account's domains and their DNS challenges (Admins).")
    async def account_domains(self, info: Info, account_id: strawberry.ID) -> list[AccountDomainType]:
        account = await _admin(info, account_id)
        return [AccountDomainType.from_view(v) for v in await domains.list_domains(account)]

    @strawberry.field(description="The account's OpenID Connect connection, null when none (Admins).")
    async def sso_connection(self, info: Info, account_id: strawberry.ID) -> SsoConnectionType | None:
        account = await _admin(info, account_id)
        row = await connections.get(account)
        return SsoConnectionType.from_model(info.context.settings, row) if row else None
