"""Sessions for apps: refreshing access tokens, listing and ending one's sessions."""

import strawberry

from ...permissions import Requires, Who
from .refresh_session import refresh_session
from .revoke_other_sessions import revoke_other_sessions
from .revoke_session import revoke_session


@strawberry.type
class SessionMutations:
    refresh_session = strawberry.mutation(resolver=refresh_session, extensions=[Requires(Who.ANYONE)])  # the refresh token is the credential
    revoke_session = strawberry.mutation(resolver=revoke_session)
    revoke_other_sessions = strawberry.mutation(resolver=revoke_other_sessions)
