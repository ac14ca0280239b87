"""Members written straight to the database for the console's tests (fast, many at once)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from gqlaccess.models import Membership, User
from gqlaccess.models.enums import MembershipStatus
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import Tenant


async def add_members(
    tenant: Tenant, count: int, *, prefix: str = "member", role_key: str = "marketing",
    status: MembershipStatus = MembershipStatus.ACTIVE, pending: bool = False, role_id: uuid.UUID | None = None, batch: int = 1000,
) -> list[str]:
    """`count` people (no password: they never sign in) named `<prefix> 00000`…; `pending`: never
    activated, which the API shows as a PENDING membership."""
    emails: list[str] = []
    tag = uuid.uuid4().hex[:8]
    now = utcnow()
    role = role_id or predefined_role_id(role_key)
    for start in range(0, count, batch):
        users = [
            User(
                id=uuid.uuid4(), email=f"{prefix}-{tag}-{index:05d}@example.com", name=f"{prefix.title()} {index:05d}",
                activated_at=None if pending else now,
                last_login_at=None if pending or status != MembershipStatus.ACTIVE else now - timedelta(minutes=index),
            )
            for index in range(start, min(start + batch, count))
        ]
        await User.bulk_create(users)
        await Membership.bulk_create([
            Membership(id=uuid.uuid4(), account_id=tenant.account_id, user_id=user.id, role_id=role, status=status)
            for user in users
        ])
        emails.extend(user.email for user in users)
    return emails
