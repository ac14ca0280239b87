from __future__ import annotations

import strawberry

from ....models import User
from ....services.auth import authentication
from ...context import Info
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret


@strawberry.type
class EnrollTotpPayload(Payload):
    secret: str | None = strawberry.field(default=None, description="Base32 secret, shown once.", extensions=[Secret()])
    provisioning_uri: str | None = strawberry.field(
        default=None, description="otpauth:// URI for a QR code.", extensions=[Secret()]
    )


async def enroll_totp(info: Info) -> EnrollTotpPayload:
    """Starts TOTP enrolment; `confirmTotp` with a first code turns it on."""

    async def body(scope: MutationScope) -> EnrollTotpPayload:
        principal = require_user(info)
        user = await User.get(id=principal.user_id)
        scope.target("User", user.id)
        enrolment = await authentication.enroll_totp(info.context.deps, user)
        return EnrollTotpPayload(secret=enrolment.secret, provisioning_uri=enrolment.provisioning_uri)

    return await run_mutation(info, "auth.enroll_totp", EnrollTotpPayload, body)
