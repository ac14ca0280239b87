from __future__ import annotations

import strawberry

from ....services.sso import flows
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class StartSsoInput:
    email: str


@strawberry.type
class StartSsoPayload(Payload):
    redirect_url: str | None = strawberry.field(
        default=None,
        description="Send the browser there (a top-level navigation). It goes on to the identity provider "
        "of the e-mail's verified domain, or back to the app with #error=SSO_UNAVAILABLE: this answer "
        "is the same whether or not the domain has single sign-on.",
    )


async def start_sso(info: Info, input: StartSsoInput) -> StartSsoPayload:
    """Home-realm discovery: single sign-on by the e-mail's verified domain (anyone)."""

    async def body(scope: MutationScope) -> StartSsoPayload:
        return StartSsoPayload(redirect_url=await flows.start(info.context.deps, input.email))

    return await run_mutation(info, "sso.start", StartSsoPayload, body)
