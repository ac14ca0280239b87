"""Who is calling: resolved once per request by the web layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class PrincipalKind(StrEnum):
    ANONYMOUS = "ANONYMOUS"
    USER = "USER"
    API_TOKEN = "API_TOKEN"
    IMPERSONATION = "IMPERSONATION"
    SYSTEM = "SYSTEM"  # the CLI and workers
    SCIM = "SCIM"  # an API token of kind SCIM: /scim/v2 of its account only, never GraphQL


@dataclass(frozen=True)
class Principal:
    kind: PrincipalKind
    user_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    api_token_id: uuid.UUID | None = None
    api_token_account_id: uuid.UUID | None = None
    api_token_role_id: uuid.UUID | None = None
    impersonated_client_id: uuid.UUID | None = None
    is_platform_operator: bool = False
    # When the user's bearer session began: an account may not accept sessions older than its
    # session lifetime (AccountSecurityPolicy), whatever lifetime the session was given at login.
    session_started_at: datetime | None = None
    # A bearer token was sent but is unknown, expired or revoked.
    rejected_token: bool = False
    # Query cost points per minute of an API token created with its own limit (None: the default).
    rate_limit: int | None = None

    @property
    def is_authenticated(self) -> bool:
        return self.kind not in (PrincipalKind.ANONYMOUS,)

    @property
    def read_only(self) -> bool:
        return self.kind == PrincipalKind.IMPERSONATION

    @property
    def actor_id(self) -> uuid.UUID | None:
        return self.user_id or self.api_token_id


ANONYMOUS = Principal(kind=PrincipalKind.ANONYMOUS)
REJECTED = Principal(kind=PrincipalKind.ANONYMOUS, rejected_token=True)
SYSTEM = Principal(kind=PrincipalKind.SYSTEM, is_platform_operator=True)
