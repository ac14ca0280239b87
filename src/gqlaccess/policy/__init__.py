"""Authorization: the capability matrix, principals, access resolution and decisions.

Used by every mutation (through the GraphQL guards), by `checkAccess`, and by workers.
"""

from .access import AccessVia, AccountAccess, resolve_access
from .capabilities import Capability, Level
from .decisions import Decision, may
from .principal import Principal, PrincipalKind

__all__ = [
    "AccessVia",
    "AccountAccess",
    "Capability",
    "Decision",
    "Level",
    "Principal",
    "PrincipalKind",
    "may",
    "resolve_access",
]
