from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import ResourceKind


class Resource(Entity):
    """What an account's access is scoped to: an app (seed 003) or a site (seed 002)."""

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="resources", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ResourceKind, max_length=4)
    name = fields.CharField(max_length=200)
    url = fields.CharField(max_length=2000, null=True)

    class Meta:
        table = "resource"
        unique_together = (("account", "kind", "name"),)
