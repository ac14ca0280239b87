"""Shortening an account's session lifetime shortens its members' live sessions too.

Before, sessions opened under the old (longer) lifetime kept their expiry: an Admin who cut the
lifetime to 1 h after a leak still had week-long sessions around.
"""

from datetime import timedelta

from gqlaccess.models import Membership, Session, User
from gqlaccess.security.tokens import hash_secret
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import add_member, make_tenant

UPDATE = """mutation($a: ID!, $h: Int) { updateAccountSecurityPolicy(input: {accountId: $a,
  sessionLifetimeHours: $h}) { policy { sessionLifetimeHours } errors { field code } } }"""
ME = "{ me { email } }"


async def _session(token: str) -> Session:
    return await Session.get(token_hash=hash_secret(token))


async def _opened_hours_ago(token: str, hours: int) -> None:
    """As if the session had been opened `hours` ago under the 7-day default."""
    session = await _session(token)
    opened = session.created_at - timedelta(hours=hours)
    await Session.filter(id=session.id).update(created_at=opened, expires_at=opened + timedelta(days=7))


async def test_live_sessions_of_members_are_clamped_to_the_new_lifetime(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    _, old_token = await add_member(gql, tenant, "marketing")
    _, fresh_token = await add_member(gql, tenant, "marketing")
    await _opened_hours_ago(old_token, 3)
    assert (await gql.ok(ME, token=old_token))["me"]

    await gql.mutate(UPDATE, {"a": tenant.gid, "h": 2}, token=tenant.owner_token)

    # Opened 3 h ago: over the new 2 h lifetime, it ends now. The fresh one lasts 2 h from its start.
    assert await gql.error_code(ME, token=old_token) == "UNAUTHENTICATED"
    fresh = await _session(fresh_token)
    assert fresh.expires_at == fresh.created_at + timedelta(hours=2)
    assert (await gql.ok(ME, token=fresh_token))["me"]
    # The Admin's own session follows the same rule.
    owner = await _session(tenant.owner_token)
    assert owner.expires_at == owner.created_at + timedelta(hours=2)

    # Lengthening never extends a session.
    await gql.mutate(UPDATE, {"a": tenant.gid, "h": 24}, token=tenant.owner_token)
    assert (await _session(fresh_token)).expires_at == fresh.expires_at


async def test_only_the_accounts_active_members_are_clamped(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    stranger = await make_tenant(gql, runtime)
    email, shared_token = await add_member(gql, stranger, "marketing")
    _, inactive_token = await add_member(gql, stranger, "marketing")
    # One member of `stranger` also belongs to `tenant`; another is an *inactive* member of it,
    # whose login does not follow its policy either (account_policies.session_lifetime).
    shared_user = await User.get(email=email)
    await Membership.create(account_id=tenant.account_id, user_id=shared_user.id, role_id=predefined_role_id("qa"))
    inactive_user = (await _session(inactive_token)).user_id  # type: ignore[attr-defined]
    await Membership.create(account_id=tenant.account_id, user_id=inactive_user, role_id=predefined_role_id("qa"),
                            status="INACTIVE")
    before = {token: (await _session(token)).expires_at
              for token in (stranger.owner_token, inactive_token, shared_token)}

    await gql.mutate(UPDATE, {"a": tenant.gid, "h": 1}, token=tenant.owner_token)

    assert (await _session(stranger.owner_token)).expires_at == before[stranger.owner_token]
    assert (await _session(inactive_token)).expires_at == before[inactive_token]
    shared = await _session(shared_token)
    assert shared.expires_at == shared.created_at + timedelta(hours=1) < before[shared_token]
    # A new login gets the strictest lifetime among the accounts, as the clamp did.
    login = await gql.mutate("""mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) {
      token expiresAt errors { code } } }""", {"e": email, "p": "Correct-Horse-Battery-9"})
    fresh = await _session(login["token"])
    assert abs(fresh.expires_at - (fresh.created_at + timedelta(hours=1))) < timedelta(seconds=5)


async def test_an_account_refuses_sessions_older_than_its_lifetime_whenever_the_member_joined(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    """Joining (or being reactivated in) an account with a short session lifetime does not let an
    older session in: the lifetime is enforced when the account is used, not only at login."""
    strict, relaxed = await make_tenant(gql, runtime), await make_tenant(gql, runtime)
    await gql.mutate(UPDATE, {"a": strict.gid, "h": 2}, token=strict.owner_token)
    email, token = await add_member(gql, relaxed, "marketing")
    await _opened_hours_ago(token, 3)
    user = await User.get(email=email)
    await Membership.create(account_id=strict.account_id, user_id=user.id, role_id=predefined_role_id("qa"))

    users = "query($a: ID!) { users(accountId: $a) { totalCount } }"
    refused = await gql.execute(users, {"a": strict.gid}, token=token)
    assert refused["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "REAUTHENTICATION_REQUIRED"}, refused
    check = "query($a: ID!) { checkAccess(accountId: $a, capability: USERS) { allowed reason } }"
    assert (await gql.ok(check, {"a": strict.gid}, token=token))["checkAccess"] == {
        "allowed": False, "reason": "REAUTHENTICATION_REQUIRED"}
    # The account without a lifetime of its own still takes the session (as far as the role goes).
    assert (await gql.ok(check, {"a": relaxed.gid}, token=token))["checkAccess"]["reason"] in (
        "ALLOWED", "INSUFFICIENT_ROLE")
    # A session younger than the lifetime gets in.
    login = await gql.mutate("""mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) {
      token errors { code } } }""", {"e": email, "p": "Correct-Horse-Battery-9"})
    assert (await gql.ok(check, {"a": strict.gid}, token=login["token"]))["checkAccess"]["reason"] != (
        "REAUTHENTICATION_REQUIRED")
