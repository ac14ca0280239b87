"""Who may see and end a session: the person it belongs to (SPEC §7, sessions for apps).

An admin ending someone else's sessions is an identity-level change (password reset,
deactivation, removal, 2FA reset end them as a consequence); listing and revoking one by one
stay with the person.
"""

from __future__ import annotations

from uuid import UUID

from .principal import Principal, PrincipalKind


def may_manage_sessions_of(principal: Principal, user_id: UUID) -> bool:
    """A person's own sessions, through one of their sessions (not an API or view-as-client token)."""
    return principal.kind == PrincipalKind.USER and principal.user_id == user_id
