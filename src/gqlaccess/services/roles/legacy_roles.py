"""Migrating a legacy account's users onto temporary roles (seed 003, "Rôles temporaires").

Legacy accounts arrive as a JSON file:

    {"users": [
        {"email": "diana@example.com", "name": "Diana", "capabilities": {"users": "VIEW", "clients": "MANAGE"}},
        {"email": "edward@example.com", "capabilities": {"clients": "VIEW"}},
        {"email": "boss@example.com", "role": "admin"}
    ]}

(a bare list of users is accepted too). Capabilities missing from an entry are NONE.
Users with the same capabilities share one temporary role, named "Temporary role N" with N
continuing the account's numbering; an entry with `role` (a predefined role key, e.g. the
legacy Admins) gets that predefined role instead. New e-mails become pending users with a
48-hour activation link; activated users elsewhere get a membership; members already in the
account are left as they are (so a re-run is harmless). Everything is validated before
anything is written, and written in one transaction.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from ...models import Account, Membership, Role, User
from ...models.enums import InvitationKind, RoleKind
from ...policy.capabilities import (
    NON_EDITABLE_CAPABILITIES,
    PREDEFINED_ROLES,
    Capability,
    Level,
    dump_levels,
)
from ...security import rules
from ..core import outbox
from ..core.access_changes import access_changed
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from ..invitations import invitations
from ..members import identities
from .roles import predefined_role_id

TEMPORARY_ROLE_NAME = "Temporary role {n}"
_TEMPORARY_NUMBER = re.compile(r"^Temporary role (\d+)$")
MAX_ENTRIES = 10_000


@dataclass
class LegacyEntry:
    email: str
    name: str
    role_key: str | None
    levels: dict[Capability, Level]


@dataclass
class ImportedUser:
    email: str
    role_name: str
    invitation_url: str | None = None


@dataclass
class LegacyImportResult:
    roles: list[Role] = field(default_factory=list)
    added: list[ImportedUser] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already members of the account
    outbox_ids: list[int] = field(default_factory=list)


def parse_entries(document: Any) -> list[LegacyEntry]:
    """Validates the whole document; every problem is reported with its path."""
    errors = ErrorCollector()
    raw_users = document.get("users") if isinstance(document, dict) else document
    if not isinstance(raw_users, list):
        raise DomainError.of("users", ErrorCode.INVALID, 'Expected {"users": [...]} or a list of users.')
    if len(raw_users) > MAX_ENTRIES:
        raise DomainError.of("users", ErrorCode.TOO_LONG, f"At most {MAX_ENTRIES} users per import.")
    entries: list[LegacyEntry] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_users):
        path = f"users.{index}"
        if not isinstance(raw, dict):
            errors.add(path, ErrorCode.INVALID, "Each user is an object with an e-mail.")
            continue
        email = rules.normalize_email(str(raw.get("email") or ""))
        if isinstance(email, rules.RuleViolation):
            errors.add(f"{path}.email", email.code, email.message)
            email = ""
        elif email in seen:
            errors.add(f"{path}.email", ErrorCode.INVALID, "This e-mail is listed twice.")
        seen.add(email)
        name: str | rules.RuleViolation = ""
        if raw.get("name") or email:  # the name defaults to the e-mail's local part
            default = re.sub(r"[^\w .\-'\"]", " ", email.split("@")[0]).strip() or "User"
            name = rules.check_name(str(raw.get("name") or default))
        if isinstance(name, rules.RuleViolation):
            errors.add(f"{path}.name", name.code, name.message)
            name = ""
        role_key = raw.get("role")
        capabilities = raw.get("capabilities")
        levels = {capability: Level.NONE for capability in Capability}
        if role_key is not None:
            if capabilities is not None:
                errors.add(f"{path}.role", ErrorCode.INVALID, "Give either a role or capabilities, not both.")
            elif role_key not in PREDEFINED_ROLES:
                errors.add(f"{path}.role", ErrorCode.INVALID, f"Unknown predefined role {role_key!r}.")
        elif not isinstance(capabilities, dict):
            errors.add(f"{path}.capabilities", ErrorCode.REQUIRED, "Give the user's legacy capabilities.")
        else:
            for cap_name, level_name in capabilities.items():
                cap_path = f"{path}.capabilities.{cap_name}"
                try:
                    capability, level = Capability(cap_name), Level(str(level_name).upper())
                except ValueError:
                    errors.add(cap_path, ErrorCode.INVALID, "Unknown capability or level (NONE, VIEW, MANAGE).")
                    continue
                if capability in NON_EDITABLE_CAPABILITIES and level != Level.NONE:
                    errors.add(cap_path, ErrorCode.CAPABILITY_NOT_EDITABLE,
                               f"{capability} is Admin-only: give the user the admin role instead.")
                    continue
                levels[capability] = level
        entries.append(LegacyEntry(email, name, role_key, levels))
    errors.raise_if_any()
    return entries


async def _next_temporary_number(account_id: uuid.UUID) -> int:
    names = await Role.filter(account_id=account_id, kind=RoleKind.TEMPORARY).values_list("name", flat=True)
    numbers = [int(m.group(1)) for n in names if (m := _TEMPORARY_NUMBER.match(str(n)))]
    return max(numbers, default=0) + 1


async def import_legacy_roles(deps: Deps, account_id: uuid.UUID, document: Any) -> LegacyImportResult:
    account = await Account.get_or_none(id=account_id)
    if account is None:
        raise DomainError.of("accountId", ErrorCode.NOT_FOUND, "No such account.")
    entries = parse_entries(document)
    errors = ErrorCollector()
    users = {u.email: u for u in await User.filter(email__in=[e.email for e in entries])}
    members = set(
        await Membership.filter(account_id=account_id, user_id__in=[u.id for u in users.values()])
        .values_list("user_id", flat=True)
    )
    result = LegacyImportResult()
    to_add: list[LegacyEntry] = []
    for index, entry in enumerate(entries):
        existing = users.get(entry.email)
        if existing is not None and existing.id in members:
            result.skipped.append(entry.email)
        elif existing is not None and not identities.is_established(existing):
            # Not activated or mailbox unproven: cannot join a second account (seed 003,
            # services/members/identities.py); same generic answer as createUser.
            errors.add(f"users.{index}.email", ErrorCode.USER_CANNOT_BE_CREATED, "This user cannot be created.")
        else:
            to_add.append(entry)
    if account.max_users is not None:
        current = await Membership.filter(account_id=account_id).count()
        if current + len(to_add) > account.max_users:
            errors.add("users", ErrorCode.PLAN_USER_LIMIT_REACHED,
                       f"The plan allows {account.max_users} users; the account has {current}.")
    errors.raise_if_any()

    async with in_transaction():
        number = await _next_temporary_number(account_id)
        temporary: dict[tuple[tuple[str, str], ...], Role] = {}
        for entry in to_add:
            if entry.role_key is not None:
                role_id = predefined_role_id(entry.role_key)
                role_name = entry.role_key
            else:
                signature = tuple(sorted(dump_levels(entry.levels).items()))
                role = temporary.get(signature)
                if role is None:
                    role = await Role.create(
                        account_id=account_id, name=TEMPORARY_ROLE_NAME.format(n=number),
                        kind=RoleKind.TEMPORARY, capabilities=dict(signature),
                    )
                    number += 1
                    temporary[signature] = role
                    result.roles.append(role)
                role_id, role_name = role.id, role.name
            user = users.get(entry.email)
            if user is None:  # the operator running the import vouches for the address
                user = await User.create(email=entry.email, name=entry.name, email_verified_at=deps.now())
            await Membership.create(account_id=account_id, user_id=user.id, role_id=role_id)
            imported = ImportedUser(entry.email, role_name)
            if user.activated_at is None:
                issued = await invitations.issue(
                    deps, InvitationKind.USER_ACTIVATION, email=user.email, account_id=account_id, user_id=user.id
                )
                imported.invitation_url = issued.url(deps.settings)
                row = await outbox.record_email(
                    deps.settings, template="user_activation", to_email=user.email, language=account.language,
                    variables={"name": user.name, "account_name": account.name, "url": imported.invitation_url,
                               "expires_at": issued.invitation.expires_at.isoformat()},
                    invitation_id=issued.invitation.id, account_id=account_id,
                )
                result.outbox_ids.append(row.id)
            result.added.append(imported)
        if to_add:
            await access_changed(accounts=[account_id])
    await deps.queue.enqueue_emails(result.outbox_ids)
    return result
