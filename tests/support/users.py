"""Helpers for the users-and-memberships tests: queries, ids, and direct fixtures for legacy data."""

from __future__ import annotations

import uuid
from typing import Any

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Membership, OutboxEmail, Resource, Role, User
from gqlaccess.models.enums import ResourceKind, RoleKind
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, dump_levels
from gqlaccess.services.roles.roles import predefined_role_id

from .factories import Tenant

MEMBERSHIP_FIELDS = """
  id status isOwner createdAt
  role { id key name kind }
  user { id email name department notificationEmail }
  apps { allCurrentAndFuture includeFutureApps appIds }
  mediaSources { all values }
  geos { all countryCodes }
"""

CREATE_USER = f"""
mutation($input: CreateUserInput!) {{
  createUser(input: $input) {{
    membership {{ {MEMBERSHIP_FIELDS} }}
    invitation {{ id kind status url expiresAt deliveryStatus }}
    errors {{ field code message }}
  }}
}}"""

UPDATE_MEMBERSHIP = f"""
mutation($input: UpdateMembershipInput!) {{
  updateMembership(input: $input) {{ membership {{ {MEMBERSHIP_FIELDS} }} errors {{ field code message }} }}
}}"""

BULK_UPDATE = f"""
mutation($input: BulkUpdateMembershipsInput!) {{
  bulkUpdateMemberships(input: $input) {{
    saved memberships {{ {MEMBERSHIP_FIELDS} }} errors {{ field code message }}
  }}
}}"""

BULK_CREATE = """
mutation($input: BulkCreateUsersInput!) {
  bulkCreateUsers(input: $input) {
    createdCount
    results { index email membership { id status role { key } } invitation { url } errors { field code message } }
    errors { field code message }
  }
}"""

DEACTIVATE = """
mutation($id: ID!) { deactivateMembership(input: {membershipId: $id}) {
  membership { id status } errors { field code message } } }"""

REACTIVATE = """
mutation($id: ID!) { reactivateMembership(input: {membershipId: $id}) {
  membership { id status } errors { field code message } } }"""

REMOVE = """
mutation($account: ID!, $ids: [ID!]!) { removeUsers(input: {accountId: $account, membershipIds: $ids}) {
  removed { membershipId userId email userDeleted } errors { field code message } } }"""

RESEND = """
mutation($id: ID!) { resendInvitation(input: {membershipId: $id}) {
  membership { id status } invitation { id url expiresAt } errors { field code message } } }"""

TRANSFER = """
mutation($account: ID!, $id: ID!) { transferAccountOwnership(input: {accountId: $account, membershipId: $id}) {
  account { id } owner { id isOwner } errors { field code message } } }"""

RESET_2FA = """
mutation($id: ID!) { resetUserTwoFactor(input: {membershipId: $id}) {
  membership { id user { twoFactorEnabled } } errors { field code message } } }"""

USERS = """
query($account: ID!, $search: String, $role: ID, $status: MembershipStatus, $order: UserOrder,
      $first: Int, $after: String) {
  users(accountId: $account, search: $search, roleId: $role, status: $status, orderBy: $order,
        first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id status isOwner role { id name } user { email name lastLoginAt }
                          apps { allCurrentAndFuture appIds } } }
  }
}"""


def role_gid(key: str) -> str:
    return encode_id("Role", predefined_role_id(key))


def gid(type_name: str, raw: uuid.UUID | str) -> str:
    return encode_id(type_name, raw)


async def membership_of(tenant: Tenant, email: str) -> Membership:
    user = await User.get(email=email.lower())
    return await Membership.get(account_id=tenant.account_id, user_id=user.id)


async def membership_gid(tenant: Tenant, email: str) -> str:
    return gid("Membership", (await membership_of(tenant, email)).id)


async def make_app(tenant: Tenant, name: str | None = None) -> str:
    app = await Resource.create(
        account_id=tenant.account_id, kind=ResourceKind.APP, name=name or f"app-{uuid.uuid4().hex[:8]}"
    )
    return gid("Resource", app.id)


async def make_temporary_role(tenant: Tenant, template: str = "marketing") -> Role:
    """How legacy accounts arrive (seed 003): a per-account role nobody can be given any more."""
    return await Role.create(
        account_id=tenant.account_id, name=f"Temporary {uuid.uuid4().hex[:6]}", kind=RoleKind.TEMPORARY,
        capabilities=dump_levels(PREDEFINED_ROLES[template]),
    )


def new_user_input(tenant: Tenant, role_key: str = "marketing", **extra: Any) -> dict[str, Any]:
    suffix = uuid.uuid4().hex[:10]
    data: dict[str, Any] = {
        "accountId": tenant.gid,
        "email": f"new-{suffix}@example.com",
        "name": f"New User {suffix}",
        "roleId": role_gid(role_key),
    }
    data.update(extra)
    return data


async def counts(tenant: Tenant) -> tuple[int, int, int]:
    """(memberships in the tenant, users overall, outbox rows overall): to prove nothing was written."""
    return (
        await Membership.filter(account_id=tenant.account_id).count(),
        await User.all().count(),
        await OutboxEmail.all().count(),
    )


async def payload_errors(gql: Any, query: str, variables: dict[str, Any], token: str) -> list[dict[str, Any]]:
    data = await gql.ok(query, variables, token=token)
    (payload,) = data.values()
    return payload["errors"]


ACCEPT_MEMBERSHIP = """mutation($id: ID!) { acceptMembership(input: {membershipId: $id}) {
  membership { id status } errors { field code message } } }"""


async def accept_membership_as(gql: Any, email: str, membership_global_id: str, password: str) -> None:
    """An existing person added by an account they are not yet part of accepts (issue 15: consent)."""
    from .factories import LOGIN

    login = await gql.mutate(LOGIN, {"email": email, "password": password})
    await gql.mutate(ACCEPT_MEMBERSHIP, {"id": membership_global_id}, token=login["token"])
