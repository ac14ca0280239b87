"""/Users: the account's members as SCIM Users (RFC 7644 §3.3–3.6)."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, EnterpriseUser, PatchOp, User

from ..models import Membership
from ..models.enums import AuditOutcome
from ..policy import directory
from ..security import rules
from ..services.audit import audit
from ..services.core.errors import DomainError
from ..services.directory import provisioning
from .auth import Caller
from .errors import ScimError, from_domain, invalid_value, mutability, not_found
from .filters import SORT_USER, USER_FILTER, sort_field
from .patch import apply_patch
from .resources import audited, check_if_match, descending, known_schemas, paging, validation_error
from .serialisation import ENTERPRISE_SCHEMA, USER_SCHEMA, user_resource

ScimUser = User[EnterpriseUser]


def _parse_id(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


async def load(caller: Caller, raw_id: str) -> Membership:
    membership_id = _parse_id(raw_id)
    membership = None
    if membership_id is not None:
        membership = await Membership.filter(account_id=caller.account_id, id=membership_id).select_related(
            "user", "role"
        ).first()
    if membership is None:
        raise not_found("User")
    return membership


def resource(caller: Caller, membership: Membership) -> dict[str, Any]:
    return user_resource(caller.base_url, membership, membership.user, membership.role)


async def fetch(caller: Caller, raw_id: str) -> dict[str, Any]:
    return resource(caller, await load(caller, raw_id))


def _display_name(user: User) -> str | None:  # type: ignore[type-arg]
    if user.display_name:
        return str(user.display_name).strip() or None
    name = user.name
    if name is None:
        return None
    if name.formatted:
        return str(name.formatted).strip() or None
    parts = [p for p in (name.given_name, name.family_name) if p]
    return " ".join(parts) or None


def _desired(user: Any, *, email: str, fallback_name: str | None = None) -> provisioning.DesiredUser:
    try:
        extension = user[EnterpriseUser]
    except (KeyError, TypeError):
        extension = None
    department = extension.department if extension is not None else None
    return provisioning.DesiredUser(
        email=email,
        name=_display_name(user) or fallback_name,
        department=department,
        external_id=user.external_id,
        active=True if user.active is None else bool(user.active),
    )


def _normalized(user_name: str | None) -> str:
    email = rules.normalize_email(user_name or "")
    if isinstance(email, rules.RuleViolation):
        raise invalid_value(f"userName must be the person's e-mail address ({email.message})")
    return email


def _parse(body: dict[str, Any], context: Context) -> Any:
    body = known_schemas(body, (USER_SCHEMA, ENTERPRISE_SCHEMA))
    try:
        return ScimUser.model_validate(body, scim_ctx=context)
    except ValidationError as exc:
        raise validation_error(exc) from None


async def create(caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
    async def run() -> Membership:
        caller.require(directory.may_provision_users(caller.access))
        parsed = _parse(body, Context.RESOURCE_CREATION_REQUEST)
        email = _normalized(parsed.user_name)
        membership = await provisioning.provision(caller.deps, caller.access, _desired(parsed, email=email))
        return membership

    membership = await audited(caller, "user.create", "Membership", None, run)
    return await fetch(caller, str(membership.id))


async def create_many(caller: Caller, bodies: list[dict[str, Any]]) -> list[dict[str, Any] | ScimError]:
    """POSTs of one /Bulk request, provisioned together (set-based); one result per body, in order."""
    out: list[dict[str, Any] | ScimError] = []
    decision = directory.may_provision_users(caller.access)
    if not decision.allowed:
        refused = ScimError(403, f"This SCIM token's role does not allow this ({decision.reason}).")
        await audit.record_many(caller.principal, "scim.user.create", [(AuditOutcome.DENIED, None, "403")] * len(bodies),
                                account_id=caller.account_id, target_type="Membership", ip=caller.ip)
        return [refused for _ in bodies]
    wanted: list[provisioning.DesiredUser] = []
    positions: list[int] = []
    for index, body in enumerate(bodies):
        try:
            parsed = _parse(body, Context.RESOURCE_CREATION_REQUEST)
            wanted.append(_desired(parsed, email=_normalized(parsed.user_name)))
            positions.append(index)
            out.append({})
        except ScimError as exc:
            out.append(exc)
    try:
        provisioned = await provisioning.provision_many(caller.deps, caller.access, wanted) if wanted else []
    except DomainError as exc:  # the whole run refused (a concurrent creation of one of its e-mails)
        provisioned = [provisioning.Provisioned(error=exc) for _ in wanted]
    ids = [p.membership.id for p in provisioned if p.membership is not None]
    rows = {m.id: m for m in await Membership.filter(id__in=ids).select_related("user", "role")} if ids else {}
    for index, result in zip(positions, provisioned, strict=True):
        if result.membership is not None:
            out[index] = resource(caller, rows[result.membership.id])
        else:
            assert isinstance(result.error, DomainError)
            out[index] = from_domain(result.error)
    attempts = [
        (AuditOutcome.ALLOWED, item["id"], None) if isinstance(item, dict)
        else (AuditOutcome.REJECTED, None, item.code or item.scim_type)
        for item in out
    ]
    await audit.record_many(caller.principal, "scim.user.create", attempts, account_id=caller.account_id,
                            target_type="Membership", ip=caller.ip)
    return out


async def _apply(caller: Caller, membership: Membership, desired: provisioning.DesiredUser) -> Membership:
    if desired.email != membership.user.email:
        raise mutability("userName is the e-mail address and cannot change: remove the user and create them again.")
    return await provisioning.apply(caller.deps, caller.access, membership, desired)


async def replace(caller: Caller, raw_id: str, body: dict[str, Any], headers: Any) -> dict[str, Any]:
    membership = await load(caller, raw_id)

    async def run() -> Membership:
        caller.require(directory.may_provision_users(caller.access))
        check_if_match(headers, resource(caller, membership)["meta"]["version"])
        parsed = _parse(body, Context.RESOURCE_REPLACEMENT_REQUEST)
        email = _normalized(parsed.user_name) if parsed.user_name else membership.user.email
        return await _apply(caller, membership, _desired(parsed, email=email, fallback_name=membership.user.name))

    await audited(caller, "user.replace", "Membership", membership.id, run)
    return await fetch(caller, raw_id)


async def patch(caller: Caller, raw_id: str, body: dict[str, Any], headers: Any) -> dict[str, Any]:
    membership = await load(caller, raw_id)

    async def run() -> Membership:
        caller.require(directory.may_provision_users(caller.access))
        current = resource(caller, membership)
        check_if_match(headers, current["meta"]["version"])
        patched = apply_patch(PatchOp[ScimUser], ScimUser, current, body)  # type: ignore[misc]
        email = _normalized(patched.user_name) if patched.user_name else membership.user.email
        return await _apply(caller, membership, _desired(patched, email=email, fallback_name=membership.user.name))

    await audited(caller, "user.patch", "Membership", membership.id, run)
    return await fetch(caller, raw_id)


async def delete(caller: Caller, raw_id: str, headers: Any) -> None:
    membership = await load(caller, raw_id)

    async def run() -> Membership:
        caller.require(directory.may_provision_users(caller.access))
        check_if_match(headers, resource(caller, membership)["meta"]["version"])
        await provisioning.deprovision(caller.deps, caller.access, membership)
        return membership

    await audited(caller, "user.delete", "Membership", membership.id, run)


async def search(caller: Caller, params: dict[str, str]) -> tuple[list[dict[str, Any]], int, int]:
    start, count = paging(params)
    query = Membership.filter(account_id=caller.account_id)
    if params.get("filter"):
        query = query.filter(USER_FILTER(params["filter"]))
    field = sort_field(params.get("sortBy"), SORT_USER)
    total = await query.count()
    order = [f"-{field}" if descending(params) else field] if field else []
    rows = await query.order_by(*order, "created_at", "id").offset(start - 1).limit(count).select_related(
        "user", "role"
    ) if count else []
    return [resource(caller, m) for m in rows], total, start

