"""What Users and Groups endpoints share: request parsing, paging, preconditions, auditing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import orjson
from pydantic import ValidationError
from starlette.requests import Request

from ..models.enums import AuditOutcome
from ..services.core.errors import DomainError
from .auth import Caller
from .errors import ScimError, from_domain, invalid_syntax, invalid_value

DEFAULT_COUNT = 100
MAX_COUNT = 100  # ServiceProviderConfig filter.maxResults says so
T = TypeVar("T")


async def json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise invalid_syntax("The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise invalid_syntax("The request body must be a JSON object.")
    return body


def known_schemas(body: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    """Drops schema URNs this server does not serve (Entra ID adds its own to Groups), and the
    attributes filed under them: RFC 7644 lets a service provider ignore what it does not know."""
    lowered = {k.lower() for k in known}
    schemas = body.get("schemas")
    if not isinstance(schemas, list):
        return body
    unknown = {s for s in schemas if isinstance(s, str) and s.lower() not in lowered}
    if not unknown:
        return body
    cleaned = {k: v for k, v in body.items() if k not in unknown}
    cleaned["schemas"] = [s for s in schemas if s not in unknown]
    return cleaned


def validation_error(exc: ValidationError) -> ScimError:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    message = first.get("msg", "Invalid value.")
    kind = first.get("type", "")
    if kind == "required_error" or "required" in kind:
        return invalid_value(f"{message}")
    if "mutability" in kind:
        return ScimError(400, f"{where}: {message}", "mutability")
    return invalid_value(f"{where}: {message}" if where else message)


def paging(params: dict[str, str]) -> tuple[int, int]:
    try:
        start = int(params.get("startIndex") or 1)
        count = int(params.get("count") if params.get("count") not in (None, "") else DEFAULT_COUNT)  # type: ignore[arg-type]
    except ValueError:
        raise invalid_value("startIndex and count are integers.") from None
    return max(start, 1), min(max(count, 0), MAX_COUNT)


def descending(params: dict[str, str]) -> bool:
    order = (params.get("sortOrder") or "ascending").lower()
    if order not in ("ascending", "descending"):
        raise invalid_value("sortOrder is ascending or descending.")
    return order == "descending"


def check_if_match(headers: dict[str, str] | Any, current_version: str) -> None:
    """If-Match (RFC 7644 §3.14): a stale version is refused with 412 before anything is written."""
    wanted = headers.get("if-match")
    if not wanted:
        return
    tags = [t.strip() for t in wanted.split(",")]
    strip = [t.removeprefix("W/") for t in tags]
    if "*" in tags or current_version in tags or current_version.removeprefix("W/") in strip:
        return
    raise ScimError(412, "The resource changed since this version (If-Match does not match meta.version).")


async def audited(
    caller: Caller, action: str, target_type: str, target_id: Any, run: Callable[[], Awaitable[T]],
) -> T:
    """Runs a write; one audit event per attempt (ALLOWED, REJECTED or DENIED), actor the token."""
    try:
        result = await run()
    except DomainError as exc:
        error = from_domain(exc)
        await caller.audit(action, AuditOutcome.REJECTED, target_type=target_type, target_id=target_id,
                           reason=error.code)
        raise error from None
    except ScimError as exc:
        outcome = AuditOutcome.DENIED if exc.status in (401, 403) else AuditOutcome.REJECTED
        await caller.audit(action, outcome, target_type=target_type, target_id=target_id,
                           reason=exc.scim_type or str(exc.status))
        raise
    found = getattr(result, "id", None) or target_id
    await caller.audit(action, AuditOutcome.ALLOWED, target_type=target_type, target_id=found)
    return result


def list_response(resources: list[dict[str, Any]], total: int, start: int) -> dict[str, Any]:
    return {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": total, "startIndex": start, "itemsPerPage": len(resources), "Resources": resources,
    }
