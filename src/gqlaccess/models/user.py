from __future__ import annotations

from tortoise import fields

from .base import Entity


class User(Entity):
    """One global identity. The e-mail is the login: unique everywhere, stored lower-cased."""

    email = fields.CharField(max_length=254, unique=True)
    name = fields.CharField(max_length=200)
    department = fields.CharField(max_length=200, null=True)
    notification_email = fields.CharField(max_length=254, null=True)
    password_hash = fields.CharField(max_length=255, null=True)
    totp_secret_encrypted = fields.TextField(null=True)
    totp_pending_secret_encrypted = fields.TextField(null=True)
    totp_enabled_at = fields.DatetimeField(null=True)
    # SHA-256 of each unused recovery code (shown once at enrolment; each one works once).
    totp_recovery_codes = fields.JSONField(null=True)
    activated_at = fields.DatetimeField(null=True)
    # When the mailbox was proven (services/members/identities.py); until then the identity is never
    # attached to another account or client directly.
    email_verified_at = fields.DatetimeField(null=True)
    last_login_at = fields.DatetimeField(null=True, db_index=True)
    is_platform_operator = fields.BooleanField(default=False)
    terms_version = fields.CharField(max_length=40, null=True)
    terms_accepted_at = fields.DatetimeField(null=True)
    privacy_version = fields.CharField(max_length=40, null=True)
    privacy_accepted_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "user"
