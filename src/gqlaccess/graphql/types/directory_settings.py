from __future__ import annotations

from datetime import datetime

import strawberry

from ...models import DirectorySettings
from ...services.directory.provisioning import FALLBACK_ROLE_KEY
from .membership import GeoScope, MediaSourceScope


@strawberry.type(name="DirectorySettings", description="How the account's directory (SCIM) provisions its members.")
class DirectorySettingsType:
    default_role_id: strawberry.ID | None = strawberry.field(
        description=f"The role of provisioned users (null: the predefined {FALLBACK_ROLE_KEY} role)."
    )
    media_sources: MediaSourceScope
    geos: GeoScope
    directory_owns_attributes: bool = strawberry.field(
        description="GraphQL refuses to edit name, department, status and role of directory-managed members "
                    "(DIRECTORY_MANAGED)."
    )
    updated_at: datetime | None

    @classmethod
    def from_model(cls, settings: DirectorySettings | None) -> DirectorySettingsType:
        from ..ids import encode_id

        if settings is None:
            return cls(default_role_id=None, media_sources=MediaSourceScope(all=True, values=[]),
                       geos=GeoScope(all=True, country_codes=[]), directory_owns_attributes=False, updated_at=None)
        role_id = settings.default_role_id  # type: ignore[attr-defined]
        return cls(
            default_role_id=strawberry.ID(encode_id("Role", role_id)) if role_id else None,
            media_sources=MediaSourceScope(all=settings.media_sources_all, values=list(settings.media_sources or [])),
            geos=GeoScope(all=settings.geos_all, country_codes=list(settings.geos or [])),
            directory_owns_attributes=settings.directory_owns_attributes,
            updated_at=settings.updated_at,
        )
