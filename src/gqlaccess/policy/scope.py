"""A member's data scope: apps, media sources and geos (seed 003), independent of the role."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DataScope:
    apps_all_current_and_future: bool = True
    app_ids: frozenset[str] = field(default_factory=frozenset)
    include_future_apps: bool = False
    media_sources_all: bool = True
    media_sources: frozenset[str] = field(default_factory=frozenset)
    geos_all: bool = True
    geos: frozenset[str] = field(default_factory=frozenset)

    @property
    def data_restricted(self) -> bool:
        """Restricted media sources or geos close some features (SPEC §4)."""
        return not (self.media_sources_all and self.geos_all)

    @property
    def all_apps(self) -> bool:
        # Future apps are only possible together with every current app: that is all apps.
        return self.apps_all_current_and_future or self.include_future_apps

    def allows_app(self, app_id: str) -> bool:
        return self.all_apps or app_id in self.app_ids

    def allows_media_source(self, media_source: str) -> bool:
        return self.media_sources_all or media_source in self.media_sources

    def allows_geo(self, geo: str) -> bool:
        return self.geos_all or geo.upper() in self.geos

    def covers(self, other: DataScope) -> bool:
        """True when every piece of `other` is inside this scope (no widening by granting)."""
        if not self.all_apps:
            if other.all_apps:
                return False
            if not other.app_ids <= self.app_ids:
                return False
        if not self.media_sources_all and (other.media_sources_all or not other.media_sources <= self.media_sources):
            return False
        if not self.geos_all and (other.geos_all or not other.geos <= self.geos):
            return False
        return True


FULL_SCOPE = DataScope()
