"""`apiTokens(accountId)`: the account's integration tokens (Admins only, seed 003)."""

from __future__ import annotations

import strawberry

from ...policy.capabilities import Capability, Level
from ...services.auth import api_tokens
from ..context import Info
from ..guards import authorize
from ..ids import decode_typed
from ..types.api_token import ApiTokenType


@strawberry.type
class ApiTokenQueries:
    @strawberry.field(description="The account's API and server-to-server tokens, with their last use.")
    async def api_tokens(self, info: Info, account_id: strawberry.ID) -> list[ApiTokenType]:
        account = decode_typed(account_id, "Account")
        await authorize(info, account, Capability.API_TOKENS, Level.VIEW)
        return [ApiTokenType.from_model(t) for t in await api_tokens.account_tokens(account)]
