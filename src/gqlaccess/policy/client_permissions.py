"""What a client's users may do (seeds 000 and 002).

Client-level permissions apply to the client as a whole; each assigned resource carries its own
set ("Les clients peuvent avoir différentes autorisations selon les sites"). Client users are
read-only unless a permission says otherwise.
"""

from __future__ import annotations

from enum import StrEnum


class ClientPermission(StrEnum):
    VIEW_SITE = "VIEW_SITE"  # see the resource on the client's dashboard (always implied)
    EDIT_CONTENT = "EDIT_CONTENT"
    EDIT_DESIGN = "EDIT_DESIGN"
    PUBLISH = "PUBLISH"
    VIEW_STATS = "VIEW_STATS"
    MANAGE_FORMS = "MANAGE_FORMS"
    VIEW_REPORTS = "VIEW_REPORTS"  # seed 000: limited access to reports
    USE_DEBUG_TOOLS = "USE_DEBUG_TOOLS"  # seed 000: limited access to debugging tools


# An assigned resource is always at least visible to the client.
IMPLIED_RESOURCE_PERMISSIONS = (ClientPermission.VIEW_SITE,)


def normalize(values: list[str] | None, *, implied: tuple[ClientPermission, ...] = ()) -> list[str]:
    """Deduplicated, in enum order; raises ValueError on an unknown value."""
    chosen = {ClientPermission(v) for v in values or ()} | set(implied)
    return [p.value for p in ClientPermission if p in chosen]
