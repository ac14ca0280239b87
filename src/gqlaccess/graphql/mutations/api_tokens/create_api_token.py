from __future__ import annotations

import strawberry

from ....models.enums import ApiTokenKind as StoredKind
from ....policy.capabilities import Capability, Level
from ....services.auth import api_tokens
from ...context import Info
from ...guards import authorize, require_user
from ...ids import decode_optional, decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ...types.api_token import ApiTokenType
from ...types.enums import ApiTokenKind


@strawberry.input
class CreateApiTokenInput:
    account_id: strawberry.ID
    name: str
    kind: ApiTokenKind  # type: ignore[valid-type]
    role_id: strawberry.ID = strawberry.field(description="The role the token acts with (not a temporary one).")
    rate_limit_per_minute: int | None = strawberry.field(
        default=None, description="Query cost points per minute for this token (1 to 10,000,000); "
        "default: the deployment's limit (docs/integrators/rate-limits.md)."
    )


@strawberry.type
class CreateApiTokenPayload(Payload):
    api_token: ApiTokenType | None = None
    secret: str | None = strawberry.field(
        default=None, description="The bearer secret: shown in this payload only, never again.",
        extensions=[Secret()],
    )


async def create_api_token(info: Info, input: CreateApiTokenInput) -> CreateApiTokenPayload:
    """A token acting in one account with one role (Admins only, seed 003)."""

    async def body(scope: MutationScope) -> CreateApiTokenPayload:
        principal = require_user(info)
        account_id = decode_typed(input.account_id, "Account")
        access = await authorize(info, account_id, Capability.API_TOKENS, Level.MANAGE)
        issued = await api_tokens.create_api_token(
            access,
            account_id,
            name=input.name,
            kind=StoredKind(input.kind),
            role_id=decode_optional(input.role_id, "Role"),
            created_by_id=principal.user_id,
            rate_limit_per_minute=input.rate_limit_per_minute,
        )
        scope.target("ApiToken", issued.token.id)
        scope.details.update(name=issued.token.name, kind=issued.token.kind.value)
        return CreateApiTokenPayload(api_token=ApiTokenType.from_model(issued.token), secret=issued.secret)

    return await run_mutation(info, "api_token.create", CreateApiTokenPayload, body)
