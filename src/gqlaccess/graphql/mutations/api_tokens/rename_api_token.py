from __future__ import annotations

import strawberry

from ....services.auth import api_tokens
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.api_token import ApiTokenType
from .common import token_to_change


@strawberry.input
class RenameApiTokenInput:
    api_token_id: strawberry.ID
    name: str


@strawberry.type
class RenameApiTokenPayload(Payload):
    api_token: ApiTokenType | None = None


async def rename_api_token(info: Info, input: RenameApiTokenInput) -> RenameApiTokenPayload:
    async def body(scope: MutationScope) -> RenameApiTokenPayload:
        token = await token_to_change(info, scope, input.api_token_id)
        renamed = await api_tokens.rename_api_token(token, name=input.name)
        scope.details["name"] = renamed.name
        return RenameApiTokenPayload(api_token=ApiTokenType.from_model(renamed))

    return await run_mutation(info, "api_token.rename", RenameApiTokenPayload, body)
