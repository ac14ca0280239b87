"""Require-SSO: password login refused for the people of a verified domain whose account asks it.

`login` calls `check_password_login` once the password is proven right (a wrong password must
answer the same whatever the domain). The account's owner keeps password login as the
break-glass (a provider outage must not lock the account out); each such login is audited.
"""

from __future__ import annotations

from ...models import Account, SsoConnection, User
from ...models.enums import AuditOutcome
from ...policy.principal import Principal, PrincipalKind
from ...policy.sso import password_login_allowed
from ..audit import audit
from ..core.errors import DomainError, ErrorCode
from .domains import email_domain, verified_account_for


async def check_password_login(user: User, *, ip: str | None) -> None:
    account_id = await verified_account_for(email_domain(user.email))
    if account_id is None:
        return
    connection = await SsoConnection.get_or_none(account_id=account_id, enabled=True)
    if connection is None or not connection.require_sso:
        return
    account = await Account.get(id=account_id)
    decision = password_login_allowed(True, True, account.owner_id == user.id)  # type: ignore[attr-defined]
    if decision.reason == "BREAK_GLASS":
        await audit.record(
            Principal(kind=PrincipalKind.USER, user_id=user.id), "sso.break_glass_login", AuditOutcome.ALLOWED,
            account_id=account_id, target_type="User", target_id=str(user.id), reason="OWNER_BREAK_GLASS", ip=ip,
        )
    if not decision.allowed:
        raise DomainError.of(
            None, ErrorCode.SSO_REQUIRED, "Your organisation signs you in through its identity provider: use single sign-on.",
        )
