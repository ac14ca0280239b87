from __future__ import annotations

import strawberry

from ....services.auth import api_tokens
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from .common import token_to_change


@strawberry.input
class DeleteApiTokenInput:
    api_token_id: strawberry.ID


@strawberry.type
class DeleteApiTokenPayload(Payload):
    deleted_api_token_id: strawberry.ID | None = None


async def delete_api_token(info: Info, input: DeleteApiTokenInput) -> DeleteApiTokenPayload:
    """The token stops working at once: its next request is UNAUTHENTICATED."""

    async def body(scope: MutationScope) -> DeleteApiTokenPayload:
        token = await token_to_change(info, scope, input.api_token_id)
        scope.details["name"] = token.name
        await api_tokens.delete_api_token(token)
        return DeleteApiTokenPayload(deleted_api_token_id=input.api_token_id)

    return await run_mutation(info, "api_token.delete", DeleteApiTokenPayload, body)
