"""Rate limits on guessable secrets, declared on the mutation field (`extensions=[Throttled(...)]`).

Each `Limit` counts per IP or per target (e-mail, token, user) in Redis (services/core/throttle.py).
`count="attempts"` counts every call; `count="failures"` counts calls whose payload errors carry one
of `failure_codes` (so that an office behind one NAT accepting its invitations is never blocked,
while a guesser, who fails, is). Once a counter is over its maximum the mutation is not run: its
payload answers TOO_MANY_ATTEMPTS and the attempt is audited as DENIED. Aliases run serially, so
aliased calls in one request are counted one by one like separate requests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from strawberry.extensions.field_extension import AsyncExtensionResolver, FieldExtension

from ..config import Settings
from ..models.enums import AuditOutcome
from ..observability import metrics
from ..services.audit import audit
from ..services.core.errors import ErrorCode
from .context import Info
from .errors import UserError

TOO_MANY = "Too many attempts. Try again later."


@dataclass(frozen=True)
class Limit:
    scope: str
    subject: Callable[[Info, dict[str, Any]], str | None]
    maximum: Callable[[Settings], int]
    count: Literal["attempts", "failures"] = "attempts"
    failure_codes: frozenset[str] = field(default_factory=frozenset)


def by_ip(info: Info, kwargs: dict[str, Any]) -> str | None:
    return info.context.ip or "unknown"


def by_input(name: str) -> Callable[[Info, dict[str, Any]], str | None]:
    def subject(info: Info, kwargs: dict[str, Any]) -> str | None:
        value = getattr(kwargs.get("input"), name, None)
        return str(value).strip().lower() if value else None

    return subject


def by_user(info: Info, kwargs: dict[str, Any]) -> str | None:
    principal = info.context.principal
    return str(principal.user_id) if principal.user_id else None


class Throttled(FieldExtension):
    def __init__(self, action: str, *limits: Limit) -> None:
        self.action = action
        self.limits = limits
        self.payload_type: Any = None

    def apply(self, field: Any) -> None:
        self.payload_type = field.type  # the mutation's Payload class

    async def resolve_async(
        self, next_: AsyncExtensionResolver, source: Any, info: Info, **kwargs: Any
    ) -> Any:
        context = info.context
        throttle, settings = context.throttle, context.settings
        subjects = [(limit, limit.subject(info, kwargs)) for limit in self.limits]
        subjects = [(limit, s) for limit, s in subjects if s]
        for limit, subject in subjects:
            if limit.count == "attempts":
                seen = await throttle.hit(limit.scope, subject)
            else:
                seen = await throttle.count(limit.scope, subject) + 1
            if seen > limit.maximum(settings):
                return await self._refuse(info, limit.scope)
        result = await next_(source, info, **kwargs)
        codes = {str(getattr(e, "code", "")) for e in getattr(result, "errors", None) or []}
        for limit, subject in subjects:
            if limit.count == "failures" and codes & limit.failure_codes:
                await throttle.hit(limit.scope, subject)
        return result

    async def _refuse(self, info: Info, scope: str) -> Any:
        metrics.count(metrics.THROTTLED, self.action)
        context = info.context
        await audit.record(
            context.principal, self.action, AuditOutcome.DENIED, reason=ErrorCode.TOO_MANY_ATTEMPTS.value,
            ip=context.ip, details={"limit": scope},
        )
        return self.payload_type(errors=[UserError(field=None, code=ErrorCode.TOO_MANY_ATTEMPTS, message=TOO_MANY)])


_TOKEN_FAILURES = frozenset({
    ErrorCode.INVITATION_INVALID, ErrorCode.INVITATION_EXPIRED, ErrorCode.INVITATION_USED,
    ErrorCode.INVITATION_REVOKED, ErrorCode.INVITATION_WRONG_KIND,
})


def token_limits(kind: str) -> tuple[Limit, ...]:
    """acceptInvitation, resetPassword: guessing tokens fails, per IP; any failure, per token."""
    return (
        Limit(f"{kind}:ip", by_ip, lambda s: s.token_failures_per_ip, "failures", _TOKEN_FAILURES),
        Limit(f"{kind}:token", by_input("token"), lambda s: s.token_failures_per_token, "failures",
              frozenset(ErrorCode) - {ErrorCode.TOO_MANY_ATTEMPTS}),
    )


RESET_REQUEST_LIMITS = (
    Limit("reset-request:ip", by_ip, lambda s: s.reset_requests_per_ip),
    Limit("reset-request:email", by_input("email"), lambda s: s.reset_requests_per_email),
)
TOTP_LIMITS = (
    Limit("totp:user", by_user, lambda s: s.totp_failures_per_user, "failures",
          frozenset({ErrorCode.INVALID_TOTP_CODE})),
)
