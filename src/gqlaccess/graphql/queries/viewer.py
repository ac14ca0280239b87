from __future__ import annotations

import strawberry

from ...models import User
from ...policy.principal import PrincipalKind
from ..context import Info
from ..errors import Unauthenticated
from ..types.user import UserType


@strawberry.type
class ViewerQueries:
    @strawberry.field(description="The authenticated user; null without a bearer token or with an API token; "
        "UNAUTHENTICATED with an invalid, expired or revoked token.")
    async def me(self, info: Info) -> UserType | None:
        principal = info.context.principal
        if principal.rejected_token:
            raise Unauthenticated("The bearer token is invalid, expired or revoked.")
        if principal.kind not in (PrincipalKind.USER, PrincipalKind.IMPERSONATION) or principal.user_id is None:
            return None
        user = await User.get_or_none(id=principal.user_id)
        return UserType.from_model(user) if user else None
