"""Authentication: sessions, passwords, invitations, TOTP."""

import strawberry

from ...permissions import Requires, Who
from ...throttling import RESET_REQUEST_LIMITS, TOTP_LIMITS, Throttled, token_limits
from .accept_invitation import accept_invitation
from .confirm_totp import confirm_totp
from .disable_totp import disable_totp
from .enroll_totp import enroll_totp
from .login import login
from .logout import logout
from .regenerate_recovery_codes import regenerate_recovery_codes
from .request_password_reset import request_password_reset
from .reset_password import reset_password


@strawberry.type
class AuthMutations:
    login = strawberry.mutation(resolver=login, extensions=[Requires(Who.ANYONE)])
    logout = strawberry.mutation(resolver=logout, extensions=[Requires(Who.SESSION_OR_IMPERSONATION)])
    # Rate limits on guessable secrets (login throttles inside services/authentication.login).
    request_password_reset = strawberry.mutation(
        resolver=request_password_reset,
        extensions=[Requires(Who.ANYONE), Throttled("auth.request_password_reset", *RESET_REQUEST_LIMITS)],
    )
    reset_password = strawberry.mutation(
        resolver=reset_password, extensions=[Requires(Who.ANYONE), Throttled("auth.reset_password", *token_limits("reset"))]
    )
    accept_invitation = strawberry.mutation(
        resolver=accept_invitation, extensions=[Requires(Who.ANYONE), Throttled("auth.accept_invitation", *token_limits("accept"))]
    )
    enroll_totp = strawberry.mutation(resolver=enroll_totp, extensions=[Requires(Who.SESSION)])
    confirm_totp = strawberry.mutation(
        resolver=confirm_totp, extensions=[Requires(Who.SESSION), Throttled("auth.confirm_totp", *TOTP_LIMITS)]
    )
    disable_totp = strawberry.mutation(
        resolver=disable_totp, extensions=[Requires(Who.SESSION), Throttled("auth.disable_totp", *TOTP_LIMITS)]
    )
    regenerate_recovery_codes = strawberry.mutation(
        resolver=regenerate_recovery_codes, extensions=[Requires(Who.SESSION), Throttled("auth.regenerate_recovery_codes", *TOTP_LIMITS)]
    )
