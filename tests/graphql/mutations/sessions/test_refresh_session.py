"""refreshSession: short-lived access tokens renewed by rotating refresh tokens (issue 14, item 7)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from gqlaccess.config import load_settings
from gqlaccess.models import AuditEvent, Membership, RefreshToken, Session, User
from gqlaccess.models.enums import AuditOutcome
from gqlaccess.security.tokens import hash_secret
from gqlaccess.services.auth.sessions import issue_session
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import ACCEPT, PASSWORD, add_member, invitation_token, make_tenant
from ....support.users import REMOVE, membership_gid
from ._docs import ME, login, post, refresh, refusal


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


async def _session_of(token: str) -> Session:
    return await Session.get(token_hash=hash_secret(token))


async def test_login_returns_a_short_access_token_and_a_refresh_token_that_rotates(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    first = await login(gql, email)
    now = datetime.now(UTC)
    # Access: 15 minutes by default; the family: the account session lifetime (7 days by default).
    assert timedelta(minutes=14) < _at(first["expiresAt"]) - now <= timedelta(minutes=15)
    assert timedelta(days=6, hours=23) < _at(first["refreshExpiresAt"]) - now <= timedelta(days=7)
    assert first["refreshToken"].startswith("gqr_") and first["token"].startswith("gqs_")
    assert (await gql.ok(ME, token=first["token"]))["me"]["email"] == email

    second = (await refresh(gql, first["refreshToken"]))["data"]["refreshSession"]
    assert second["errors"] == []
    assert second["token"] != first["token"] and second["refreshToken"] != first["refreshToken"]
    # One session (family) throughout: the same id, the same end.
    assert second["refreshExpiresAt"] == first["refreshExpiresAt"]
    session = await _session_of(second["token"])
    assert await RefreshToken.filter(session_id=session.id).count() == 2
    # The new access token works, the replaced one does not.
    assert (await gql.ok(ME, token=second["token"]))["me"]["email"] == email
    assert await gql.error_code(ME, token=first["token"]) == "UNAUTHENTICATED"
    # Stored hashed: neither secret appears in any column.
    for secret in (first["refreshToken"], second["refreshToken"]):
        row = await RefreshToken.get(token_hash=hash_secret(secret))
        assert secret not in repr(await RefreshToken.filter(id=row.id).values())
    # And the next refresh works again (rotation continues).
    third = (await refresh(gql, second["refreshToken"]))["data"]["refreshSession"]
    assert (await gql.ok(ME, token=third["token"]))["me"]["email"] == email


async def test_a_reused_refresh_token_revokes_the_whole_family_and_is_audited(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    first = await login(gql, email)
    other_device = await login(gql, email)
    second = (await refresh(gql, first["refreshToken"]))["data"]["refreshSession"]

    # The spent token comes back (stolen, or replayed): refused, and everything of that family ends.
    stolen = await refresh(gql, first["refreshToken"])
    assert refusal(stolen) == {"code": "UNAUTHENTICATED", "reason": "REFRESH_TOKEN_REUSED"}
    assert await gql.error_code(ME, token=second["token"]) == "UNAUTHENTICATED"
    assert refusal(await refresh(gql, second["refreshToken"]))["code"] == "UNAUTHENTICATED"
    session = await Session.get(id=(await RefreshToken.get(token_hash=hash_secret(first["refreshToken"]))).session_id)  # type: ignore[attr-defined]
    assert session.revoked_at is not None and session.revoked_reason == "REFRESH_TOKEN_REUSED"
    events = await AuditEvent.filter(action="auth.refresh_session", target_id=str(session.id),
                                     outcome=AuditOutcome.DENIED).order_by("id")
    assert [(e.reason, e.details["familyRevoked"]) for e in events] == [
        ("REFRESH_TOKEN_REUSED", True), ("SESSION_REVOKED", False)]
    user = await User.get(email=email)
    assert events[0].details["userId"] == str(user.id)
    # Another device of the same person is another family: untouched.
    assert (await gql.ok(ME, token=other_device["token"]))["me"]["email"] == email


async def test_an_expired_access_token_is_renewed_by_refreshing(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    first = await login(gql, email)
    session = await _session_of(first["token"])
    await Session.filter(id=session.id).update(access_expires_at=utcnow() - timedelta(seconds=1))
    assert await gql.error_code(ME, token=first["token"]) == "UNAUTHENTICATED"
    renewed = (await refresh(gql, first["refreshToken"]))["data"]["refreshSession"]
    assert (await gql.ok(ME, token=renewed["token"]))["me"]["email"] == email


async def test_an_expired_family_cannot_be_refreshed(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    first = await login(gql, email)
    session = await _session_of(first["token"])
    await Session.filter(id=session.id).update(expires_at=utcnow() - timedelta(seconds=1))
    assert refusal(await refresh(gql, first["refreshToken"])) == {"code": "UNAUTHENTICATED", "reason": "SESSION_EXPIRED"}
    assert (await Session.get(id=session.id)).revoked_reason == "SESSION_EXPIRED"


async def test_the_account_session_lifetime_bounds_the_family(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    update = """mutation($a: ID!) { updateAccountSecurityPolicy(input: {accountId: $a, sessionLifetimeHours: 2}) {
      errors { code } } }"""
    await gql.mutate(update, {"a": tenant.gid}, token=tenant.owner_token)
    first = await login(gql, email)
    assert _at(first["refreshExpiresAt"]) - datetime.now(UTC) <= timedelta(hours=2)
    # Opened 3 hours ago (as if): refreshing cannot carry the family past the account's lifetime.
    session = await _session_of(first["token"])
    opened = session.created_at - timedelta(hours=3)
    await Session.filter(id=session.id).update(created_at=opened, expires_at=opened + timedelta(days=7))
    assert refusal(await refresh(gql, first["refreshToken"]))["reason"] == "SESSION_EXPIRED"

    # A family opened before the person joined a stricter account is cut to that account's lifetime.
    strict = await make_tenant(gql, runtime)
    await gql.mutate(update, {"a": strict.gid}, token=strict.owner_token)
    other_email, _ = await add_member(gql, await make_tenant(gql, runtime), "marketing")  # 7-day default
    fresh = await login(gql, other_email)
    await Membership.create(account_id=strict.account_id, user_id=(await User.get(email=other_email)).id,
                            role_id=predefined_role_id("qa"))
    renewed = (await refresh(gql, fresh["refreshToken"]))["data"]["refreshSession"]
    session = await _session_of(renewed["token"])
    assert _at(renewed["refreshExpiresAt"]) == session.expires_at
    assert abs(session.expires_at - (session.created_at + timedelta(hours=2))) < timedelta(seconds=1)
    assert _at(renewed["refreshExpiresAt"]) < _at(fresh["refreshExpiresAt"])


async def test_refresh_tokens_of_people_who_lost_their_access_are_refused(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    # Removed from the only account: the person is gone, with their sessions.
    gone_email, _ = await add_member(gql, tenant, "marketing")
    gone = await login(gql, gone_email)
    await gql.mutate(REMOVE, {"account": tenant.gid, "ids": [await membership_gid(tenant, gone_email)]},
                     token=tenant.owner_token)
    assert refusal(await refresh(gql, gone["refreshToken"]))["code"] == "UNAUTHENTICATED"
    # Removed from one of two accounts: the sessions end too (removal ends every session).
    other = await make_tenant(gql, runtime)
    kept_email, _ = await add_member(gql, tenant, "marketing")
    await Membership.create(account_id=other.account_id, user_id=(await User.get(email=kept_email)).id,
                            role_id=predefined_role_id("qa"))
    kept = await login(gql, kept_email)
    await gql.mutate(REMOVE, {"account": tenant.gid, "ids": [await membership_gid(tenant, kept_email)]},
                     token=tenant.owner_token)
    assert refusal(await refresh(gql, kept["refreshToken"])) == {"code": "UNAUTHENTICATED", "reason": "SESSION_REVOKED"}
    event = await AuditEvent.filter(action="auth.refresh_session", outcome=AuditOutcome.DENIED,
                                    reason="SESSION_REVOKED").order_by("-id").first()
    assert event is not None and event.target_type == "Session"


async def test_garbage_and_view_as_client_tokens_are_unauthenticated_without_side_effects(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    before = await Session.filter(revoked_at=None).count()
    for token in ("", "gqr_nope", tenant.owner_token):
        assert refusal(await refresh(gql, token)) == {"code": "UNAUTHENTICATED", "reason": "UNKNOWN_REFRESH_TOKEN"}
    assert await Session.filter(revoked_at=None).count() == before
    assert (await gql.ok(ME, token=tenant.owner_token))["me"]["email"] == tenant.owner_email


async def test_accept_invitation_opens_a_refreshable_session(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    from gqlaccess.services.accounts import accounts

    owner_email = f"r-owner-{uuid.uuid4().hex[:10]}@example.com"
    created = await accounts.create_account(runtime.deps, name="Refreshable", owner_email=owner_email)
    body = await post(gql, ACCEPT.replace("token user", "token refreshToken refreshExpiresAt user"),
                      {"token": invitation_token(created.invitation.url(runtime.settings)), "password": PASSWORD})
    payload = body["data"]["acceptInvitation"]
    assert payload["errors"] == [] and payload["refreshToken"].startswith("gqr_") and payload["refreshExpiresAt"]
    renewed = (await refresh(gql, payload["refreshToken"]))["data"]["refreshSession"]
    assert (await gql.ok(ME, token=renewed["token"]))["me"]["email"] == owner_email


async def test_access_token_lifetime_is_configurable(runtime, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GQLACCESS_ACCESS_TOKEN_TTL", "60")
    assert load_settings().lifetimes.access_token == timedelta(seconds=60)
    settings = runtime.settings.with_overrides(
        lifetimes=type(runtime.settings.lifetimes)(access_token=timedelta(seconds=60))
    )
    user = await User.create(email=f"ttl-{uuid.uuid4().hex[:10]}@example.com", name="Ttl", activated_at=utcnow())
    issued = await issue_session(settings, user)
    assert timedelta(seconds=55) < issued.expires_at - utcnow() <= timedelta(seconds=60)
    assert issued.refresh_expires_at - utcnow() > timedelta(days=6)

