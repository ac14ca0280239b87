"""Clients of an account (seeds 000, 002): lifecycle, validation, resources, derived status."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from ...models import (
    Account,
    Client,
    ClientResource,
    ClientUser,
    Invitation,
    OutboxEmail,
    Resource,
    Session,
    User,
)
from ...models.enums import ClientStatus, ResourceKind
from ...policy.client_permissions import IMPLIED_RESOURCE_PERMISSIONS, normalize
from ...security import rules
from ..core import events
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode, ErrorCollector
from ..members import identities
from ..members.orphans import prune_users, revoke_sessions_of_locked_out

_PHONE = re.compile(r"^\+?[0-9 ().\-/]{6,30}$")
_PARTNER_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_LIMITS = {"company": 200, "address": 1000, "notes": 5000, "displayName": 200}


def derive_status(
    *, suspended_at: datetime | None, first_login_at: datetime | None, invited_at: datetime | None, assignments: int
) -> ClientStatus:
    """The one place a client's status comes from: facts, never a hand-set value.

    Suspension wins; otherwise the furthest step reached (logged in > invited > site assigned).
    Reactivation clears the suspension, so the status it had comes back by itself.
    """
    if suspended_at is not None:
        return ClientStatus.SUSPENDED
    if first_login_at is not None:
        return ClientStatus.ACTIVE
    if invited_at is not None:
        return ClientStatus.INVITED
    if assignments > 0:
        return ClientStatus.SITE_ASSIGNED
    return ClientStatus.POTENTIAL


async def refresh_status(client: Client, deliveries: list[int] | None = None) -> ClientStatus:
    """Recomputes and stores the status (stored only so lists can filter and sort on it).

    A change emits `client.status_changed` in the caller's transaction; the delivery ids go to
    `deliveries` for the caller to dispatch after commit (otherwise the outbox sweep sends them).
    """
    status = derive_status(
        suspended_at=client.suspended_at,
        first_login_at=client.first_login_at,
        invited_at=client.invited_at,
        assignments=await ClientResource.filter(client_id=client.id).count(),
    )
    if client.status != status:
        old = ClientStatus(client.status)
        client.status = status
        await Client.filter(id=client.id).update(status=status)
        client_ref = events.ref("Client", client.id)
        ids = await events.emit(
            client.account_id,  # type: ignore[attr-defined]
            events.EventType.CLIENT_STATUS_CHANGED,
            {"id": client_ref, "oldStatus": str(old), "status": str(status)},
            subject=client_ref,
        )
        if deliveries is not None:
            deliveries.extend(ids)
    return status


async def _dispatch(deps: Deps | None, deliveries: list[int]) -> None:
    if deps is not None:
        await events.dispatch(deps, deliveries)


def _text(errors: ErrorCollector, field: str, raw: str | None, *, required: bool = False) -> str | None:
    value = (raw or "").strip()
    if not value:
        if required:
            errors.add(field, ErrorCode.REQUIRED, "This field is required.")
        return None
    limit = _LIMITS.get(field, 100)
    if len(value) > limit:
        errors.add(field, ErrorCode.TOO_LONG, f"At most {limit} characters.")
    return value


def _person_name(errors: ErrorCollector, field: str, raw: str | None) -> str | None:
    checked = rules.check_name(raw)
    if isinstance(checked, rules.RuleViolation):
        errors.add(field, checked.code, checked.message)
        return None
    if len(checked) > 100:
        errors.add(field, ErrorCode.TOO_LONG, "At most 100 characters.")
    return checked


def _phone(errors: ErrorCollector, field: str, raw: str | None) -> str | None:
    value = (raw or "").strip()
    if not value:
        return None
    if not _PHONE.match(value) or sum(ch.isdigit() for ch in value) < 6:
        errors.add(field, ErrorCode.INVALID_PHONE, "A phone number holds digits, spaces and + ( ) . - / only.")
    return value


def _partner_id(errors: ErrorCollector, raw: str | None) -> str | None:
    value = (raw or "").strip()
    if not value:
        return None
    if not _PARTNER_ID.match(value):
        errors.add("partnerClientId", ErrorCode.INVALID_PARTNER_CLIENT_ID,
                   "A partner client ID has 1 to 64 letters, digits and . _ - only.")
    return value


def _permissions(errors: ErrorCollector, field: str, values: list[str] | None, implied: tuple = ()) -> list[str]:
    try:
        return normalize(values, implied=implied)
    except ValueError:
        errors.add(field, ErrorCode.INVALID_PERMISSION, "Unknown permission.")
        return []


@dataclass
class ClientFields:
    display_name: str | None = None
    partner_client_id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    address: str | None = None
    phone1: str | None = None
    phone2: str | None = None
    notes: str | None = None
    permissions: list[str] | None = None


def _validate_fields(errors: ErrorCollector, fields: ClientFields, *, creating: bool, given: set[str]) -> dict[str, Any]:
    """Only the fields the caller set (`given`, snake_case) are checked and returned."""
    out: dict[str, Any] = {}
    if "first_name" in given:
        out["first_name"] = _person_name(errors, "firstName", fields.first_name)
    if "last_name" in given:
        out["last_name"] = _person_name(errors, "lastName", fields.last_name)
    if "display_name" in given:
        out["display_name"] = _text(errors, "displayName", fields.display_name, required=not creating)
    if "partner_client_id" in given:
        out["partner_client_id"] = _partner_id(errors, fields.partner_client_id)
    for name in ("company", "address", "notes"):
        if name in given:
            out[name] = _text(errors, name, getattr(fields, name))
    if "phone1" in given:
        out["phone1"] = _phone(errors, "phone1", fields.phone1)
    if "phone2" in given:
        out["phone2"] = _phone(errors, "phone2", fields.phone2)
    if "permissions" in given:
        out["permissions"] = _permissions(errors, "permissions", fields.permissions)
    return out


async def user_for_email(email: str, name: str) -> User:
    """The global identity behind a client login: an existing *established* user, or a new pending one.

    A pending identity belongs to the invitation that created it. Attached here, its client setup
    link (returned to its creator) would set the password of a person another account invited and
    hand over their membership there: refused with the generic code, as createUser does (SPEC §1).
    An activated identity whose mailbox was never proven (services/members/identities.py) is refused the
    same way: whoever chose its password may not be the owner of the address.
    """
    user = await User.get_or_none(email=email)
    if user is None:
        user = await User.create(email=email, name=name)
    elif not identities.is_established(user):
        raise DomainError.of("email", ErrorCode.USER_CANNOT_BE_CREATED, "This user cannot be created.")
    return user


async def create_client(account: Account, email: str, fields: ClientFields) -> tuple[Client, ClientUser]:
    errors = ErrorCollector()
    given = {"first_name", "last_name", "display_name", "partner_client_id", "company", "address",
             "phone1", "phone2", "notes", "permissions"}
    values = _validate_fields(errors, fields, creating=True, given=given)
    normalized = rules.normalize_email(email)
    if isinstance(normalized, rules.RuleViolation):
        errors.add("email", normalized.code, normalized.message)
    elif await Client.exists(account_id=account.id, email=normalized):
        errors.add("email", ErrorCode.DUPLICATE_CLIENT_EMAIL, "This account already has a client with this e-mail.")
    errors.raise_if_any()
    assert isinstance(normalized, str)
    if not values.get("display_name"):
        values["display_name"] = f"{values['first_name']} {values['last_name']}"[:200]
    async with in_transaction():
        client = await Client.create(account_id=account.id, email=normalized, status=ClientStatus.POTENTIAL, **values)
        user = await user_for_email(normalized, f"{values['first_name']} {values['last_name']}"[:200])
        contact = await ClientUser.create(client_id=client.id, user_id=user.id, is_contact=True)
    return client, contact


async def update_client(client: Client, fields: ClientFields, given: set[str]) -> Client:
    """Never the e-mail: it is the client's login (seed 002)."""
    errors = ErrorCollector()
    values = _validate_fields(errors, fields, creating=False, given=given)
    errors.raise_if_any()
    for name, value in values.items():
        setattr(client, name, value)
    if values:
        await client.save(update_fields=[*values.keys(), "updated_at"])
    return client


async def delete_client(client: Client, *, confirm: bool) -> None:
    if not confirm:
        raise DomainError.of("confirm", ErrorCode.CONFIRMATION_REQUIRED, "Deleting a client cannot be undone: confirm.")
    user_ids = set(await ClientUser.filter(client_id=client.id).values_list("user_id", flat=True))
    async with in_transaction():
        invitation_ids = await Invitation.filter(client_id=client.id).values_list("id", flat=True)
        await OutboxEmail.filter(invitation_id__in=list(invitation_ids)).delete()
        await Session.filter(impersonated_client_id=client.id).delete()
        await Invitation.filter(client_id=client.id).delete()
        await ClientResource.filter(client_id=client.id).delete()
        await ClientUser.filter(client_id=client.id).delete()
        await Client.filter(id=client.id).delete()
        await revoke_sessions_of_locked_out(user_ids)
        await prune_users(user_ids)


async def suspend_client(client: Client, now: datetime, *, deps: Deps | None = None) -> Client:
    if client.suspended_at is not None:
        raise DomainError.of("clientId", ErrorCode.CLIENT_SUSPENDED, "This client is already suspended.")
    deliveries: list[int] = []
    async with in_transaction():
        client.suspended_at = now
        await client.save(update_fields=["suspended_at", "updated_at"])
        await refresh_status(client, deliveries)
        user_ids = await ClientUser.filter(client_id=client.id).values_list("user_id", flat=True)
        await revoke_sessions_of_locked_out(user_ids)
        await Session.filter(impersonated_client_id=client.id, revoked_at=None).update(revoked_at=now)
    await _dispatch(deps, deliveries)
    return client


async def reactivate_client(client: Client, *, deps: Deps | None = None) -> Client:
    if client.suspended_at is None:
        raise DomainError.of("clientId", ErrorCode.CLIENT_NOT_SUSPENDED, "This client is not suspended.")
    deliveries: list[int] = []
    async with in_transaction():
        client.suspended_at = None
        await client.save(update_fields=["suspended_at", "updated_at"])
        await refresh_status(client, deliveries)
    await _dispatch(deps, deliveries)
    return client


@dataclass
class Unassigned:
    client: Client
    remaining: int


async def assign_resource(client: Client, resource_id: UUID | None, permissions: list[str] | None, *, deps: Deps | None = None) -> ClientResource:
    """Assigns (or re-permissions) a SITE or APP resource of the client's own account."""
    errors = ErrorCollector()
    perms = _permissions(errors, "permissions", permissions, IMPLIED_RESOURCE_PERMISSIONS)
    resource = None
    if resource_id is not None:
        resource = await Resource.get_or_none(id=resource_id, account_id=client.account_id)  # type: ignore[attr-defined]
    if resource is None or resource.kind not in (ResourceKind.SITE, ResourceKind.APP):
        errors.add("resourceId", ErrorCode.RESOURCE_NOT_FOUND, "No such resource in this account.")
    errors.raise_if_any()
    assert resource is not None
    deliveries: list[int] = []
    async with in_transaction():
        assignment = await ClientResource.get_or_none(client_id=client.id, resource_id=resource.id)
        if assignment is None:
            assignment = await ClientResource.create(client_id=client.id, resource_id=resource.id, permissions=perms)
        else:
            assignment.permissions = perms
            await assignment.save(update_fields=["permissions"])
        await refresh_status(client, deliveries)
    await _dispatch(deps, deliveries)
    return assignment


async def unassign_resource(client: Client, resource_id: UUID | None, *, deps: Deps | None = None) -> Unassigned:
    deleted = 0
    deliveries: list[int] = []
    async with in_transaction():
        if resource_id is not None:
            deleted = await ClientResource.filter(client_id=client.id, resource_id=resource_id).delete()
        if not deleted:
            raise DomainError.of("resourceId", ErrorCode.RESOURCE_NOT_ASSIGNED, "This resource is not assigned to the client.")
        await refresh_status(client, deliveries)
        remaining = await ClientResource.filter(client_id=client.id).count()
    await _dispatch(deps, deliveries)
    return Unassigned(client, remaining)


ORDER_FIELDS = {"NAME": ("display_name",), "CREATED_AT": ("created_at",)}


# The columns a client search looks in: the `clients` query and the clients export alike.
SEARCH_COLUMNS = (
    "display_name", "first_name", "last_name", "email", "company", "phone1", "phone2", "partner_client_id",
)


def search_filter(search: str | None) -> Q | None:
    term = (search or "").strip()
    if not term:
        return None
    return Q(*(Q(**{f"{column}__icontains": term}) for column in SEARCH_COLUMNS), join_type=Q.OR)
