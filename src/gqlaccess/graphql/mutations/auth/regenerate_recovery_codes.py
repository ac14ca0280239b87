from __future__ import annotations

import strawberry

from ....models import User
from ....services.auth import authentication
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret


@strawberry.input
class RegenerateRecoveryCodesInput:
    code: str = strawberry.field(description="A current code of the authenticator app.")


@strawberry.type
class RegenerateRecoveryCodesPayload(Payload):
    recovery_codes: list[str] | None = strawberry.field(
        default=None, description="Shown this once; the previous codes stop working.", extensions=[Secret()]
    )


async def regenerate_recovery_codes(
    info: Info, input: RegenerateRecoveryCodesInput
) -> RegenerateRecoveryCodesPayload:
    """New single-use recovery codes for the signed-in person (2FA on)."""

    async def body(scope: MutationScope) -> RegenerateRecoveryCodesPayload:
        principal = require_user(info)
        user = await User.get(id=principal.user_id)
        scope.target("User", user.id)
        codes = await authentication.regenerate_recovery_codes(info.context.deps, user, input.code)
        return RegenerateRecoveryCodesPayload(recovery_codes=codes)

    return await run_mutation(info, "auth.regenerate_recovery_codes", RegenerateRecoveryCodesPayload, body)
