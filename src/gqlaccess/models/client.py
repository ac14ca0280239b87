from __future__ import annotations

from tortoise import fields

from .base import Entity
from .enums import ClientStatus, ClientUserStatus


class Client(Entity):
    """An account's customer. `status` is derived from the facts below, never set by hand."""

    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="clients", on_delete=fields.CASCADE
    )
    display_name = fields.CharField(max_length=200)
    partner_client_id = fields.CharField(max_length=100, null=True)
    first_name = fields.CharField(max_length=100)
    last_name = fields.CharField(max_length=100)
    email = fields.CharField(max_length=254)
    company = fields.CharField(max_length=200, null=True)
    address = fields.TextField(null=True)
    phone1 = fields.CharField(max_length=40, null=True)
    phone2 = fields.CharField(max_length=40, null=True)
    notes = fields.TextField(null=True)
    permissions = fields.JSONField(default=list)
    status = fields.CharEnumField(ClientStatus, max_length=14, default=ClientStatus.POTENTIAL, db_index=True)
    invited_at = fields.DatetimeField(null=True)
    first_login_at = fields.DatetimeField(null=True)
    suspended_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "client"
        unique_together = (("account", "email"),)


class ClientResource(Entity):
    """A resource assigned to a client, with its own permission set."""

    client: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Client", related_name="assignments", on_delete=fields.CASCADE
    )
    resource: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Resource", related_name="client_assignments", on_delete=fields.CASCADE
    )
    permissions = fields.JSONField(default=list)

    class Meta:
        table = "client_resource"
        unique_together = (("client", "resource"),)


class ClientUser(Entity):
    """A login of a client (seed 000): the contact created with the client, or added later."""

    client: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Client", related_name="users", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="client_logins", db_index=True, on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(ClientUserStatus, max_length=10, default=ClientUserStatus.PENDING)
    is_contact = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "client_user"
        unique_together = (("client", "user"),)
