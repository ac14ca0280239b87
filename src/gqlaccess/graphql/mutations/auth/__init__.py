"""Authentication: sessions, passwords, invitations, TOTP."""

import strawberry

from .accept_invitation import accept_invitation
from .confirm_totp import confirm_totp
from .disable_totp import disable_totp
from .enroll_totp import enroll_totp
from .login import login
from .logout import logout
from .request_password_reset import request_password_reset
from .reset_password import reset_password


@strawberry.type
class AuthMutations:
    login = strawberry.mutation(resolver=login)
    logout = strawberry.mutation(resolver=logout)
    request_password_reset = strawberry.mutation(resolver=request_password_reset)
    reset_password = strawberry.mutation(resolver=reset_password)
    accept_invitation = strawberry.mutation(resolver=accept_invitation)
    enroll_totp = strawberry.mutation(resolver=enroll_totp)
    confirm_totp = strawberry.mutation(resolver=confirm_totp)
    disable_totp = strawberry.mutation(resolver=disable_totp)
