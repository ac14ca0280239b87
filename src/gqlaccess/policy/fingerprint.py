"""A digest of what a principal may do, to tell whether their rights changed between two moments.

Used by the idempotency store (web/graphql/idempotency.py): a stored answer is replayed only while
the caller's rights are what they were when it was first given. Any change (a role edited or
replaced, a membership deactivated or removed, operator status, the API token's role) refuses the
replay: a replay after the caller lost the right to the mutation must not be served from storage.
"""

from __future__ import annotations

import hashlib

import orjson

from ..models import ApiToken, Membership, Role, User
from .principal import Principal, PrincipalKind


async def rights_fingerprint(principal: Principal) -> str:
    parts: list[object] = [principal.kind.value]
    if principal.kind == PrincipalKind.USER and principal.user_id is not None:
        rows = await Membership.filter(user_id=principal.user_id).order_by("account_id").values_list(
            "account_id", "role_id", "status", "updated_at"
        )
        roles = dict(await Role.filter(id__in=[r[1] for r in rows]).values_list("id", "updated_at")) if rows else {}
        operator = await User.filter(id=principal.user_id).values_list("is_platform_operator", flat=True)
        parts += [[(str(a), str(r), str(s), str(u), str(roles.get(r))) for a, r, s, u in rows], list(operator)]
    elif principal.kind == PrincipalKind.API_TOKEN and principal.api_token_id is not None:
        token = await ApiToken.filter(id=principal.api_token_id).values_list("role_id", flat=True)
        role_changed = await Role.filter(id__in=list(token)).values_list("updated_at", flat=True) if token else []
        parts += [[str(t) for t in token], [str(u) for u in role_changed]]
    return hashlib.sha256(orjson.dumps(parts)).hexdigest()
