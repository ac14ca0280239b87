"""The domain a mutation names, found by its global ID before authorization."""

from __future__ import annotations

import strawberry

from ....models import AccountDomain
from ...errors import NotFound
from ...ids import decode_typed


async def domain_by_id(domain_id: strawberry.ID) -> AccountDomain:
    """Missing or malformed: NOT_FOUND, exactly as another tenant's domain reads once
    `authorize` refuses that tenant (NotFound too)."""
    row = await AccountDomain.get_or_none(id=decode_typed(domain_id, "AccountDomain"))
    if row is None:
        raise NotFound()
    return row
