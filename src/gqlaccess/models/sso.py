"""Verified domains and single sign-on (OpenID Connect) per account (issue 19)."""

from __future__ import annotations

from tortoise import fields

from .base import Entity


class AccountDomain(Entity):
    """A domain an account claims; verified by a DNS TXT record (services/sso/domains.py).

    `verified_domain` holds the domain while it is verified and NULL otherwise: its unique index
    is what makes a domain verified by at most one account at a time (several NULLs are allowed
    on both SQLite and PostgreSQL), while any number of accounts may hold an unverified claim.
    """

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="domains", on_delete=fields.CASCADE
    )
    domain = fields.CharField(max_length=253, db_index=True)
    verification_token = fields.CharField(max_length=64)
    verified_domain = fields.CharField(max_length=253, null=True, unique=True)
    verified_at = fields.DatetimeField(null=True)
    last_checked_at = fields.DatetimeField(null=True)
    created_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "account_domain"
        unique_together = (("account", "domain"),)


class SsoConnection(Entity):
    """An account's OpenID Connect provider and its single sign-on settings (one per account)."""

    account: fields.OneToOneRelation = fields.OneToOneField(
        "models.Account", related_name="sso_connection", on_delete=fields.CASCADE
    )
    issuer = fields.CharField(max_length=500)
    client_id = fields.CharField(max_length=255)
    client_secret_encrypted = fields.TextField()
    # What discovery returned, validated (endpoints, algorithms); refreshed by configure and test.
    metadata = fields.JSONField(default=dict)
    enabled = fields.BooleanField(default=True)
    # People of a verified domain signing in through this provider become members (default role).
    auto_join = fields.BooleanField(default=False)
    default_role: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Role", related_name="sso_connections", null=True, on_delete=fields.SET_NULL
    )
    # Password login refused for the verified domains' people (the owner keeps it: break-glass).
    require_sso = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)
    updated_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "sso_connection"


class SsoIdentity(Entity):
    """A user linked to a provider subject (`iss` + `sub`) by one account's connection.

    Links are per account: two accounts trusting the same issuer (a shared cloud identity
    provider) each decide on their own who `sub` is in their account.
    """

    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="sso_identities", on_delete=fields.CASCADE
    )
    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="sso_identities", on_delete=fields.CASCADE
    )
    issuer = fields.CharField(max_length=500)
    subject = fields.CharField(max_length=255)
    # How the link was made: "verified_email" (no password to prove), "password", "admin".
    linked_by = fields.CharField(max_length=20)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "sso_identity"
        unique_together = (("account", "issuer", "subject"), ("account", "user"))


class SsoLinkApproval(Entity):
    """An Admin's choice: this member's identity may be linked to the account's provider at its
    next single sign-on without proving its password (consumed by that link)."""

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="sso_link_approvals", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="sso_link_approvals", on_delete=fields.CASCADE
    )
    approved_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "sso_link_approval"
        unique_together = (("account", "user"),)
