"""Input shapes of SPEC §3 shared by the user mutations, and the membership lookup they all use."""

from __future__ import annotations

import uuid

import strawberry

from ....models import Membership
from ....policy.access import AccountAccess
from ....policy.capabilities import Capability, Level
from ....services.members.member_access import AccessChange, AppsSpec, ValuesSpec, normalize_values
from ...context import Info
from ...errors import NotFound
from ...guards import authorize
from ...ids import decode_optional, decode_typed


@strawberry.input(description="Apps a member reaches: every current and future app, or a list.")
class AppAccessInput:
    all_current_and_future: bool
    app_ids: list[strawberry.ID] | None = None
    include_future_apps: bool | None = strawberry.field(
        default=None, description="Only when appIds covers every current app of the account."
    )


@strawberry.input(description="ALL media sources (future ones included), or a list (future ones excluded).")
class MediaSourceScopeInput:
    all: bool
    values: list[str] | None = None


@strawberry.input(description="ALL geos, or a list of ISO-3166-1 alpha-2 country codes.")
class GeoScopeInput:
    all: bool
    country_codes: list[str] | None = None


def access_change(
    role_id: strawberry.ID | None,
    apps: AppAccessInput | None,
    media_sources: MediaSourceScopeInput | None,
    geos: GeoScopeInput | None,
) -> AccessChange:
    change = AccessChange()
    if role_id is not None:
        decoded = decode_optional(role_id, "Role")
        change.role_id = decoded
        change.role_id_invalid = decoded is None
    if apps is not None:
        change.apps = AppsSpec(
            all_current_and_future=apps.all_current_and_future,
            app_ids=tuple(decode_optional(a, "Resource") for a in apps.app_ids or []),
            include_future_apps=bool(apps.include_future_apps),
        )
    if media_sources is not None:
        change.media_sources = ValuesSpec(media_sources.all, normalize_values(media_sources.values))
    if geos is not None:
        change.geos = ValuesSpec(geos.all, normalize_values(geos.country_codes))
    return change


def membership_ids(ids: list[strawberry.ID]) -> list[uuid.UUID | None]:
    return [decode_optional(i, "Membership") for i in ids]


async def load_membership(
    info: Info, membership_id: strawberry.ID, level: Level = Level.MANAGE
) -> tuple[Membership, AccountAccess]:
    """NOT_FOUND for a missing membership or one of an account out of reach; FORBIDDEN without users:<level>."""
    raw = decode_typed(membership_id, "Membership")
    membership = await Membership.get_or_none(id=raw)
    if membership is None:
        raise NotFound()
    access = await authorize(info, membership.account_id, Capability.USERS, level)  # type: ignore[attr-defined]
    scope = info.context.mutation_scope
    if scope is not None:
        scope.target("Membership", membership.id)
    return membership, access
