"""Resources: the apps (seed 003) and sites (seed 002) an account's access is scoped to.

A new app is reached at once by members with all current and future apps (their scope is
"all", not a list); members with an explicit list do not get it. Deleting a resource takes it
out of every membership's app list and every client assignment in the same transaction.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from ...models import Client, ClientResource, Membership, Resource
from ...models.enums import ResourceKind
from ...policy.scope import DataScope
from ..clients.clients import refresh_status
from ..core.access_changes import access_changed
from ..core.errors import DomainError, ErrorCode, ErrorCollector

RESOURCE_NAME_MAX = 200
URL_MAX = 2000


def _check_url(errors: ErrorCollector, raw: str | None) -> str | None:
    url = (raw or "").strip()
    if not url:
        return None
    if len(url) > URL_MAX:
        errors.add("url", ErrorCode.TOO_LONG, f"A URL has at most {URL_MAX} characters.")
        return None
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in url)
        _ = parts.port  # raises on a malformed port
    except ValueError:
        valid = False
    if not valid:
        errors.add("url", ErrorCode.INVALID_URL, "Enter an http(s) URL, e.g. https://example.com.")
    return url


def _check_name(errors: ErrorCollector, raw: str | None) -> str:
    name = " ".join((raw or "").split())
    if not name:
        errors.add("name", ErrorCode.REQUIRED, "A name is required.")
    elif len(name) > RESOURCE_NAME_MAX:
        errors.add("name", ErrorCode.TOO_LONG, f"A name has at most {RESOURCE_NAME_MAX} characters.")
    elif not name.isprintable():
        errors.add("name", ErrorCode.INVALID_NAME, "A name cannot hold control characters.")
    return name


async def _name_taken(account_id: uuid.UUID, kind: ResourceKind, name: str) -> bool:
    folded = name.casefold()
    names = await Resource.filter(account_id=account_id, kind=kind).values_list("name", flat=True)
    return any(str(n).casefold() == folded for n in names)


async def create_resource(account_id: uuid.UUID, *, kind: ResourceKind, name: str, url: str | None) -> Resource:
    errors = ErrorCollector()
    clean_name = _check_name(errors, name)
    clean_url = _check_url(errors, url)
    if not any(e.field == "name" for e in errors.errors) and await _name_taken(account_id, kind, clean_name):
        errors.add("name", ErrorCode.RESOURCE_NAME_TAKEN, f"An {kind.value.lower()} with this name already exists.")
    errors.raise_if_any()
    try:
        async with in_transaction():
            created = await Resource.create(account_id=account_id, kind=kind, name=clean_name, url=clean_url)
            await access_changed(accounts=[account_id])
            return created
    except IntegrityError as exc:
        raise DomainError.of("name", ErrorCode.RESOURCE_NAME_TAKEN, "This name is already used.") from exc


async def delete_resource(resource: Resource) -> int:
    """Returns how many memberships lost the app from their list."""
    key = str(resource.id)
    changed = 0
    async with in_transaction():
        listed = await Membership.filter(
            account_id=resource.account_id, apps_all_current_and_future=False  # type: ignore[attr-defined]
        ).only("id", "app_ids")
        for membership in listed:
            app_ids = [str(a) for a in membership.app_ids or []]
            if key in app_ids:
                await Membership.filter(id=membership.id).update(app_ids=[a for a in app_ids if a != key])
                changed += 1
        client_ids = await ClientResource.filter(resource_id=resource.id).values_list("client_id", flat=True)
        await ClientResource.filter(resource_id=resource.id).delete()
        await Resource.filter(id=resource.id).delete()
        await access_changed(accounts=[resource.account_id])  # type: ignore[attr-defined]
        # A client's status is derived from its assignments (issue 5): recompute for those that lost one.
        for client in await Client.filter(id__in=list(client_ids)):
            await refresh_status(client)
    return changed


async def account_resources(
    account_id: uuid.UUID, *, kind: ResourceKind | None, scope: DataScope
) -> list[Resource]:
    """Apps outside the viewer's app scope are left out; sites are not app-scoped."""
    query = Resource.filter(account_id=account_id)
    if kind is not None:
        query = query.filter(kind=kind)
    rows = await query.order_by("kind", "name")
    return [r for r in rows if r.kind != ResourceKind.APP or scope.allows_app(str(r.id))]


async def find_resource(resource_id: uuid.UUID) -> Resource | None:
    return await Resource.get_or_none(id=resource_id)
