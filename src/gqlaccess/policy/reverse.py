"""The reverse question: which apps, media sources and geos may this access use for a capability?

The answer of `accessible_scope` is consistent with `decisions.may` by construction: an app,
media source or geo is listed exactly when `may(access, capability, level, app_id=...)` (or
`media_source=`, `geo=`) allows it (tests/graphql/queries/test_accessible_scope.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .access import AccountAccess
from .capabilities import Capability, Level
from .decisions import Decision, may


@dataclass(frozen=True)
class AccessibleScope:
    decision: Decision  # the capability and level alone; nothing is accessible when refused
    all_apps: bool = False
    app_ids: frozenset[str] = frozenset()  # when not all_apps
    all_media_sources: bool = False
    media_sources: tuple[str, ...] = ()
    all_geos: bool = False
    geos: tuple[str, ...] = ()

    def allows_app(self, app_id: str) -> bool:
        return self.decision.allowed and (self.all_apps or app_id in self.app_ids)


def accessible_scope(access: AccountAccess | None, capability: Capability, level: Level) -> AccessibleScope:
    decision = may(access, capability, level)
    if not decision.allowed or access is None:
        return AccessibleScope(decision)
    scope = access.scope
    return AccessibleScope(
        decision,
        all_apps=scope.all_apps,
        app_ids=frozenset() if scope.all_apps else scope.app_ids,
        all_media_sources=scope.media_sources_all,
        media_sources=() if scope.media_sources_all else tuple(sorted(scope.media_sources)),
        all_geos=scope.geos_all,
        geos=() if scope.geos_all else tuple(sorted(scope.geos)),
    )
