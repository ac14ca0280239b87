"""Roles: the predefined catalogue is kept in the database with stable ids."""

from __future__ import annotations

import uuid

from ...models import Role
from ...models.enums import RoleKind
from ...policy.capabilities import PREDEFINED_ROLE_NAMES, PREDEFINED_ROLES, dump_levels

_NAMESPACE = uuid.UUID("5b0e4a36-0d1c-4f33-9a43-7c1b0f7ad001")


def predefined_role_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, key)


async def ensure_predefined_roles() -> None:
    """Idempotent: safe on every start, from several processes."""
    existing = {r.key: r for r in await Role.filter(kind=RoleKind.PREDEFINED)}
    for key, levels in PREDEFINED_ROLES.items():
        capabilities = dump_levels(levels)
        role = existing.get(key)
        if role is None:
            await Role.get_or_create(
                id=predefined_role_id(key),
                defaults={
                    "key": key,
                    "name": PREDEFINED_ROLE_NAMES[key],
                    "kind": RoleKind.PREDEFINED,
                    "capabilities": capabilities,
                },
            )
        elif role.capabilities != capabilities or role.name != PREDEFINED_ROLE_NAMES[key]:
            role.capabilities = capabilities
            role.name = PREDEFINED_ROLE_NAMES[key]
            await role.save(update_fields=["capabilities", "name"])


async def predefined_role(key: str) -> Role:
    return await Role.get(id=predefined_role_id(key))


def usable_in_account(role: Role, account_id: uuid.UUID) -> bool:
    """Predefined roles are everyone's; other roles belong to one account (no leak across)."""
    return role.kind == RoleKind.PREDEFINED or role.account_id == account_id  # type: ignore[attr-defined]
