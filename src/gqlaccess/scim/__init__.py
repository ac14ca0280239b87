"""SCIM 2.0 (RFC 7643/7644) directory provisioning per account at /scim/v2 (issue 18).

Modules per concern: `auth` (the SCIM token and its account), `discovery`, `users`, `groups`,
`filters` (SCIM filter -> SQL), `patch`, `bulk`, `errors`, `serialisation`, `routes`.
Domain rules live in `services/directory/provisioning.py` and the member services it calls.
"""

from starlette.routing import Mount

from .routes import ROUTES


def mount() -> Mount:
    return Mount("/scim/v2", routes=ROUTES)
