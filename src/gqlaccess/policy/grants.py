"""Granting is bounded by the granter: nobody hands out more than they hold."""

from __future__ import annotations

from collections.abc import Mapping

from ..models.enums import RoleKind
from .access import AccountAccess
from .capabilities import ADMIN_KEY, Capability, Level
from .decisions import ALLOWED, Decision
from .scope import DataScope


def may_grant_role(
    granter: AccountAccess, role_key: str | None, role_kind: RoleKind, levels: Mapping[Capability, Level]
) -> Decision:
    if role_kind == RoleKind.TEMPORARY:
        return Decision(False, "TEMPORARY_ROLE_NOT_ASSIGNABLE")
    if role_key == ADMIN_KEY:
        return Decision(granter.is_admin, ALLOWED if granter.is_admin else "ONLY_ADMIN_GRANTS_ADMIN")
    if granter.is_admin:
        return Decision(True, ALLOWED)
    for capability, level in levels.items():
        if not granter.level(capability).covers(level):
            return Decision(False, "ROLE_EXCEEDS_GRANTER")
    return Decision(True, ALLOWED)


def may_grant_scope(granter: AccountAccess, scope: DataScope) -> Decision:
    if granter.scope.covers(scope):
        return Decision(True, ALLOWED)
    return Decision(False, "SCOPE_EXCEEDS_GRANTER")
