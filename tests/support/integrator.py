"""Builders for the integrator tests: pending users with invitations, API tokens, webhooks."""

from __future__ import annotations

import uuid

from tortoise.transactions import in_transaction

from gqlaccess.models import ApiToken, Client, Membership, User
from gqlaccess.models.enums import ApiTokenKind, InvitationKind
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services.core import events
from gqlaccess.services.invitations import invitations
from gqlaccess.services.roles.roles import predefined_role_id

from .factories import Tenant

CREATE_WEBHOOK = """
mutation($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook { id url events enabled description }
    secret
    errors { field code message }
  }
}"""

DELIVERIES = """
query($id: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id messageId eventType subject status attempts statusCode error
                   attemptLog { statusCode error } payload redeliveryOf } }
  }
}"""


async def invite_user(runtime, tenant: Tenant, role_key: str = "marketing") -> tuple[User, invitations.IssuedInvitation]:  # type: ignore[no-untyped-def]
    """A pending member with an activation link, as the users area will create them."""
    email = f"invitee-{uuid.uuid4().hex[:10]}@example.com"
    async with in_transaction():
        user = await User.create(email=email, name="Invited Person")
        await Membership.create(account_id=tenant.account_id, user_id=user.id, role_id=predefined_role_id(role_key))
        issued = await invitations.issue(
            runtime.deps, InvitationKind.USER_ACTIVATION, email=email, account_id=tenant.account_id, user_id=user.id
        )
    return user, issued


async def make_client(tenant: Tenant) -> Client:
    suffix = uuid.uuid4().hex[:8]
    return await Client.create(
        account_id=tenant.account_id, display_name=f"Client {suffix}", first_name="Cli", last_name="Ent",
        email=f"client-{suffix}@example.com",
    )


async def make_api_token(tenant: Tenant, role_key: str = "admin") -> str:
    secret = new_secret(API_TOKEN_PREFIX)
    await ApiToken.create(
        account_id=tenant.account_id, role_id=predefined_role_id(role_key), kind=ApiTokenKind.API,
        name=f"token {role_key}", token_hash=hash_secret(secret), prefix=secret[:8],
    )
    return secret


async def create_webhook(gql, tenant: Tenant, url: str, events_: list[str] | None = None) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    payload = await gql.mutate(
        CREATE_WEBHOOK,
        {"input": {"accountId": tenant.gid, "url": url, "events": events_ or list(events.EVENT_TYPES)}},
        token=tenant.owner_token,
    )
    return payload["webhook"]["id"], payload["secret"]


async def emit(runtime, tenant: Tenant, event_type: str, data: dict, subject: str | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    """What another area does: emit inside its transaction, dispatch after commit."""
    async with in_transaction():
        ids = await events.emit(tenant.account_id, event_type, data, subject=subject)
    await events.dispatch(runtime.deps, ids)
    return ids
