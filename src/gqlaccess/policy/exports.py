"""Who may export what (SPEC §4): the users file is Admin-only (seed 003); the clients file
needs `clients` ≥ VIEW and `exports` = MANAGE; the audit-trail file (exportAuditEvents) `exports` = MANAGE
and `audit_log` ≥ VIEW (who may read `auditEvents`). `exports` is closed to data-scope-restricted
members (DATA_SCOPE_RESTRICTED), which `may` already enforces."""

from __future__ import annotations

from ..models.enums import ExportKind
from .access import AccountAccess
from .capabilities import Capability, Level
from .decisions import Decision, may

ADMIN_REQUIRED = "ADMIN_REQUIRED"


def may_export(access: AccountAccess | None, kind: ExportKind) -> Decision:
    decision = may(access, Capability.EXPORTS, Level.MANAGE)
    if not decision.allowed or access is None:
        return decision
    if kind == ExportKind.USERS:
        return decision if access.is_admin else Decision(False, ADMIN_REQUIRED)
    if kind == ExportKind.CLIENTS:
        return may(access, Capability.CLIENTS, Level.VIEW)
    return may(access, Capability.AUDIT_LOG, Level.VIEW)


def may_download(access: AccountAccess | None, kind: ExportKind, *, is_requester: bool) -> Decision:
    """The requester while they still may run this export, or an Admin of the account."""
    if access is not None and access.is_admin:
        return may(access, Capability.EXPORTS, Level.VIEW)
    if not is_requester:
        return Decision(False, ADMIN_REQUIRED)
    return may_export(access, kind)
