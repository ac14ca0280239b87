"""Single sign-on: the account's OpenID Connect connection (Admins) and signing in (anyone)."""

import strawberry

from ...permissions import Requires, Who
from ...throttling import Limit, Throttled, by_ip
from .approve_sso_link import approve_sso_link
from .complete_sso import complete_sso
from .configure_sso import configure_sso
from .disable_sso import disable_sso
from .start_sso import start_sso
from .test_sso import test_sso

START_LIMITS = (Limit("sso-start:ip", by_ip, lambda s: s.sso_starts_per_ip),)
COMPLETE_LIMITS = (
    Limit("sso-complete:ip", by_ip, lambda s: s.token_failures_per_ip, "failures",
          frozenset({"INVALID_SSO_CODE", "INVALID_CREDENTIALS"})),
)


@strawberry.type
class SsoMutations:
    configure_sso = strawberry.mutation(resolver=configure_sso)
    test_sso = strawberry.mutation(resolver=test_sso)
    disable_sso = strawberry.mutation(resolver=disable_sso)
    approve_sso_link = strawberry.mutation(resolver=approve_sso_link)
    start_sso = strawberry.mutation(
        resolver=start_sso, extensions=[Requires(Who.ANYONE), Throttled("sso.start", *START_LIMITS)]
    )
    complete_sso = strawberry.mutation(
        resolver=complete_sso, extensions=[Requires(Who.ANYONE), Throttled("sso.complete", *COMPLETE_LIMITS)]
    )
