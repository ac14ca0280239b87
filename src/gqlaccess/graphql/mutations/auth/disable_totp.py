from __future__ import annotations

import strawberry

from ....models import User
from ....services.auth import authentication
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class DisableTotpInput:
    code: str


@strawberry.type
class DisableTotpPayload(Payload):
    disabled: bool = False


async def disable_totp(info: Info, input: DisableTotpInput) -> DisableTotpPayload:
    async def body(scope: MutationScope) -> DisableTotpPayload:
        principal = require_user(info)
        user = await User.get(id=principal.user_id)
        scope.target("User", user.id)
        await authentication.disable_totp(info.context.deps, user, input.code)
        return DisableTotpPayload(disabled=True)

    return await run_mutation(info, "auth.disable_totp", DisableTotpPayload, body)
