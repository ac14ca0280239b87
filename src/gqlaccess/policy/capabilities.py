"""The capability matrix of SPEC §4, as data."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Capability(StrEnum):
    USERS = "users"
    ROLES = "roles"
    HOSTED_ACCOUNTS = "hosted_accounts"
    CLIENTS = "clients"
    RESOURCES = "resources"
    EXPORTS = "exports"
    BILLING = "billing"
    LINK_TEMPLATES = "link_templates"
    AUDIT_LOG = "audit_log"
    API_TOKENS = "api_tokens"


class Level(StrEnum):
    NONE = "NONE"
    VIEW = "VIEW"
    MANAGE = "MANAGE"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def covers(self, required: Level) -> bool:
        return self.rank >= required.rank


_RANK = {Level.NONE: 0, Level.VIEW: 1, Level.MANAGE: 2}

# Features closed to members whose media sources or geos are restricted (seed 003).
DATA_SCOPE_RESTRICTED_CAPABILITIES = frozenset({Capability.LINK_TEMPLATES, Capability.EXPORTS})
# Not adjustable in custom roles: API tokens stay Admin-only (seed 003).
NON_EDITABLE_CAPABILITIES = frozenset({Capability.API_TOKENS})

ADMIN_KEY = "admin"
SECURITY_KEY = "security"

M, V, N = Level.MANAGE, Level.VIEW, Level.NONE
_COLUMNS = (
    "admin", "team_lead", "marketing_manager", "marketing", "marketing_limited",
    "contributor", "finance", "security", "qa",
)
_MATRIX: dict[Capability, tuple[Level, ...]] = {
    Capability.USERS:           (M, M, V, N, N, N, N, M, N),
    Capability.ROLES:           (M, V, N, N, N, N, N, M, N),
    Capability.HOSTED_ACCOUNTS: (M, M, V, N, N, N, N, N, N),
    Capability.CLIENTS:         (M, M, M, M, V, V, V, V, V),
    Capability.RESOURCES:       (M, M, M, V, V, V, N, V, V),
    Capability.EXPORTS:         (M, M, M, M, N, N, M, M, N),
    Capability.BILLING:         (M, N, N, N, N, N, M, N, N),
    Capability.LINK_TEMPLATES:  (M, M, M, M, V, M, N, N, V),
    Capability.AUDIT_LOG:       (M, V, N, N, N, N, N, M, N),
    Capability.API_TOKENS:      (M, N, N, N, N, N, N, N, N),
}

PREDEFINED_ROLE_NAMES: Mapping[str, str] = MappingProxyType({
    "admin": "Admin",
    "team_lead": "Team lead",
    "marketing_manager": "Marketing manager",
    "marketing": "Marketing",
    "marketing_limited": "Marketing limited",
    "contributor": "Contributor",
    "finance": "Finance",
    "security": "Security",
    "qa": "QA",
})

PREDEFINED_ROLES: Mapping[str, Mapping[Capability, Level]] = MappingProxyType({
    key: MappingProxyType({cap: levels[i] for cap, levels in _MATRIX.items()})
    for i, key in enumerate(_COLUMNS)
})

CapabilityLevels = Mapping[Capability, Level]


def parse_levels(raw: Mapping[str, str]) -> dict[Capability, Level]:
    """Stored JSON → typed levels; capabilities missing from storage are NONE."""
    levels = {cap: Level.NONE for cap in Capability}
    for name, level in raw.items():
        try:
            levels[Capability(name)] = Level(level)
        except ValueError:
            continue
    return levels


def dump_levels(levels: Mapping[Capability, Level]) -> dict[str, str]:
    return {cap.value: levels.get(cap, Level.NONE).value for cap in Capability}
