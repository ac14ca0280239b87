from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import AccountStatus, Language


class Account(Entity):
    """A tenant. Hosted accounts point at their host; `managed` opens them to host members."""

    name = fields.CharField(max_length=200)
    status = fields.CharEnumField(AccountStatus, max_length=20, default=AccountStatus.ACTIVE, db_index=True)
    language = fields.CharEnumField(Language, max_length=2, default=Language.EN)
    max_users = fields.IntField(null=True)
    host: fields.ForeignKeyNullableRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="hosted_accounts", null=True, on_delete=fields.SET_NULL
    )
    managed = fields.BooleanField(default=False)
    # One owner per account (a single column) and one owned account per user (unique).
    owner: fields.OneToOneNullableRelation = fields.OneToOneField(
        "models.User", related_name="owned_account", null=True, on_delete=fields.RESTRICT
    )
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "account"
