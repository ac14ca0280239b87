from __future__ import annotations

from datetime import datetime

import strawberry

from ....services.auth import authentication, devices
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...secrets import Secret
from ...types.user import UserType


@strawberry.input
class LoginInput:
    email: str
    password: str
    totp_code: str | None = None


@strawberry.type
class LoginPayload(Payload):
    token: str | None = strawberry.field(default=None, extensions=[Secret()])
    expires_at: datetime | None = None
    user: UserType | None = None
    refresh_token: str | None = strawberry.field(
        default=None, description="Spend it with refreshSession for a new token (each refresh token works once)."
    )
    refresh_expires_at: datetime | None = strawberry.field(
        default=None, description="The session ends then whatever the refreshes: sign in again."
    )
    requires_totp_enrollment: bool | None = strawberry.field(
        default=None,
        description="An account of yours requires two-factor authentication: enrol (enrollTotp) "
        "before using it; until then those accounts answer FORBIDDEN (TOTP_ENROLLMENT_REQUIRED).",
    )


async def login(info: Info, input: LoginInput) -> LoginPayload:
    """Exchange e-mail and password (and TOTP code when enrolled) for an access token (short-lived,
    `expiresAt`) and a refresh token (refreshSession)."""

    async def body(scope: MutationScope) -> LoginPayload:
        context = info.context
        result = await authentication.login(
            context.deps,
            context.throttle,
            email=input.email,
            password=input.password,
            totp_code=input.totp_code,
            ip=context.ip,
            user_agent=context.request.headers.get("user-agent"),
            device_cookie=context.request.cookies.get(devices.COOKIE),
        )
        scope.target("User", result.user.id)
        if result.device_cookie and context.response is not None:
            context.response.set_cookie(
                devices.COOKIE, result.device_cookie, max_age=devices.MAX_AGE_SECONDS, httponly=True,
                secure=context.settings.public_url.startswith("https://"), samesite="strict", path="/graphql",
            )
        return LoginPayload(
            token=result.issued.token,
            expires_at=result.issued.expires_at,
            refresh_token=result.issued.refresh_token,
            refresh_expires_at=result.issued.refresh_expires_at,
            user=UserType.from_model(result.user),
            requires_totp_enrollment=result.requires_totp_enrollment,
        )

    return await run_mutation(info, "auth.login", LoginPayload, body)
