"""Directory provisioning (SCIM): what a SCIM token may do in the one account it belongs to.

The account comes from the token only. The token acts with the role an Admin gave it at
creation, like any API token, and granting stays bounded by that role (`policy.grants`): a
SCIM token grants Admin only when its own role is Admin.
"""

from __future__ import annotations

from ..models import Account, ApiToken
from ..models.enums import ApiTokenKind
from .access import AccountAccess, token_access
from .capabilities import Capability, Level
from .decisions import Decision, may
from .principal import Principal, PrincipalKind


async def directory_access(principal: Principal) -> AccountAccess | None:
    """None when the principal is not a live SCIM token (the caller answers 401)."""
    if principal.kind != PrincipalKind.SCIM or principal.api_token_id is None:
        return None
    token = await ApiToken.get_or_none(id=principal.api_token_id, kind=ApiTokenKind.SCIM).select_related("role")
    if token is None:
        return None
    account = await Account.get_or_none(id=token.account_id)  # type: ignore[attr-defined]
    if account is None:
        return None
    return token_access(account, token)


def may_read_directory(access: AccountAccess | None) -> Decision:
    return may(access, Capability.USERS, Level.VIEW)


def may_provision_users(access: AccountAccess | None) -> Decision:
    """Creating, changing, deactivating and removing members, and moving them between groups."""
    return may(access, Capability.USERS, Level.MANAGE)


def may_manage_groups(access: AccountAccess | None) -> Decision:
    """Creating and deleting groups (custom roles)."""
    return may(access, Capability.ROLES, Level.MANAGE)


def may_view_directory_settings(access: AccountAccess | None) -> Decision:
    return may(access, Capability.USERS, Level.VIEW)


def may_configure_directory(access: AccountAccess | None) -> Decision:
    """The account's provisioning defaults: whoever may create SCIM tokens (Admins)."""
    return may(access, Capability.API_TOKENS, Level.MANAGE)
