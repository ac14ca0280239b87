"""Pieces the API-token mutations share."""

from __future__ import annotations

import strawberry

from ....models import ApiToken
from ....policy.capabilities import Capability, Level
from ...context import Info
from ...errors import NotFound
from ...guards import authorize, require_user
from ...ids import decode_typed
from ...runner import MutationScope


async def token_to_change(info: Info, scope: MutationScope, token_id: strawberry.ID) -> ApiToken:
    """Tokens are managed by Admins in person (api_tokens:MANAGE, a user session): a token
    cannot mint, rename or delete tokens. Another tenant's token is NOT_FOUND."""
    require_user(info)
    token = await ApiToken.get_or_none(id=decode_typed(token_id, "ApiToken"))
    if token is None:
        raise NotFound()
    scope.target("ApiToken", token.id)
    await authorize(info, token.account_id, Capability.API_TOKENS, Level.MANAGE)  # type: ignore[attr-defined]
    return token
