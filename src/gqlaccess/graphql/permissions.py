"""Who may call a root field at all, declared on the field and checked before its resolver runs.

`Requires(Who.X)` imitates Strawberry's `PermissionExtension`: authentication and read-only
(view-as-client) refusals come before any object is looked up, so a real ID of another tenant
and a forged one get the same answer (issue 15 §3: no existence oracle). Every Mutation field
gets `Requires(Who.WRITER)` unless it declares otherwise (`with_default_requirements`, applied when
the schema is composed): secure by default, exceptions declared where the field is defined.
Capability and object checks stay in `guards.authorize()` (they need the loaded object).

For mutations the check runs first thing in `runner.run_mutation`, so that the refusal is audited
like every attempt; for queries the extension itself checks before resolving.
`tests/authz` reads `requirement_of(field)` to tie the matrix to the declaration.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from strawberry.extensions.field_extension import AsyncExtensionResolver, FieldExtension
from strawberry.types.field import StrawberryField

from ..policy.principal import PrincipalKind
from .context import Info
from .errors import Forbidden, Unauthenticated


class Who(StrEnum):
    ANYONE = "ANYONE"  # no token needed (login, links, public catalogues)
    AUTHENTICATED = "AUTHENTICATED"  # any valid bearer token, view-as-client included
    WRITER = "WRITER"  # any valid bearer token that may change things (not view-as-client)
    SESSION = "SESSION"  # a person's own session (no API token, no view-as-client)
    SESSION_OR_IMPERSONATION = "SESSION_OR_IMPERSONATION"  # a person's session or a view-as-client token


def check(info: Info, who: Who) -> None:
    """Raises UNAUTHENTICATED / FORBIDDEN; looks nothing up."""
    if who == Who.ANYONE:
        return
    principal = info.context.principal
    if not principal.is_authenticated:
        if principal.rejected_token:
            raise Unauthenticated("The bearer token is invalid, expired or revoked.")
        raise Unauthenticated()
    if who == Who.AUTHENTICATED:
        return
    if principal.read_only and who in (Who.WRITER, Who.SESSION):
        raise Forbidden("READ_ONLY", "A view-as-client token is read-only.")
    if who in (Who.SESSION, Who.SESSION_OR_IMPERSONATION) and principal.kind not in (
        PrincipalKind.USER, PrincipalKind.IMPERSONATION
    ):
        raise Forbidden("USER_SESSION_REQUIRED", "This operation needs a user session, not an API token.")


class Requires(FieldExtension):
    def __init__(self, who: Who) -> None:
        self.who = who
        self.checked_by_runner = False  # set for Mutation fields: run_mutation checks (and audits)

    async def resolve_async(
        self, next_: AsyncExtensionResolver, source: Any, info: Info, **kwargs: Any
    ) -> Any:
        if not self.checked_by_runner:
            check(info, self.who)
        return await next_(source, info, **kwargs)


def requirement_of(field: StrawberryField) -> Who | None:
    for extension in field.extensions:
        if isinstance(extension, Requires):
            return extension.who
    return None


def check_declared(info: Info) -> None:
    """For run_mutation: the requirement declared on the field being resolved."""
    field = getattr(info, "_field", None)
    who = requirement_of(field) if field is not None else None
    check(info, who if who is not None else Who.WRITER)


def with_default_requirements(mutation_type: type) -> type:
    """Every Mutation field without a declaration requires a writer; all are checked by the runner."""
    for field in mutation_type.__strawberry_definition__.fields:  # type: ignore[attr-defined]
        declared = next((e for e in field.extensions if isinstance(e, Requires)), None)
        if declared is None:
            declared = Requires(Who.WRITER)
            field.extensions.append(declared)
        declared.checked_by_runner = True
    return mutation_type
