from __future__ import annotations

import strawberry

from ....services.auth import authentication
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class RequestPasswordResetInput:
    email: str


@strawberry.type
class RequestPasswordResetPayload(Payload):
    ok: bool = False


async def request_password_reset(info: Info, input: RequestPasswordResetInput) -> RequestPasswordResetPayload:
    """Mails a reset link (1 h) when the address is known. The answer is the same either way."""

    async def body(scope: MutationScope) -> RequestPasswordResetPayload:
        context = info.context
        # Known or not, the request path does the same work (rate limits: Throttled on the field),
        # so neither the answer nor its timing tells whether the address has an account.
        email = (input.email or "")[:320]
        if not await context.deps.queue.enqueue("request_password_reset", email):
            # No queue (Redis down): do it inline rather than drop it; timing may differ meanwhile.
            await authentication.request_password_reset(
                context.deps, context.throttle, email=email, ip=context.ip
            )
        return RequestPasswordResetPayload(ok=True)

    return await run_mutation(info, "auth.request_password_reset", RequestPasswordResetPayload, body)
