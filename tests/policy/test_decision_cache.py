"""The decision cache answers exactly what a fresh resolution answers, after every change.

Random sequences of changes made through the services (statuses, roles, scopes, security
policies, a host's status, session revocation) against a small world of members, a host member
reaching a managed hosted account, and an API token; after each change every (principal,
account) pair is resolved through the cache and straight from the database, and compared.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gqlaccess.models import Account, ApiToken, Membership, Role, Session, User
from gqlaccess.models.enums import ApiTokenKind, MembershipStatus, RoleKind
from gqlaccess.policy.access import resolve_access, resolve_access_fresh
from gqlaccess.policy.capabilities import Capability, Level
from gqlaccess.policy.decision_cache import CACHE, MISS
from gqlaccess.policy.principal import Principal, PrincipalKind
from gqlaccess.security.tokens import hash_secret
from gqlaccess.services.accounts import account_policies, hosted_accounts
from gqlaccess.services.auth import sessions
from gqlaccess.services.core.access_changes import access_changed
from gqlaccess.services.members import memberships
from gqlaccess.services.members.member_access import AccessChange, ValuesSpec
from gqlaccess.services.roles import custom_roles
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import make_tenant


@dataclass
class World:
    runtime: Any
    tenant: uuid.UUID
    host: uuid.UUID
    hosted: uuid.UUID
    owner: Principal
    host_owner: Principal
    role: Role
    members: dict[str, Membership] = field(default_factory=dict)
    principals: dict[str, Principal] = field(default_factory=dict)
    session_tokens: dict[str, str] = field(default_factory=dict)


async def _user(name: str) -> User:
    return await User.create(email=f"{name}-{uuid.uuid4().hex[:10]}@example.com", name=name, activated_at=_now())


def _now():  # type: ignore[no-untyped-def]
    from gqlaccess.services.core.clock import utcnow

    return utcnow()


@pytest.fixture(scope="module")
async def world(gql, runtime) -> World:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    host = await make_tenant(gql, runtime)
    hosted = await Account.create(name="Managed", host_id=host.account_id, managed=True)
    owner_id = (await Account.get(id=tenant.account_id)).owner_id  # type: ignore[attr-defined]
    host_owner_id = (await Account.get(id=host.account_id)).owner_id  # type: ignore[attr-defined]
    role = await Role.create(account_id=tenant.account_id, name="Cache role", kind=RoleKind.CUSTOM,
                             template_key="finance", capabilities={"billing": "VIEW", "clients": "VIEW"})
    w = World(runtime, tenant.account_id, host.account_id, hosted.id,
              Principal(kind=PrincipalKind.USER, user_id=owner_id),
              Principal(kind=PrincipalKind.USER, user_id=host_owner_id), role)
    for name, account, role_id in (
        ("alice", tenant.account_id, role.id),
        ("bob", tenant.account_id, predefined_role_id("marketing")),
        ("carol", host.account_id, predefined_role_id("team_lead")),
    ):
        user = await _user(name)
        w.members[name] = await Membership.create(account_id=account, user_id=user.id, role_id=role_id)
        w.principals[name] = Principal(kind=PrincipalKind.USER, user_id=user.id)
        _, w.session_tokens[name] = await sessions.create_session(user, lifetime=runtime.settings.lifetimes.session)
    token = await ApiToken.create(account_id=tenant.account_id, role_id=role.id, kind=ApiTokenKind.API,
                                  name="cache", token_hash=hash_secret(uuid.uuid4().hex), prefix="gqa_x")
    w.principals["token"] = Principal(kind=PrincipalKind.API_TOKEN, api_token_id=token.id,
                                      api_token_account_id=tenant.account_id, api_token_role_id=role.id)
    w.principals["owner"] = w.owner
    # Written straight to the tables above: announce them, as the services do.
    await access_changed(accounts=[tenant.account_id, host.account_id, hosted.id])
    return w


async def _granter(w: World, account: uuid.UUID) -> Any:
    return await resolve_access_fresh(w.owner if account == w.tenant else w.host_owner, account)


async def toggle_status(w: World, name: str) -> None:
    membership = await Membership.get(id=w.members[name].id)
    account = membership.account_id  # type: ignore[attr-defined]
    new = MembershipStatus.INACTIVE if membership.status == MembershipStatus.ACTIVE else MembershipStatus.ACTIVE
    await memberships.set_status(w.runtime.deps, await _granter(w, account), membership, new)


async def set_role_level(w: World, level: Level) -> None:
    role = await Role.get(id=w.role.id)
    await custom_roles.update_custom_role(
        await _granter(w, w.tenant), role, changes=[custom_roles.LevelChange(Capability.BILLING, level)]
    )


async def set_geos(w: World, geos: tuple[str, ...]) -> None:
    membership = await Membership.get(id=w.members["bob"].id)
    change = AccessChange(geos=ValuesSpec(all=not geos, values=geos))
    await memberships.update_membership(
        w.runtime.deps, await _granter(w, w.tenant), membership, change, memberships.ProfileChange()
    )


async def set_two_factor(w: World, required: bool) -> None:
    await account_policies.update(w.tenant, require_two_factor=required)


async def toggle_host(w: World) -> None:
    host = await Account.get(id=w.host)
    if host.status == "ACTIVE":
        await hosted_accounts.deactivate_account(host)
    else:
        await hosted_accounts.reactivate_account(host)


async def revoke_and_log_in_again(w: World, name: str) -> None:
    user = await User.get(id=w.principals[name].user_id)
    await sessions.revoke_user_sessions(user.id)
    old = w.session_tokens[name]
    assert (await sessions.authenticate_bearer(old)).kind == PrincipalKind.ANONYMOUS  # at once, this process
    w.session_tokens[f"{name}-revoked-{uuid.uuid4().hex[:4]}"] = old  # compared from now on too
    _, w.session_tokens[name] = await sessions.create_session(user, lifetime=w.runtime.settings.lifetimes.session)


CHANGES = st.one_of(
    st.tuples(st.just(toggle_status), st.sampled_from(["alice", "bob", "carol"])),
    st.tuples(st.just(set_role_level), st.sampled_from([Level.NONE, Level.VIEW, Level.MANAGE])),
    st.tuples(st.just(set_geos), st.sampled_from([(), ("FR",), ("FR", "DE")])),
    st.tuples(st.just(set_two_factor), st.booleans()),
    st.tuples(st.just(toggle_host)),
    st.tuples(st.just(revoke_and_log_in_again), st.sampled_from(["alice", "carol"])),
)


async def _uncached(call: Any, *args: Any) -> Any:
    wanted = CACHE.wanted
    CACHE.wanted = False
    try:
        return await call(*args)
    finally:
        CACHE.wanted = wanted


async def assert_cache_agrees(w: World) -> None:
    for name, principal in w.principals.items():
        for account in (w.tenant, w.host, w.hosted):
            cached = await resolve_access(principal, account)
            assert cached == await resolve_access_fresh(principal, account), (name, account)
    for name, token in w.session_tokens.items():
        cached = await sessions.authenticate_bearer(token)
        fresh = await _uncached(sessions.authenticate_bearer, token)
        assert (cached.kind, cached.user_id, cached.session_id) == (fresh.kind, fresh.user_id, fresh.session_id), name


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(changes=st.lists(CHANGES, min_size=1, max_size=6))
async def test_cached_access_equals_a_fresh_resolution_after_every_change(world: World, changes: list[Any]) -> None:
    assert CACHE.enabled, "the decision cache is off: this test would prove nothing"
    await assert_cache_agrees(world)  # fills the cache
    for change, *args in changes:
        await change(world, *args)
        await assert_cache_agrees(world)


async def test_the_cache_is_used_and_an_uncommitted_change_is_not_cached(world: World) -> None:
    alice = world.principals["alice"]
    await resolve_access(alice, world.tenant)
    key = ("access", alice.kind, alice.user_id, None, False, world.tenant)
    assert CACHE.get(key) is not MISS  # served from memory until something changes
    hits = CACHE.hits
    await resolve_access(alice, world.tenant)
    assert CACHE.hits == hits + 1
    from tortoise.transactions import in_transaction

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback):
        async with in_transaction():
            await access_changed(accounts=[world.tenant])
            assert CACHE.get(key) is MISS  # announced before commit: the old entry is gone here
            await resolve_access(alice, world.tenant)  # read inside the transaction: not stored
            assert CACHE.get(key) is MISS
            raise Rollback
    # Rolled back: the key stays announced above what the database holds, so nothing is cached
    # for it until its next change commits (a cost, never a stale answer).
    await resolve_access(alice, world.tenant)
    assert CACHE.get(key) is MISS
    await access_changed(accounts=[world.tenant])
    await resolve_access(alice, world.tenant)
    assert CACHE.get(key) is not MISS


async def test_a_revoked_session_is_refused_at_once(world: World) -> None:
    user = await User.get(id=world.principals["bob"].user_id)
    session, token = await sessions.create_session(user, lifetime=world.runtime.settings.lifetimes.session)
    assert (await sessions.authenticate_bearer(token)).session_id == session.id
    assert (await sessions.authenticate_bearer(token)).session_id == session.id  # now cached
    await sessions.revoke_session(session.id)
    assert (await sessions.authenticate_bearer(token)).kind == PrincipalKind.ANONYMOUS
    assert await Session.filter(id=session.id, revoked_at=None).count() == 0
