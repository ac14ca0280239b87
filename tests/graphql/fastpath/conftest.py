"""The data every fast-path test runs over: tenants, members of several roles, tokens."""

from __future__ import annotations

import uuid

import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.graphql.pagination import encode_cursor
from gqlaccess.models import Account, ApiToken, Client, ClientResource, Membership, Resource, User
from gqlaccess.models.enums import ApiTokenKind, ClientStatus, MembershipStatus, ResourceKind
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.roles.roles import predefined_role_id

from ...support.factories import add_member, make_tenant
from .test_differential import World


@pytest.fixture(scope="module")
async def world(gql, runtime) -> World:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    hosted = await make_tenant(gql, runtime)
    # A managed hosted account of `tenant`: its members reach it through the host.
    await Account.filter(id=hosted.account_id).update(host_id=tenant.account_id, managed=True)
    tokens: dict[str, str | None] = {"anonymous": None, "rejected": "gqs_not-a-real-token"}
    tokens["owner"] = tenant.owner_token
    tokens["outsider"] = other.owner_token
    for role in ("marketing", "security", "team_lead"):
        tokens[role] = (await add_member(gql, tenant, role))[1]
    tokens["restricted"] = (await add_member(gql, tenant, "marketing_manager", media_sources=["facebook"], geos=["FR"]))[1]
    tokens["inactive"] = (await add_member(gql, tenant, "team_lead", active=False))[1]
    owner = await User.get(email=tenant.owner_email)
    # The owner also belongs to `other` as an inactive QA member, with narrowed scopes.
    await Membership.create(
        account_id=other.account_id, user_id=owner.id, role_id=predefined_role_id("qa"),
        status=MembershipStatus.INACTIVE, apps_all_current_and_future=False, app_ids=[str(uuid.uuid4())],
        media_sources_all=False, media_sources=["google"], geos_all=False, geos=["DE"],
    )
    secret = new_secret(API_TOKEN_PREFIX)
    await ApiToken.create(
        account_id=tenant.account_id, role_id=predefined_role_id("finance"), kind=ApiTokenKind.API,
        name="bench", token_hash=hash_secret(secret), prefix=secret[:8],
    )
    tokens["api_token"] = secret
    cursors = await _clients(tenant.account_id, other.account_id)
    members = await Membership.filter(account_id=tenant.account_id).values_list("user_id", flat=True)
    other_owner = await User.get(email=other.owner_email)
    return World(
        tokens=tokens,
        account_ids=[tenant.gid, other.gid, hosted.gid, encode_id("Account", uuid.uuid4()), "garbage"],
        user_ids=[encode_id("User", u) for u in members][:3] + [encode_id("User", other_owner.id)],
        client_cursors=cursors,
    )


async def _clients(account_id: uuid.UUID, other_account_id: uuid.UUID) -> list[str]:
    """Clients in every status, some with contact fields, sites and apps assigned; one elsewhere.
    Returns by-name cursors of a few of them (clients(after:))."""
    now = utcnow()
    site = await Resource.create(account_id=account_id, kind=ResourceKind.SITE, name="Site A", url="https://a.example")
    app = await Resource.create(account_id=account_id, kind=ResourceKind.APP, name="App B")
    specs = [
        ("Alpha", ClientStatus.POTENTIAL, {}, []),
        ("beta", ClientStatus.SITE_ASSIGNED, {"company": "Beta SA", "phone1": "+33 1 23 45 67"},
         [(site, ["VIEW_SITE", "PUBLISH"])]),
        ("Gamma", ClientStatus.INVITED, {"invited_at": now, "notes": "n", "partner_client_id": "g-1"},
         [(app, []), (site, ["VIEW_SITE"])]),
        ("Delta", ClientStatus.ACTIVE, {"invited_at": now, "first_login_at": now, "address": "1 rue", "phone2": "06"},
         [(site, ["VIEW_SITE", "EDIT_CONTENT", "VIEW_STATS"])]),
        ("alpha", ClientStatus.SUSPENDED, {"suspended_at": now, "company": "Alpha Ltd"}, [(app, ["USE_DEBUG_TOOLS"])]),
    ]
    created = []
    for index, (name, status, extra, assigned) in enumerate(specs):
        client = await Client.create(
            account_id=account_id, display_name=name, first_name=name, last_name=f"L{index}",
            email=f"{name.lower()}{index}@example.com", status=status,
            permissions=["VIEW_SITE", "VIEW_REPORTS"][: index % 3], **extra,
        )
        for resource, permissions in assigned:
            await ClientResource.create(client_id=client.id, resource_id=resource.id, permissions=permissions)
        created.append(client)
    await Client.create(account_id=other_account_id, display_name="Elsewhere", first_name="E", last_name="W",
                        email="elsewhere@example.com")
    return [encode_cursor([c.display_name, str(c.id)]) for c in created[:3]]


