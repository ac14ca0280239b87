from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AccountSecurityPolicy(Model):
    """Per-account security settings (one row per account; absent = the service defaults)."""

    id = fields.BigIntField(primary_key=True)
    account: fields.OneToOneRelation = fields.OneToOneField(
        "models.Account", related_name="security_policy", on_delete=fields.CASCADE
    )
    user_invitation_lifetime_seconds = fields.IntField(null=True)
    client_setup_lifetime_seconds = fields.IntField(null=True)
    require_two_factor = fields.BooleanField(default=False)
    session_lifetime_seconds = fields.IntField(null=True)
    allowed_email_domains = fields.JSONField(default=list)  # empty = any domain
    updated_at = fields.DatetimeField(auto_now=True)
    updated_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "account_security_policy"
