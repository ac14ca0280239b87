"""A view-as-client token stops working as soon as its creator may no longer view the client.

Before, the token (read-only, `settings.lifetimes.impersonation`) kept working until it expired
after its creator lost access to the client's account. Now every use re-checks clients: VIEW for
the creator (services/auth/sessions.py) and revokes the token when it fails.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Membership, User
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import Tenant, add_member, make_tenant
from ....support.graphql import GraphQLClient
from ....support.hosting import login, make_client

IMPERSONATE = """mutation($c: ID!) { impersonateClient(input: {clientId: $c}) { token errors { field code } } }"""
PORTAL = "{ clientPortal { clientId } }"
ME = "{ me { email } }"


async def _membership_gid(tenant: Tenant, email: str) -> str:
    user = await User.get(email=email)
    membership = await Membership.get(account_id=tenant.account_id, user_id=user.id)
    return encode_id("Membership", membership.id)


async def _deactivate(gql: GraphQLClient, tenant: Tenant, email: str) -> None:
    await gql.mutate("mutation($m: ID!) { deactivateMembership(input: {membershipId: $m}) { errors { code } } }",
                     {"m": await _membership_gid(tenant, email)}, token=tenant.owner_token)


async def _remove(gql: GraphQLClient, tenant: Tenant, email: str) -> None:
    await gql.mutate("mutation($a: ID!, $m: [ID!]!) { removeUsers(input: {accountId: $a, membershipIds: $m}) "
                     "{ errors { code } } }", {"a": tenant.gid, "m": [await _membership_gid(tenant, email)]},
                     token=tenant.owner_token)


async def _role_without_clients(gql: GraphQLClient, tenant: Tenant, email: str) -> None:
    """The member's custom role loses the clients capability (updateCustomRole)."""
    role = (await gql.mutate("""mutation($a: ID!, $t: ID!) { createCustomRole(input: {accountId: $a,
      name: "Viewer", templateRoleId: $t}) { role { id } errors { code } } }""",
        {"a": tenant.gid, "t": encode_id("Role", predefined_role_id("qa"))}, token=tenant.owner_token))["role"]
    await gql.mutate("mutation($m: ID!, $r: ID!) { updateMembership(input: {membershipId: $m, roleId: $r}) "
                     "{ errors { code } } }", {"m": await _membership_gid(tenant, email), "r": role["id"]},
                     token=tenant.owner_token)
    # Still allowed with the new role (qa views clients): the token works until the role changes.
    await gql.mutate("""mutation($r: ID!) { updateCustomRole(input: {roleId: $r,
      capabilities: [{capability: CLIENTS, level: NONE}]}) { errors { code } } }""", {"r": role["id"]},
                     token=tenant.owner_token)


Change = Callable[[GraphQLClient, Tenant, str], Awaitable[None]]


@pytest.mark.parametrize("take_access_away", [_deactivate, _remove, _role_without_clients],
                         ids=["membership-deactivated", "membership-removed", "role-loses-clients"])
async def test_the_token_ends_when_its_creator_loses_access(gql, runtime, take_access_away: Change) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, member_token = await add_member(gql, tenant, "team_lead")
    client = (await make_client(gql, tenant))["client"]
    token = (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=member_token))["token"]
    assert (await gql.ok(PORTAL, token=token))["clientPortal"] == [{"clientId": client["id"]}]

    await take_access_away(gql, tenant, email)

    assert await gql.error_code(PORTAL, token=token) == "UNAUTHENTICATED"
    assert (await gql.ok(ME, token=tenant.owner_token))["me"]["email"] == tenant.owner_email


async def test_a_revoked_token_stays_dead_when_access_comes_back(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, member_token = await add_member(gql, tenant, "team_lead")
    client = (await make_client(gql, tenant))["client"]
    token = (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=member_token))["token"]
    await _deactivate(gql, tenant, email)
    assert await gql.error_code(PORTAL, token=token) == "UNAUTHENTICATED"
    await gql.mutate("mutation($m: ID!) { reactivateMembership(input: {membershipId: $m}) { errors { code } } }",
                     {"m": await _membership_gid(tenant, email)}, token=tenant.owner_token)
    assert await gql.error_code(PORTAL, token=token) == "UNAUTHENTICATED"
    # A new token can be had again (deactivation ended the member's own session too: sign in again).
    member_token = (await login(gql, email))["token"]
    assert (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=member_token))["token"]


async def test_the_token_ends_with_its_client(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    token = (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=tenant.owner_token))["token"]
    await gql.mutate("mutation($c: ID!) { deleteClient(input: {clientId: $c, confirm: true}) { errors { code } } }",
                     {"c": client["id"]}, token=tenant.owner_token)
    assert await gql.error_code(PORTAL, token=token) == "UNAUTHENTICATED"
    assert (await gql.ok(ME, token=tenant.owner_token))["me"]["email"] == tenant.owner_email


async def test_other_accounts_changes_leave_the_token_alone(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    """The check is about the client's account: losing access elsewhere changes nothing."""
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    email, member_token = await add_member(gql, tenant, "team_lead")
    user = await User.get(email=email)
    await Membership.create(account_id=other.account_id, user_id=user.id, role_id=predefined_role_id("qa"))
    client = (await make_client(gql, tenant))["client"]
    token = (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=member_token))["token"]
    # (Deactivation would end every session of the person, issue 14: a role change elsewhere does not.)
    await gql.mutate(
        "mutation($m: ID!, $r: ID!) { updateMembership(input: {membershipId: $m, roleId: $r}) { errors { code } } }",
        {"m": await _membership_gid(other, email), "r": encode_id("Role", predefined_role_id("finance"))},
        token=other.owner_token,
    )
    assert (await gql.ok(PORTAL, token=token))["clientPortal"] == [{"clientId": client["id"]}]
