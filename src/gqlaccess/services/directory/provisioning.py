"""Directory provisioning: what a SCIM client's requests do to an account's members.

Every change goes through the member services GraphQL uses (`users.create_user`,
`memberships.update_membership`, `set_status`, `remove_users`), so validation, the plan limit,
allowed domains, existing-identity rules, webhooks and grant bounds are the same. This module
adds only what a directory owns: the external id per account, the "managed by directory" mark,
the account's provisioning defaults, and the owner rule (never deactivated or removed here).

A deactivated member can no longer act in the account from their very next request (access is
resolved per request from the membership), which is how deactivation ends their sessions in this
account without logging them out of their other accounts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from ...models import Account, DirectorySettings, Membership, User
from ...models.enums import MembershipStatus
from ...policy.access import AccountAccess
from ..accounts import account_policies
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..members import memberships, users
from ..members.member_access import AccessChange, ValuesSpec
from ..roles.roles import predefined_role_id

# The narrowest predefined role: what a provisioned user gets unless the account chose otherwise.
FALLBACK_ROLE_KEY = "marketing_limited"
EXTERNAL_ID_MAX = 255
_OWNER = "The account owner cannot be deactivated or removed by the directory: transfer ownership first."


@dataclass
class DesiredUser:
    email: str
    name: str | None
    department: str | None
    external_id: str | None
    active: bool


async def directory_settings(account_id: uuid.UUID) -> DirectorySettings | None:
    return await DirectorySettings.get_or_none(account_id=account_id)


async def default_role_id(account_id: uuid.UUID) -> uuid.UUID:
    settings = await directory_settings(account_id)
    if settings is not None and settings.default_role_id is not None:  # type: ignore[attr-defined]
        return settings.default_role_id  # type: ignore[attr-defined,no-any-return]
    return predefined_role_id(FALLBACK_ROLE_KEY)


async def _defaults(account_id: uuid.UUID) -> AccessChange:
    settings = await directory_settings(account_id)
    change = AccessChange(role_id=await default_role_id(account_id))
    if settings is not None:
        change.media_sources = ValuesSpec(settings.media_sources_all, tuple(settings.media_sources or ()))
        change.geos = ValuesSpec(settings.geos_all, tuple(settings.geos or ()))
    return change


def _clean_external_id(raw: str | None) -> str | None:
    value = (raw or "").strip() or None
    if value is not None and len(value) > EXTERNAL_ID_MAX:
        raise DomainError.of("externalId", ErrorCode.TOO_LONG, f"An externalId has at most {EXTERNAL_ID_MAX} characters.")
    return value


async def _check_external_id(account_id: uuid.UUID, external_id: str | None, except_id: uuid.UUID | None) -> None:
    if external_id is None:
        return
    taken = Membership.filter(account_id=account_id, external_id=external_id)
    if except_id is not None:
        taken = taken.exclude(id=except_id)
    if await taken.exists():
        raise DomainError.of("externalId", ErrorCode.USER_CANNOT_BE_CREATED,
                             "Another member of this account has this externalId.")


async def is_owner(membership: Membership) -> bool:
    owner = await Account.filter(id=membership.account_id).values_list("owner_id", flat=True)  # type: ignore[attr-defined]
    return bool(owner) and owner[0] == membership.user_id  # type: ignore[attr-defined]


async def provision(deps: Deps, access: AccountAccess, desired: DesiredUser) -> Membership:
    """POST /Users: a membership with the account's defaults and the activation invitation."""
    account_id = access.account_id
    external_id = _clean_external_id(desired.external_id)
    await _check_external_id(account_id, external_id, None)
    await account_policies.check_email_domain(account_id, desired.email, field="userName")
    name = desired.name or desired.email.split("@", 1)[0]
    created = await users.create_user(
        deps, access, account_id,
        users.NewUser(email=desired.email, name=name, department=desired.department, access=await _defaults(account_id)),
        actor_user_id=None,
    )
    membership = created.membership
    membership.external_id = external_id
    membership.directory_managed = True
    await membership.save(update_fields=["external_id", "directory_managed", "updated_at"])
    if not desired.active:
        membership = await memberships.set_status(deps, access, membership, MembershipStatus.INACTIVE)
    return membership


async def apply(deps: Deps, access: AccountAccess, membership: Membership, desired: DesiredUser) -> Membership:
    """PUT/PATCH /Users/{id}: brings the member to the desired state, all or nothing."""
    user = await User.get(id=membership.user_id)  # type: ignore[attr-defined]
    external_id = _clean_external_id(desired.external_id)
    await _check_external_id(access.account_id, external_id, membership.id)
    status = MembershipStatus.ACTIVE if desired.active else MembershipStatus.INACTIVE
    if status != membership.status and await is_owner(membership):
        raise DomainError.of("active", ErrorCode.OWNER_IMMUTABLE, _OWNER)
    profile = memberships.ProfileChange()
    name = desired.name or user.name
    if name != user.name:
        profile.name, profile.fields = name, profile.fields | {"name"}
    department = (desired.department or "").strip() or None
    if department != user.department:
        profile.department, profile.fields = department, profile.fields | {"department"}
    if profile.fields:
        profile.notification_email = user.notification_email
    async with in_transaction():  # the services' own transactions nest in this one
        if profile.fields:
            membership = await memberships.update_membership(deps, access, membership, AccessChange(), profile)
        if status != membership.status:
            membership = await memberships.set_status(deps, access, membership, status)
        if external_id != membership.external_id or not membership.directory_managed:
            membership.external_id = external_id
            membership.directory_managed = True
            await membership.save(update_fields=["external_id", "directory_managed", "updated_at"])
    return membership


async def assign_role(deps: Deps, access: AccountAccess, membership: Membership, role_id: uuid.UUID) -> Membership:
    """A member added to a group: the group's role becomes theirs (one role per account)."""
    if membership.role_id == role_id:  # type: ignore[attr-defined]
        return membership
    return await memberships.update_membership(
        deps, access, membership, AccessChange(role_id=role_id), memberships.ProfileChange()
    )


async def release_to_default(deps: Deps, access: AccountAccess, membership: Membership) -> Membership:
    """A member removed from a group returns to the account's default role."""
    return await assign_role(deps, access, membership, await default_role_id(access.account_id))


async def deprovision(deps: Deps, access: AccountAccess, membership: Membership) -> None:
    """DELETE /Users/{id}: the membership goes; the identity too when nothing else holds it."""
    if await is_owner(membership):
        raise DomainError.of("id", ErrorCode.OWNER_IMMUTABLE, _OWNER)
    await memberships.remove_users(deps, access, access.account_id, [membership.id])


@dataclass
class Provisioned:
    membership: Membership | None = None
    error: DomainError | None = None


async def provision_many(deps: Deps, access: AccountAccess, wanted: list[DesiredUser]) -> list[Provisioned]:
    """POST /Users in a /Bulk request: `users.bulk_create_users` (the service bulkCreateUsers
    uses, set-based) for the whole run, then the directory's own marks. One result per item."""
    account_id = access.account_id
    results = [Provisioned() for _ in wanted]
    external_ids: list[str | None] = []
    for index, desired in enumerate(wanted):
        try:
            external_ids.append(_clean_external_id(desired.external_id))
        except DomainError as exc:
            external_ids.append(None)
            results[index].error = exc
    given = [e for e in external_ids if e is not None]
    taken = set(
        await Membership.filter(account_id=account_id, external_id__in=given).values_list("external_id", flat=True)
    ) if given else set()
    seen: set[str] = set()
    items: list[tuple[int, users.NewUser]] = []
    defaults = await _defaults(account_id)
    policy = await account_policies.get(account_id)
    restricted = policy is not None and bool(policy.allowed_email_domains)
    for index, (desired, external_id) in enumerate(zip(wanted, external_ids, strict=True)):
        if results[index].error is not None:
            continue
        if external_id is not None and (external_id in taken or external_id in seen):
            results[index].error = DomainError.of("externalId", ErrorCode.USER_CANNOT_BE_CREATED,
                                                  "Another member of this account has this externalId.")
            continue
        if restricted:
            try:
                await account_policies.check_email_domain(account_id, desired.email, field="userName")
            except DomainError as exc:
                results[index].error = exc
                continue
        if external_id is not None:
            seen.add(external_id)
        items.append((index, users.NewUser(
            email=desired.email, name=desired.name or desired.email.split("@", 1)[0], department=desired.department,
            access=AccessChange(role_id=defaults.role_id, media_sources=defaults.media_sources, geos=defaults.geos),
        )))
    if not items:
        return results
    created = await users.bulk_create_users(deps, access, account_id, [item for _, item in items], actor_user_id=None)
    marked: list[Membership] = []
    for (index, _), outcome in zip(items, created, strict=True):
        if outcome.created is None:
            results[index].error = DomainError(*outcome.errors)
            continue
        membership = outcome.created.membership
        membership.external_id = external_ids[index]
        membership.directory_managed = True
        marked.append(membership)
        results[index].membership = membership
    if marked:
        await Membership.bulk_update(marked, fields=["external_id", "directory_managed"], batch_size=500)
    for index, result in enumerate(results):
        if result.membership is not None and not wanted[index].active:
            result.membership = await memberships.set_status(deps, access, result.membership, MembershipStatus.INACTIVE)
    return results
