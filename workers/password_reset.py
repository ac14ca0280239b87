"""Password reset requests, looked up off the request path.

The mutation answers the same thing at the same speed whether or not the address is known: it
only enqueues this job (issue 9: the lookup and the invitation + outbox writes for a known address
took ~3 ms more than the early return for an unknown one). Rate limits are applied before enqueueing.
"""

from __future__ import annotations

from typing import Any

from gqlaccess.services.auth import authentication
from gqlaccess.services.core.throttle import Throttle

from .context import deps_of

# The mutation's field extension already counted this request.
_ALREADY_THROTTLED = Throttle(None, "", 0)


async def request_password_reset(ctx: dict[str, Any], email: str) -> str:
    await authentication.request_password_reset(deps_of(ctx), _ALREADY_THROTTLED, email=email, ip=None)
    return "done"
