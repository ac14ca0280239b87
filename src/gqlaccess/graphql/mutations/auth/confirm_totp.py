from __future__ import annotations

import strawberry

from ....models import User
from ....services.auth import authentication
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret


@strawberry.input
class ConfirmTotpInput:
    code: str


@strawberry.type
class ConfirmTotpPayload(Payload):
    enabled: bool = False
    recovery_codes: list[str] | None = strawberry.field(
        default=None,
        description="Shown this once: each code signs in (or turns 2FA off) instead of a TOTP code, once. "
        "Never replayed by Idempotency-Key.",
        extensions=[Secret()],
    )


async def confirm_totp(info: Info, input: ConfirmTotpInput) -> ConfirmTotpPayload:
    async def body(scope: MutationScope) -> ConfirmTotpPayload:
        principal = require_user(info)
        user = await User.get(id=principal.user_id)
        scope.target("User", user.id)
        codes = await authentication.confirm_totp(info.context.deps, user, input.code)
        return ConfirmTotpPayload(enabled=True, recovery_codes=codes)

    return await run_mutation(info, "auth.confirm_totp", ConfirmTotpPayload, body)
