from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import ApiTokenKind, SessionKind


class Session(Entity):
    """A bearer session. Impersonation sessions are read-only views of one client."""

    token_hash = fields.CharField(max_length=64, unique=True)
    kind = fields.CharEnumField(SessionKind, max_length=14, default=SessionKind.USER)
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="sessions", db_index=True, on_delete=fields.CASCADE
    )
    impersonated_client: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Client", related_name="impersonations", null=True, on_delete=fields.CASCADE
    )
    expires_at = fields.DatetimeField(db_index=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    ip = fields.CharField(max_length=64, null=True)
    user_agent = fields.CharField(max_length=300, null=True)
    # Sessions for apps: `token_hash` is the current short-lived access token (replaced on every
    # refresh) and ends at `access_expires_at`; `expires_at` bounds the whole family (the account
    # session lifetime). Null: the token lives until `expires_at` (view-as-client tokens).
    access_expires_at = fields.DatetimeField(null=True)
    # Why it ended (LOGOUT, REVOKED, REFRESH_TOKEN_REUSED, PASSWORD_RESET, ...), for the audit trail.
    revoked_reason = fields.CharField(max_length=40, null=True)

    class Meta:
        table = "session"


class RefreshToken(Entity):
    """One refresh token of a session (the family). Used once: refreshing marks it used and
    issues the next; presenting a used one again revokes the session (reuse detection)."""

    session: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Session", related_name="refresh_tokens", db_index=True, on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refresh_token"


class ApiToken(Entity):
    """An account-scoped integration token acting with a role chosen at creation."""

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="api_tokens", on_delete=fields.CASCADE
    )
    role: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Role", related_name="api_tokens", on_delete=fields.RESTRICT
    )
    # The description is the one generated before SCIM joined the enum: SQLite cannot alter a
    # column comment, and the stored values are plain strings whatever the comment says.
    kind = fields.CharEnumField(
        ApiTokenKind, max_length=20, description="API: API\nSERVER_TO_SERVER: SERVER_TO_SERVER"
    )
    name = fields.CharField(max_length=100)
    token_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=16)
    created_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="api_tokens_created", db_index=True, null=True, on_delete=fields.SET_NULL
    )
    last_used_at = fields.DatetimeField(null=True)
    # Query cost points per minute for this token; null: the deployment's GQLACCESS_RATE_LIMIT.
    rate_limit_per_minute = fields.IntField(null=True)

    class Meta:
        table = "api_token"
