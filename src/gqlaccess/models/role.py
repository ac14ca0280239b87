from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import RoleKind


class Role(Entity):
    """A named set of capability levels. Predefined roles have no account."""

    account: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Account", related_name="roles", null=True, on_delete=fields.CASCADE
    )
    key = fields.CharField(max_length=60, null=True, unique=True)  # predefined roles only
    name = fields.CharField(max_length=100)
    kind = fields.CharEnumField(RoleKind, max_length=12)
    template_key = fields.CharField(max_length=60, null=True)  # custom roles: the predefined origin
    capabilities = fields.JSONField(default=dict)  # {capability: "NONE" | "VIEW" | "MANAGE"}
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "role"
        unique_together = (("account", "name"),)
