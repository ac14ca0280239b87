from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import ApiToken as ApiTokenModel
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ..context import Info
from ..ids import encode_id
from .enums import ApiTokenKind
from .node import Node, register_node
from .role import RoleType


@strawberry.type(name="ApiToken", description="An integration token. The secret itself is never shown again.")
class ApiTokenType(Node):
    model: strawberry.Private[ApiTokenModel]
    name: str
    kind: ApiTokenKind  # type: ignore[valid-type]
    prefix: str = strawberry.field(description="The first characters of the secret, to recognise it.")
    created_at: datetime
    last_used_at: datetime | None
    rate_limit_per_minute: int | None = strawberry.field(
        description="Query cost points per minute; null: the deployment's default."
    )

    @strawberry.field(description="The role the token acts with in its account.")
    async def role(self, info: Info) -> RoleType:
        role = await info.context.loaders.role.load(self.model.role_id)  # type: ignore[attr-defined]
        return RoleType.from_model(role)

    @classmethod
    def from_model(cls, token: ApiTokenModel) -> ApiTokenType:
        return cls(
            model=token,
            id=strawberry.ID(encode_id("ApiToken", token.id)),
            name=token.name,
            kind=token.kind,
            prefix=token.prefix,
            created_at=token.created_at,
            last_used_at=token.last_used_at,
            rate_limit_per_minute=token.rate_limit_per_minute,
        )


@register_node("ApiToken")
async def _api_token_node(info: Info, token_id) -> ApiTokenType | None:  # type: ignore[no-untyped-def]
    token = await ApiTokenModel.get_or_none(id=token_id)
    if token is None:
        return None
    access = await info.context.access(token.account_id)  # type: ignore[attr-defined]
    if not may(access, Capability.API_TOKENS, Level.VIEW).allowed:
        return None
    return ApiTokenType.from_model(token)
