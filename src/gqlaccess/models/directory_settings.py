from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class DirectorySettings(Model):
    """Per-account directory provisioning (SCIM) settings; absent = the defaults.

    `default_role` is what a provisioned user gets (None: the Marketing limited role, the
    narrowest predefined one); the scopes are those of a new membership (all apps, media
    sources, geos unless restricted here). `directory_owns_attributes` makes the attributes the
    directory provisions (name, department, active, role through Groups) read-only in GraphQL.
    """

    id = fields.BigIntField(primary_key=True)
    account: fields.OneToOneRelation = fields.OneToOneField(
        "models.Account", related_name="directory_settings", on_delete=fields.CASCADE
    )
    default_role: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Role", related_name="directory_defaults", null=True, on_delete=fields.SET_NULL
    )
    media_sources_all = fields.BooleanField(default=True)
    media_sources = fields.JSONField(default=list)
    geos_all = fields.BooleanField(default=True)
    geos = fields.JSONField(default=list)
    directory_owns_attributes = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)
    updated_by_id = fields.UUIDField(null=True)

    class Meta:
        table = "directory_settings"


class DirectoryGroup(Model):
    """A directory's own id (externalId) for one of the account's groups (roles).

    Kept per account, beside the role: predefined roles are shared by every account, so the
    id cannot live on the role itself.
    """

    id = fields.BigIntField(primary_key=True)
    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="directory_groups", on_delete=fields.CASCADE
    )
    role: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Role", related_name="directory_groups", on_delete=fields.CASCADE
    )
    external_id = fields.CharField(max_length=255)

    class Meta:
        table = "directory_group"
        unique_together = (("account", "role"),)
