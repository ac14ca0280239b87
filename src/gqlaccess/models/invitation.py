from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import DeliveryStatus, InvitationKind, InvitationStatus


class Invitation(Entity):
    """A single-use secret link. Only the SHA-256 of the token is stored."""

    kind = fields.CharEnumField(InvitationKind, max_length=20)
    token_hash = fields.CharField(max_length=64, unique=True)
    status = fields.CharEnumField(InvitationStatus, max_length=10, default=InvitationStatus.PENDING)
    email = fields.CharField(max_length=254)
    account: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Account", related_name="invitations", null=True, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="invitations", db_index=True, null=True, on_delete=fields.CASCADE
    )
    client: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Client", related_name="invitations", null=True, on_delete=fields.CASCADE
    )
    client_user: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.ClientUser", related_name="invitations", null=True, on_delete=fields.CASCADE
    )
    created_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="invitations_sent", db_index=True, null=True, on_delete=fields.SET_NULL
    )
    expires_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    delivery_status = fields.CharEnumField(DeliveryStatus, max_length=10, default=DeliveryStatus.NOT_SENT)
    sent_at = fields.DatetimeField(null=True)
    custom_message = fields.TextField(null=True)

    class Meta:
        table = "invitation"
        indexes = (("status", "expires_at"),)
