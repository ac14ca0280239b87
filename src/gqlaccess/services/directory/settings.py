"""Per-account directory (SCIM) settings: provisioning defaults and who owns the attributes.

- `default_role`: the role of a provisioned user, and the one a member returns to when the
  directory removes them from their group (absent: Marketing limited, the narrowest role).
- media sources / geos: the data scope of a provisioned user (absent: all).
- `directory_owns_attributes`: when set, GraphQL refuses to change what the directory owns on
  directory-managed members (name, department, active, role) with DIRECTORY_MANAGED, so the
  identity provider stays the source of truth.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pycountry

from ...models import DirectorySettings, Membership
from ...models.enums import RoleKind
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from ..members.member_access import MAX_MEDIA_SOURCE_LENGTH, MAX_SCOPE_VALUES, normalize_values
from ..roles.custom_roles import find_account_role


@dataclass
class SettingsChange:
    default_role_id: uuid.UUID | None = None
    default_role_id_invalid: bool = False
    reset_default_role: bool = False
    media_sources: tuple[bool, list[str]] | None = None  # (all, values)
    geos: tuple[bool, list[str]] | None = None
    directory_owns_attributes: bool | None = None


async def get(account_id: uuid.UUID) -> DirectorySettings | None:
    return await DirectorySettings.get_or_none(account_id=account_id).select_related("default_role")


async def update(account_id: uuid.UUID, change: SettingsChange, *, updated_by_id: uuid.UUID | None) -> DirectorySettings:
    errors = ErrorCollector()
    settings = await DirectorySettings.get_or_none(account_id=account_id) or DirectorySettings(account_id=account_id)
    if change.default_role_id_invalid:
        errors.add("defaultRoleId", ErrorCode.ROLE_NOT_FOUND, "This role does not exist in this account.")
    elif change.default_role_id is not None:
        role = await find_account_role(account_id, change.default_role_id)
        if role is None:
            errors.add("defaultRoleId", ErrorCode.ROLE_NOT_FOUND, "This role does not exist in this account.")
        elif role.kind == RoleKind.TEMPORARY:
            errors.add("defaultRoleId", ErrorCode.TEMPORARY_ROLE_NOT_ASSIGNABLE, "Temporary roles cannot be assigned.")
        else:
            settings.default_role_id = role.id  # type: ignore[attr-defined]
    elif change.reset_default_role:
        settings.default_role_id = None  # type: ignore[attr-defined]
    if change.media_sources is not None:
        everything, raw = change.media_sources
        values = list(normalize_values(raw))
        if not everything and (len(values) > MAX_SCOPE_VALUES or any(not v or len(v) > MAX_MEDIA_SOURCE_LENGTH
                                                                     for v in values)):
            errors.add("mediaSources", ErrorCode.INVALID, "Media sources are 1 to 200 characters, at most 10,000.")
        settings.media_sources_all, settings.media_sources = everything, [] if everything else values
    if change.geos is not None:
        everything, raw = change.geos
        codes = [v.upper() for v in normalize_values(raw)]
        if not everything and any(pycountry.countries.get(alpha_2=c) is None for c in codes):
            errors.add("geos", ErrorCode.INVALID_COUNTRY_CODE, "Geos are ISO 3166-1 alpha-2 country codes.")
        settings.geos_all, settings.geos = everything, [] if everything else sorted(set(codes))
    if change.directory_owns_attributes is not None:
        settings.directory_owns_attributes = change.directory_owns_attributes
    errors.raise_if_any()
    settings.updated_by_id = updated_by_id
    await settings.save()
    return await DirectorySettings.get(id=settings.id).select_related("default_role")


async def check_editable(membership: Membership, *, fields: set[str]) -> None:
    """GraphQL edits of a directory-managed member: refused when the account lets the directory own
    what they touch (name, department, status, role); `fields` names the inputs, for the error."""
    if not fields or not membership.directory_managed:
        return
    owns = await DirectorySettings.filter(
        account_id=membership.account_id, directory_owns_attributes=True  # type: ignore[attr-defined]
    ).exists()
    if owns:
        first = sorted(fields)[0]
        raise DomainError.of(
            first, ErrorCode.DIRECTORY_MANAGED,
            "The account's directory (SCIM) manages this member: change it in the identity provider.",
        )
