"""Decisions about a global identity, as opposed to one membership (SPEC §3, §7).

A person is one identity shared by every account (and client) they belong to. What belongs to the
identity (2FA, password, sessions, profile, notification e-mail) may be changed by an account's
admin only when that admin may manage users in **every** account the person belongs to (seed
003's administrator who adds colleagues to all of their accounts), and managing clients for each
client login; a platform operator always may. Otherwise one tenant could weaken another tenant's
member (issue 15 §1).

Joining needs consent except among the caller's own accounts: an existing identity is added at
once only when the caller already manages users in an account where the person is an active
member; otherwise the membership waits for the person (PENDING).

GraphQL, SCIM, SSO and the console ask these same functions.
"""

from __future__ import annotations

import uuid

from ..models import Client, ClientUser, Membership
from ..models.enums import MembershipStatus
from .access import resolve_access
from .capabilities import Capability, Level
from .decisions import ALLOWED, Decision, may
from .principal import Principal, PrincipalKind

IDENTITY_SHARED = "IDENTITY_SHARED"


async def identity_accounts(user_id: uuid.UUID) -> list[uuid.UUID]:
    """Accounts the identity belongs to (a membership that is not merely a pending invitation)."""
    rows = await Membership.filter(user_id=user_id).exclude(status=MembershipStatus.PENDING).values_list(
        "account_id", flat=True
    )
    return list(dict.fromkeys(rows))


async def may_change_identity(principal: Principal, user_id: uuid.UUID) -> Decision:
    """May this principal change what belongs to the person (2FA, password, sessions, profile)?"""
    if principal.kind == PrincipalKind.SYSTEM or (
        principal.kind == PrincipalKind.USER and principal.is_platform_operator
    ):
        return Decision(True, ALLOWED)
    if principal.kind in (PrincipalKind.ANONYMOUS, PrincipalKind.IMPERSONATION):
        return Decision(False, IDENTITY_SHARED)
    for account_id in await identity_accounts(user_id):
        if not may(await resolve_access(principal, account_id), Capability.USERS, Level.MANAGE).allowed:
            return Decision(False, IDENTITY_SHARED)
    client_ids = await ClientUser.filter(user_id=user_id).values_list("client_id", flat=True)
    client_accounts = (
        await Client.filter(id__in=list(client_ids)).values_list("account_id", flat=True) if client_ids else []
    )
    for account_id in set(client_accounts):
        if not may(await resolve_access(principal, account_id), Capability.CLIENTS, Level.MANAGE).allowed:
            return Decision(False, IDENTITY_SHARED)
    return Decision(True, ALLOWED)


async def may_add_without_consent(principal: Principal | None, user_id: uuid.UUID) -> bool:
    """Seed 003: an administrator adds a colleague "to all their accounts" at once. That is, the
    caller manages users in an account where the person is an active member already."""
    if principal is None or principal.kind in (PrincipalKind.ANONYMOUS, PrincipalKind.IMPERSONATION):
        return False
    active = await Membership.filter(user_id=user_id, status=MembershipStatus.ACTIVE).values_list(
        "account_id", flat=True
    )
    for account_id in active:
        if may(await resolve_access(principal, account_id), Capability.USERS, Level.MANAGE).allowed:
            return True
    return False
