from __future__ import annotations

import strawberry

from ....services.auth import authentication
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class ResetPasswordInput:
    token: str
    password: str


@strawberry.type
class ResetPasswordPayload(Payload):
    ok: bool = False


async def reset_password(info: Info, input: ResetPasswordInput) -> ResetPasswordPayload:
    """Sets a new password from a reset link; every existing session ends."""

    async def body(scope: MutationScope) -> ResetPasswordPayload:
        user = await authentication.reset_password(info.context.deps, token=input.token, password=input.password)
        scope.target("User", user.id)
        return ResetPasswordPayload(ok=True)

    return await run_mutation(info, "auth.reset_password", ResetPasswordPayload, body)
