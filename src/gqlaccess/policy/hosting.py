"""Who may rename, deactivate, finish the setup of, or delete an account (seed 001).

- Host members with `hosted_accounts: MANAGE` in the host decide for *managed* hosted accounts
  (rename, deactivate, reactivate, delete). For *unmanaged* hosted accounts the host only keeps
  the hosting relationship: finishing the setup (re-sending the admin invitation) and deleting
  (seed 001: "supprimer les comptes gérés ou non gérés"); it never reaches inside, so renaming or
  deactivating an unmanaged account is NOT_FOUND to host members, like every in-account query.
- An account's own Admins may rename it; its owner may delete it.
- Deactivation and reactivation are otherwise for platform operators only (an account cannot
  switch itself off and lock out the people who could switch it back on).
- Platform operators (and the CLI) may do everything.
"""

from __future__ import annotations

from enum import StrEnum

from ..models import Account
from .access import AccessVia, resolve_access
from .capabilities import Capability, Level
from .decisions import ALLOWED, NOT_FOUND, Decision, may, may_enter
from .principal import Principal, PrincipalKind


class LifecycleAction(StrEnum):
    RENAME = "RENAME"
    DEACTIVATE = "DEACTIVATE"  # also reactivation
    FINISH_SETUP = "FINISH_SETUP"
    DELETE = "DELETE"


# What a host still does on an unmanaged hosted account (the relationship, not the inside).
_HOST_ON_UNMANAGED = frozenset({LifecycleAction.FINISH_SETUP, LifecycleAction.DELETE})


async def may_manage_lifecycle(principal: Principal, account: Account, action: LifecycleAction) -> Decision:
    """NOT_FOUND when the account is out of the principal's sight for this action."""
    if principal.kind in (PrincipalKind.ANONYMOUS, PrincipalKind.IMPERSONATION):
        return Decision(False, NOT_FOUND)
    if principal.kind == PrincipalKind.SYSTEM or principal.is_platform_operator:
        return Decision(True, ALLOWED)
    visible = False
    host_id = account.host_id  # type: ignore[attr-defined]
    if host_id is not None:
        host_access = await resolve_access(principal, host_id)
        if account.managed or action in _HOST_ON_UNMANAGED:
            if account.managed:
                visible = host_access is not None
            else:
                visible = may(host_access, Capability.HOSTED_ACCOUNTS, Level.VIEW).allowed
            if visible and may(host_access, Capability.HOSTED_ACCOUNTS, Level.MANAGE).allowed:
                return Decision(True, ALLOWED)
    own = await resolve_access(principal, account.id)
    if own is not None and own.via in (AccessVia.MEMBERSHIP, AccessVia.API_TOKEN):
        visible = True
        if may_enter(own).allowed:
            if action == LifecycleAction.RENAME and own.is_admin:
                return Decision(True, ALLOWED)
            if action == LifecycleAction.DELETE and own.is_owner:
                return Decision(True, ALLOWED)
    elif own is not None:
        visible = True
    if not visible:
        return Decision(False, NOT_FOUND)
    return Decision(False, "INSUFFICIENT_ROLE")
