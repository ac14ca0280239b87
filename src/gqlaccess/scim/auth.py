"""Who calls /scim/v2: a SCIM token, resolved by the bearer middleware, and its account.

The account comes from the token only (never from the URL or the body). Each request runs as a
`Caller`, which also writes the audit trail (actor: the token) for every write attempt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ..models.enums import AuditOutcome
from ..policy import directory
from ..policy.access import AccountAccess
from ..policy.decisions import Decision
from ..policy.principal import Principal
from ..services.audit import audit
from ..services.core.deps import Deps
from .errors import ScimError


@dataclass
class Caller:
    principal: Principal
    access: AccountAccess
    deps: Deps
    base_url: str  # …/scim/v2, for meta.location
    ip: str | None = None

    @property
    def account_id(self) -> uuid.UUID:
        return self.access.account_id

    def require(self, decision: Decision) -> None:
        if not decision.allowed:
            raise ScimError(403, f"This SCIM token's role does not allow this ({decision.reason}).")

    async def audit(
        self, action: str, outcome: AuditOutcome, *, target_type: str | None = None, target_id: Any = None,
        reason: str | None = None, details: dict[str, Any] | None = None,
    ) -> None:
        await audit.record(
            self.principal, f"scim.{action}", outcome, account_id=self.account_id, target_type=target_type,
            target_id=str(target_id) if target_id is not None else None, reason=reason, ip=self.ip,
            details=details,
        )


async def caller(request: Request) -> Caller:
    principal: Principal = request.scope["principal"]
    access = await directory.directory_access(principal)
    if access is None:
        raise ScimError(401, "A valid SCIM bearer token is required.")
    entry = directory.may_read_directory(access)
    if not entry.allowed:
        raise ScimError(403, f"This SCIM token cannot read the directory ({entry.reason}).")
    runtime = request.app.state.runtime
    base = runtime.settings.public_url.rstrip("/") + "/scim/v2"
    return Caller(principal, access, runtime.deps, base, request.client.host if request.client else None)
