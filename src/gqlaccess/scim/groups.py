"""/Groups: the account's assignable roles (predefined and custom; temporary ones listed only).

A member belongs to exactly one group (one role per account): adding them to a group moves
them out of their previous one; removing them returns them to the account's default role.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, Group, PatchOp
from tortoise.transactions import in_transaction

from ..models import DirectoryGroup, Membership, Role
from ..models.enums import RoleKind
from ..policy import directory
from ..services.core.errors import DomainError, ErrorCode
from ..services.directory import provisioning
from ..services.roles import custom_roles
from ..services.roles.roles import predefined_role_id, usable_in_account
from .auth import Caller
from .errors import ScimError, invalid_value, mutability, not_found
from .filters import GROUP_FILTER, SORT_GROUP, sort_field
from .patch import apply_patch
from .resources import audited, check_if_match, descending, known_schemas, paging, validation_error
from .serialisation import GROUP_SCHEMA, group_resource


async def _visible_ids(account_id: uuid.UUID) -> list[uuid.UUID]:
    return [r.role.id for r in await custom_roles.account_roles(account_id)]


async def load(caller: Caller, raw_id: str) -> Role:
    try:
        role_id = uuid.UUID(raw_id)
    except ValueError:
        raise not_found("Group") from None
    role = await Role.get_or_none(id=role_id)
    if role is None or not usable_in_account(role, caller.account_id):
        raise not_found("Group")  # another account's role reads exactly like a missing one
    return role


async def _members(account_id: uuid.UUID, role_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[Any, str]]]:
    rows = await Membership.filter(account_id=account_id, role_id__in=role_ids).values_list(
        "role_id", "id", "user__email"
    )
    found: dict[uuid.UUID, list[tuple[Any, str]]] = defaultdict(list)
    for role_id, membership_id, email in rows:
        found[role_id].append((membership_id, email))
    return found


async def _external_ids(account_id: uuid.UUID, role_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await DirectoryGroup.filter(account_id=account_id, role_id__in=role_ids).values_list("role_id", "external_id")
    return {role_id: external_id for role_id, external_id in rows}


async def _set_external_id(caller: Caller, role: Role, raw: str | None) -> None:
    value = (raw or "").strip() or None
    if value is not None and len(value) > provisioning.EXTERNAL_ID_MAX:
        raise invalid_value(f"An externalId has at most {provisioning.EXTERNAL_ID_MAX} characters.")
    current = await DirectoryGroup.get_or_none(account_id=caller.account_id, role_id=role.id)
    if value is None:
        if current is not None:
            await current.delete()
    elif current is None:
        await DirectoryGroup.create(account_id=caller.account_id, role_id=role.id, external_id=value)
    elif current.external_id != value:
        current.external_id = value
        await current.save(update_fields=["external_id"])


async def resource(caller: Caller, role: Role, *, with_members: bool = True) -> dict[str, Any]:
    members = (await _members(caller.account_id, [role.id])).get(role.id, []) if with_members else []
    external = (await _external_ids(caller.account_id, [role.id])).get(role.id)
    return group_resource(caller.base_url, role, members, with_members=with_members, external_id=external)


async def fetch(caller: Caller, raw_id: str, *, with_members: bool = True) -> dict[str, Any]:
    return await resource(caller, await load(caller, raw_id), with_members=with_members)


def _excludes_members(params: dict[str, str]) -> bool:
    excluded = {p.strip().lower() for p in (params.get("excludedAttributes") or "").split(",")}
    wanted = {p.strip().lower() for p in (params.get("attributes") or "").split(",") if p.strip()}
    return "members" in excluded or (bool(wanted) and not any(w.startswith("members") for w in wanted))


async def search(caller: Caller, params: dict[str, str]) -> tuple[list[dict[str, Any]], int, int]:
    start, count = paging(params)
    query = Role.filter(id__in=await _visible_ids(caller.account_id))
    if params.get("filter"):
        query = query.filter(GROUP_FILTER(params["filter"])).distinct()
    total = await query.count()
    field = sort_field(params.get("sortBy"), SORT_GROUP)
    order = [f"-{field}" if descending(params) else field] if field else ["kind", "created_at", "name"]
    roles = await query.order_by(*order, "id").offset(start - 1).limit(count) if count else []
    with_members = not _excludes_members(params)
    members = await _members(caller.account_id, [r.id for r in roles]) if with_members else {}
    external = await _external_ids(caller.account_id, [r.id for r in roles])
    out = [
        group_resource(caller.base_url, r, members.get(r.id, []), with_members=with_members,
                       external_id=external.get(r.id))
        for r in roles
    ]
    return out, total, start


def _parse(body: dict[str, Any], context: Context) -> Any:
    body = known_schemas(body, (GROUP_SCHEMA,))
    try:
        return Group.model_validate(body, scim_ctx=context)
    except ValidationError as exc:
        raise validation_error(exc) from None


def _member_ids(group: Any) -> set[uuid.UUID]:
    ids: set[uuid.UUID] = set()
    for member in group.members or []:
        try:
            ids.add(uuid.UUID(str(member.value)))
        except (ValueError, TypeError):
            raise invalid_value(f"{member.value!r} is not a member of this account.") from None
    return ids


async def _set_members(caller: Caller, role: Role, wanted: set[uuid.UUID]) -> None:
    """Moves members in and out of the group, all or nothing."""
    current = {m for m, _ in (await _members(caller.account_id, [role.id])).get(role.id, [])}
    added, removed = wanted - current, current - wanted
    if not added and not removed:
        return
    caller.require(directory.may_provision_users(caller.access))
    if added and role.kind == RoleKind.TEMPORARY:
        raise mutability("Nobody can be added to a temporary role.")
    found = {m.id: m for m in await Membership.filter(account_id=caller.account_id, id__in=list(added | removed))}
    missing = [str(m) for m in added | removed if m not in found]
    if missing:
        raise invalid_value(f"Not members of this account: {', '.join(sorted(missing))}.")
    async with in_transaction():
        for membership_id in sorted(added, key=str):
            await provisioning.assign_role(caller.deps, caller.access, found[membership_id], role.id)
        for membership_id in sorted(removed, key=str):
            await provisioning.release_to_default(caller.deps, caller.access, found[membership_id])


async def _template_id(account_id: uuid.UUID) -> uuid.UUID:
    default = await Role.get(id=await provisioning.default_role_id(account_id))
    if default.kind == RoleKind.PREDEFINED:
        return default.id
    return predefined_role_id(default.template_key or provisioning.FALLBACK_ROLE_KEY)


async def create(caller: Caller, body: dict[str, Any]) -> dict[str, Any]:
    async def run() -> Role:
        caller.require(directory.may_manage_groups(caller.access))
        parsed = _parse(body, Context.RESOURCE_CREATION_REQUEST)
        wanted = _member_ids(parsed)
        async with in_transaction():
            role = await custom_roles.create_custom_role(
                caller.access, caller.account_id, name=parsed.display_name or "",
                template_role_id=await _template_id(caller.account_id),
            )
            await _set_members(caller, role, wanted)
            await _set_external_id(caller, role, parsed.external_id)
        return role

    role = await audited(caller, "group.create", "Role", None, run)
    return await fetch(caller, str(role.id))


async def _apply(caller: Caller, role: Role, parsed: Any) -> Role:
    if parsed.display_name is not None and parsed.display_name != role.name:
        raise mutability("A group's displayName is its role's name, which cannot change.")
    wanted = _member_ids(parsed)
    async with in_transaction():
        await _set_members(caller, role, wanted)
        if parsed.external_id != (await _external_ids(caller.account_id, [role.id])).get(role.id):
            caller.require(directory.may_manage_groups(caller.access))
            await _set_external_id(caller, role, parsed.external_id)
    return role


async def replace(caller: Caller, raw_id: str, body: dict[str, Any], headers: Any) -> dict[str, Any]:
    role = await load(caller, raw_id)

    async def run() -> Role:
        check_if_match(headers, (await resource(caller, role))["meta"]["version"])
        return await _apply(caller, role, _parse(body, Context.RESOURCE_REPLACEMENT_REQUEST))

    await audited(caller, "group.replace", "Role", role.id, run)
    return await fetch(caller, raw_id)


async def patch(caller: Caller, raw_id: str, body: dict[str, Any], headers: Any) -> dict[str, Any]:
    role = await load(caller, raw_id)

    async def run() -> Role:
        current = await resource(caller, role)
        check_if_match(headers, current["meta"]["version"])
        return await _apply(caller, role, apply_patch(PatchOp[Group], Group, current, body))  # type: ignore[misc]

    await audited(caller, "group.patch", "Role", role.id, run)
    return await fetch(caller, raw_id)


async def delete(caller: Caller, raw_id: str, headers: Any) -> None:
    role = await load(caller, raw_id)

    async def run() -> Role:
        caller.require(directory.may_manage_groups(caller.access))
        check_if_match(headers, (await resource(caller, role))["meta"]["version"])
        if role.kind != RoleKind.CUSTOM:
            raise mutability("Only custom roles can be deleted; predefined and temporary roles stay.")
        try:
            await custom_roles.delete_custom_role(role)
        except DomainError as exc:
            if exc.errors[0].code == ErrorCode.ROLE_IN_USE:
                raise ScimError(409, "This group still has members (or API tokens): move them first.") from None
            raise
        return role

    await audited(caller, "group.delete", "Role", role.id, run)
