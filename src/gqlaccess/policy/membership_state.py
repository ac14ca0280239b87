"""What a membership shows, derived from what is stored: one definition for every executor.

The stored status is ACTIVE or INACTIVE; an active membership whose person has not activated
their identity yet shows PENDING (seed 003). The owner is the account's `owner_id`.
Used by the Strawberry type (graphql/types/membership.py) and the compiled path
(graphql/fastpath/executor.py), which must answer byte for byte alike.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from ..models.enums import MembershipStatus as StoredStatus

PENDING = "PENDING"
ACTIVE = "ACTIVE"
INACTIVE = "INACTIVE"


def shown_status(stored: str, activated_at: datetime | None) -> str:
    """PENDING, ACTIVE or INACTIVE (the GraphQL `MembershipStatus` names)."""
    if stored == StoredStatus.INACTIVE:
        return INACTIVE
    return ACTIVE if activated_at is not None else PENDING


def owns(owner_id: uuid.UUID | None, user_id: uuid.UUID | None) -> bool:
    return owner_id is not None and owner_id == user_id
