from gqlaccess.models import AuditEvent, Session
from gqlaccess.security.tokens import hash_secret

from ....support.factories import LOGIN, PASSWORD, make_tenant

ME = "{ me { email } }"


async def test_login_returns_a_working_session_token(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await gql.mutate(LOGIN, {"email": tenant.owner_email.upper(), "password": PASSWORD})
    assert payload["user"]["email"] == tenant.owner_email
    assert payload["expiresAt"]
    assert (await gql.ok(ME, token=payload["token"]))["me"]["email"] == tenant.owner_email
    # Only a hash of the token is stored.
    assert await Session.exists(token_hash=hash_secret(payload["token"]))
    assert not await Session.exists(token_hash=payload["token"])


async def test_wrong_password_and_unknown_email_get_the_same_answer(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    wrong = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": "Wrong-password-123"})
    unknown = await gql.ok(LOGIN, {"email": "nobody-here@example.com", "password": PASSWORD})
    for data in (wrong, unknown):
        assert data["login"]["token"] is None
        assert data["login"]["errors"] == [
            {"field": None, "code": "INVALID_CREDENTIALS", "message": "The e-mail, password or code is not correct."}
        ]


async def test_pending_user_cannot_log_in(gql, runtime, unique):
    from gqlaccess.services.accounts.accounts import create_account

    created = await create_account(runtime.deps, name="Pending", owner_email=f"pending-{unique}@example.com")
    data = await gql.ok(LOGIN, {"email": created.owner.email, "password": PASSWORD})
    assert data["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_login_is_throttled_per_email(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    limit = runtime.settings.login_attempts_per_email
    for _ in range(limit):
        data = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": "Wrong-password-123"})
        assert data["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # Even the right password is refused once the window is exhausted.
    data = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD})
    assert data["login"]["token"] is None
    assert data["login"]["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"


async def test_failed_login_is_audited_as_rejected(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    before = await AuditEvent.filter(action="auth.login", outcome="REJECTED").count()
    await gql.ok(LOGIN, {"email": tenant.owner_email, "password": "Wrong-password-123"})
    assert await AuditEvent.filter(action="auth.login", outcome="REJECTED").count() == before + 1


async def test_logout_revokes_the_session_at_once(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    token = (await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": PASSWORD}))["token"]
    assert (await gql.mutate("mutation { logout { ok errors { code } } }", token=token))["ok"] is True
    assert await gql.error_code(ME + " ", token=token) == "UNAUTHENTICATED"
    # The other session (from acceptInvitation) still works.
    assert (await gql.ok(ME, token=tenant.owner_token))["me"]["email"] == tenant.owner_email


async def test_logout_needs_a_session(gql):
    assert await gql.error_code("mutation { logout { ok } }") == "UNAUTHENTICATED"
