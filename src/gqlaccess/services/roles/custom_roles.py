"""Custom roles (SPEC §1, seed 003): created from a predefined template, levels adjusted.

The name is immutable; an edit changes the stored levels, and since access is resolved per
request every holder gets the new levels on their next request. A role is deletable only
while nobody (member or API token) holds it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from ...models import ApiToken, Membership, Role
from ...models.enums import RoleKind
from ...policy.access import AccountAccess, role_levels
from ...policy.capabilities import (
    ADMIN_KEY,
    NON_EDITABLE_CAPABILITIES,
    PREDEFINED_ROLE_NAMES,
    PREDEFINED_ROLES,
    Capability,
    Level,
    dump_levels,
)
from ...policy.grants import may_grant_role
from ..core import events
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from .roles import usable_in_account

ROLE_NAME_MAX = 100
# Predefined roles are listed in the order of the SPEC §4 matrix.
_PREDEFINED_ORDER = {key: i for i, key in enumerate(PREDEFINED_ROLES)}


@dataclass(frozen=True)
class LevelChange:
    capability: Capability
    level: Level


@dataclass(frozen=True)
class AccountRole:
    role: Role
    member_count: int


async def member_counts(account_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Members of the account per role, in one grouped query."""
    rows = (
        await Membership.filter(account_id=account_id)
        .annotate(members=Count("id"))
        .group_by("role_id")
        .values("role_id", "members")
    )
    return {row["role_id"]: row["members"] for row in rows}


async def account_roles(account_id: uuid.UUID) -> list[AccountRole]:
    """Predefined roles, then the account's custom roles, then its temporary roles that still
    have members (a temporary role vanishes with its last member, seed 003)."""
    counts = await member_counts(account_id)
    predefined = sorted(
        await Role.filter(kind=RoleKind.PREDEFINED), key=lambda r: _PREDEFINED_ORDER.get(r.key or "", 99)
    )
    own = await Role.filter(account_id=account_id).order_by("created_at", "name")
    custom = [r for r in own if r.kind == RoleKind.CUSTOM]
    temporary = [r for r in own if r.kind == RoleKind.TEMPORARY and counts.get(r.id, 0) > 0]
    return [AccountRole(r, counts.get(r.id, 0)) for r in (*predefined, *custom, *temporary)]


async def find_account_role(account_id: uuid.UUID, role_id: uuid.UUID | None) -> Role | None:
    """A predefined role, or a role of this account; None for anything else (no leak)."""
    if role_id is None:
        return None
    role = await Role.get_or_none(id=role_id)
    return role if role is not None and usable_in_account(role, account_id) else None


def _check_name(errors: ErrorCollector, raw: str | None) -> str:
    name = " ".join((raw or "").split())
    if not name:
        errors.add("name", ErrorCode.REQUIRED, "A role name is required.")
    elif len(name) > ROLE_NAME_MAX:
        errors.add("name", ErrorCode.TOO_LONG, f"A role name has at most {ROLE_NAME_MAX} characters.")
    elif not name.isprintable():
        errors.add("name", ErrorCode.INVALID_NAME, "A role name cannot hold control characters.")
    return name


async def _name_taken(account_id: uuid.UUID, name: str) -> bool:
    folded = name.casefold()
    if any(folded == n.casefold() for n in PREDEFINED_ROLE_NAMES.values()):
        return True
    names = await Role.filter(account_id=account_id).values_list("name", flat=True)
    return any(folded == str(n).casefold() for n in names)


def _apply_changes(
    errors: ErrorCollector, base: Mapping[Capability, Level], changes: Sequence[LevelChange]
) -> tuple[dict[Capability, Level], dict[Capability, int]]:
    """The levels after the changes, and which input index set each capability."""
    levels = dict(base)
    origin: dict[Capability, int] = {}
    for index, change in enumerate(changes):
        field = f"capabilities.{index}"
        if change.capability in origin:
            errors.add(field, ErrorCode.DUPLICATE_CAPABILITY, f"{change.capability} is listed twice.")
            continue
        origin[change.capability] = index
        if change.capability in NON_EDITABLE_CAPABILITIES and change.level != base.get(change.capability, Level.NONE):
            errors.add(
                field, ErrorCode.CAPABILITY_NOT_EDITABLE,
                f"{change.capability} cannot be changed in a custom role (Admin only).",
            )
            continue
        levels[change.capability] = change.level
    for capability in NON_EDITABLE_CAPABILITIES:
        levels[capability] = Level.NONE  # API tokens stay Admin-only, whatever the template.
    return levels, origin


def _check_bounds(
    errors: ErrorCollector,
    granter: AccountAccess,
    levels: Mapping[Capability, Level],
    origin: Mapping[Capability, int],
    base_field: str,
) -> None:
    """Nobody makes a role above their own (policy.grants); name the offending input."""
    if may_grant_role(granter, None, RoleKind.CUSTOM, levels).allowed:
        return
    reported: set[str] = set()
    for capability, level in levels.items():
        if granter.level(capability).covers(level):
            continue
        field = f"capabilities.{origin[capability]}" if capability in origin else base_field
        if field in reported:
            continue
        reported.add(field)
        errors.add(
            field, ErrorCode.ROLE_EXCEEDS_GRANTER,
            f"You cannot give {capability} at {level}: it is above your own level.",
        )


async def create_custom_role(
    granter: AccountAccess,
    account_id: uuid.UUID,
    *,
    name: str,
    template_role_id: uuid.UUID | None,
    changes: Sequence[LevelChange] = (),
) -> Role:
    errors = ErrorCollector()
    clean_name = _check_name(errors, name)
    template = await find_account_role(account_id, template_role_id)
    base: Mapping[Capability, Level] = {}
    if template is None or template.kind != RoleKind.PREDEFINED:
        errors.add("templateRoleId", ErrorCode.ROLE_TEMPLATE_INVALID, "Choose a predefined role as the template.")
    elif template.key == ADMIN_KEY:
        errors.add("templateRoleId", ErrorCode.ADMIN_ROLE_NOT_DUPLICABLE, "The Admin role cannot be duplicated.")
    else:
        base = role_levels(template)
    levels, origin = _apply_changes(errors, base, changes)
    if template is not None and template.kind == RoleKind.PREDEFINED and template.key != ADMIN_KEY:
        _check_bounds(errors, granter, levels, origin, "templateRoleId")
    name_ok = not any(e.field == "name" for e in errors.errors)
    if name_ok and await _name_taken(account_id, clean_name):
        errors.add("name", ErrorCode.ROLE_NAME_TAKEN, "A role with this name already exists in the account.")
    errors.raise_if_any()
    assert template is not None
    try:
        async with in_transaction():
            return await Role.create(
                account_id=account_id,
                name=clean_name,
                kind=RoleKind.CUSTOM,
                template_key=template.key,
                capabilities=dump_levels(levels),
            )
    except IntegrityError as exc:  # a concurrent creation with the same name
        raise DomainError.of("name", ErrorCode.ROLE_NAME_TAKEN, "A role with this name already exists.") from exc


def _require_custom(role: Role) -> None:
    if role.kind != RoleKind.CUSTOM:
        raise DomainError.of("roleId", ErrorCode.ROLE_NOT_CUSTOM, "Only custom roles can be changed or deleted.")


async def update_custom_role(
    granter: AccountAccess, role: Role, *, changes: Sequence[LevelChange], deps: Deps | None = None
) -> Role:
    """Levels only (the name is immutable). Applies to every holder on their next request."""
    _require_custom(role)
    errors = ErrorCollector()
    levels, origin = _apply_changes(errors, role_levels(role), changes)
    _check_bounds(errors, granter, levels, origin, "roleId")
    errors.raise_if_any()
    role.capabilities = dump_levels(levels)
    async with in_transaction():
        await role.save(update_fields=["capabilities", "updated_at"])
        await access_changed(accounts=[role.account_id])  # type: ignore[attr-defined]
        role_ref = events.ref("Role", role.id)
        deliveries = await events.emit(
            role.account_id,  # type: ignore[attr-defined]
            events.EventType.ROLE_UPDATED,
            {"id": role_ref, "name": role.name, "capabilities": dict(role.capabilities)},
            subject=role_ref,
        )
    if deps is not None:
        await events.dispatch(deps, deliveries)
    return role


async def delete_custom_role(role: Role) -> None:
    """Refused while a member or an API token holds the role."""
    _require_custom(role)
    members = await Membership.filter(role_id=role.id).count()
    tokens = await ApiToken.filter(role_id=role.id).count()
    if members or tokens:
        raise DomainError.of(
            "roleId", ErrorCode.ROLE_IN_USE,
            f"The role is held by {members} member(s) and {tokens} API token(s): move them to another role first.",
        )
    try:
        async with in_transaction():
            await Role.filter(id=role.id).delete()
            await access_changed(accounts=[role.account_id])  # type: ignore[attr-defined]
    except IntegrityError as exc:  # someone got the role in the meantime (FK RESTRICT)
        raise DomainError.of("roleId", ErrorCode.ROLE_IN_USE, "The role is held: move its members first.") from exc

