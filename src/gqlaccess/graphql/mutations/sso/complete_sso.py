from __future__ import annotations

from datetime import datetime

import strawberry

from ....services.sso import flows
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.user import UserType


@strawberry.input
class CompleteSsoInput:
    code: str = strawberry.field(description="The one-time code the callback put in the app's URL fragment.")
    password: str | None = strawberry.field(
        default=None,
        description="Needed once when the fragment says `password=1`: an identity with a password is linked "
        "to the provider only after it is proven.",
    )


@strawberry.type
class CompleteSsoPayload(Payload):
    """The same session `login` returns."""

    token: str | None = None
    expires_at: datetime | None = None
    user: UserType | None = None
    requires_totp_enrollment: bool | None = None
    joined: bool | None = strawberry.field(default=None, description="True when this sign-in made you a member.")


async def complete_sso(info: Info, input: CompleteSsoInput) -> CompleteSsoPayload:
    """Exchanges the callback's one-time code (valid once, 60 s) for a session."""

    async def body(scope: MutationScope) -> CompleteSsoPayload:
        context = info.context
        done = await flows.complete(
            context.deps, context.throttle, code=input.code, password=input.password, ip=context.ip,
            user_agent=context.request.headers.get("user-agent"),
        )
        scope.account_id = done.account_id
        scope.target("User", done.result.user.id)
        scope.details = {"joined": done.joined, "linkedBy": done.linked_by}
        result = done.result
        return CompleteSsoPayload(
            token=result.token, expires_at=result.session.expires_at, user=UserType.from_model(result.user),
            requires_totp_enrollment=result.requires_totp_enrollment, joined=done.joined,
        )

    return await run_mutation(info, "sso.complete", CompleteSsoPayload, body)
