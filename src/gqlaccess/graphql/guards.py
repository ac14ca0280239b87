"""Authorization as resolvers ask for it. Every decision is made by `policy.may`."""

from __future__ import annotations

import uuid

from ..policy.access import AccountAccess
from ..policy.capabilities import Capability, Level
from ..policy.decisions import may
from ..policy.principal import Principal, PrincipalKind
from .context import Info
from .errors import Forbidden, NotFound, Unauthenticated


def require_principal(info: Info) -> Principal:
    principal = info.context.principal
    if not principal.is_authenticated:
        if principal.rejected_token:
            raise Unauthenticated("The bearer token is invalid, expired or revoked.")
        raise Unauthenticated()
    if principal.kind == PrincipalKind.SCIM:
        raise Forbidden("SCIM_TOKEN_NOT_ALLOWED", "A SCIM token is for /scim/v2 only, not for this API.")
    return principal


def require_user(info: Info, *, allow_impersonation: bool = False) -> Principal:
    """A person (session), not an integration token."""
    principal = require_principal(info)
    if principal.kind == PrincipalKind.IMPERSONATION and not allow_impersonation:
        raise Forbidden("READ_ONLY", "A view-as-client token cannot do this.")
    if principal.kind not in (PrincipalKind.USER, PrincipalKind.IMPERSONATION):
        raise Forbidden("USER_SESSION_REQUIRED", "This operation needs a user session, not an API token.")
    return principal


def require_writer(info: Info) -> Principal:
    """Any mutation: impersonation tokens are read-only."""
    principal = require_principal(info)
    if principal.read_only:
        raise Forbidden("READ_ONLY", "A view-as-client token is read-only.")
    return principal


async def authorize(
    info: Info,
    account_id: uuid.UUID,
    capability: Capability,
    level: Level = Level.VIEW,
    *,
    app_id: str | None = None,
    media_source: str | None = None,
    geo: str | None = None,
) -> AccountAccess:
    """NOT_FOUND when the account is out of reach, FORBIDDEN when the capability is missing."""
    require_principal(info)
    if level == Level.MANAGE:
        require_writer(info)
    scope = info.context.mutation_scope
    if scope is not None:
        scope.account_id = scope.account_id or account_id
    access = await info.context.access(account_id)
    decision = may(access, capability, level, app_id=app_id, media_source=media_source, geo=geo)
    if access is None:
        raise NotFound()
    if not decision.allowed:
        raise Forbidden(decision.reason)
    return access


async def reachable(info: Info, account_id: uuid.UUID, capability: Capability, level: Level = Level.VIEW) -> bool:
    """For fields that silently hide what the viewer may not see (no error)."""
    access = await info.context.access(account_id)
    return may(access, capability, level).allowed


async def authorize_sso_admin(info: Info, account_id: uuid.UUID, level: Level = Level.MANAGE) -> AccountAccess:
    """Domains and single sign-on of an account: its Admins (policy.sso.may_manage_sso)."""
    from ..policy.sso import may_manage_sso

    access = await authorize(info, account_id, Capability.USERS, level)
    decision = may_manage_sso(access, level)
    if not decision.allowed:
        raise Forbidden(decision.reason, "Only Admins manage the account's domains and single sign-on.")
    return access
