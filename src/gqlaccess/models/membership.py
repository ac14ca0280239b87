from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import MembershipStatus


class Membership(Entity):
    """A user in an account, with a role and three independent access dimensions (seed 003)."""

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="memberships", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="memberships", db_index=True, on_delete=fields.CASCADE
    )
    role: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Role", related_name="memberships", on_delete=fields.RESTRICT
    )
    # The comment is pinned to the first release's: SQLite cannot alter a column comment, and PENDING
    # (issue 15, consent to join) fits the same VARCHAR(10).
    status = fields.CharEnumField(
        MembershipStatus, max_length=10, default=MembershipStatus.ACTIVE, description="ACTIVE: ACTIVE\nINACTIVE: INACTIVE"
    )
    apps_all_current_and_future = fields.BooleanField(default=True)
    app_ids = fields.JSONField(default=list)  # resource ids (str) when not all
    include_future_apps = fields.BooleanField(default=False)
    media_sources_all = fields.BooleanField(default=True)
    media_sources = fields.JSONField(default=list)
    geos_all = fields.BooleanField(default=True)
    geos = fields.JSONField(default=list)  # ISO-3166-1 alpha-2 codes
    updated_at = fields.DatetimeField(auto_now=True)
    # Directory provisioning (SCIM, issue 18): the identity provider's id for this person in this
    # account, and whether a directory manages the membership.
    external_id = fields.CharField(max_length=255, null=True, db_index=True)
    directory_managed = fields.BooleanField(default=False)

    class Meta:
        table = "membership"
        unique_together = (("account", "user"),)
