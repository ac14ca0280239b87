import asyncio

from gqlaccess.models import OutboxEmail
from gqlaccess.services.core.outbox import read_variables

from ....support.factories import LOGIN, PASSWORD, invitation_token, make_tenant

REQUEST = "mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }"
RESET = """mutation($t: String!, $p: String!) {
  resetPassword(input: {token: $t, password: $p}) { ok errors { field code message } }
}"""
NEW_PASSWORD = "Another-Long-Passphrase-42"


async def _reset_link(runtime, email: str, *, newer_than: int = 0) -> str:
    """The lookup runs in a worker job (no timing oracle): wait for the e-mail it records."""
    for _ in range(1200):
        row = await OutboxEmail.filter(to_email=email, template="password_reset", id__gt=newer_than).order_by("-id").first()
        if row is not None:
            return read_variables(runtime.settings, row)["url"]
        await asyncio.sleep(0.05)
    raise AssertionError("no reset e-mail in the outbox")


async def _latest_id(email: str) -> int:
    row = await OutboxEmail.filter(to_email=email, template="password_reset").order_by("-id").first()
    return row.id if row else 0


async def test_reset_flow_sets_a_new_password_and_ends_sessions(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    assert (await gql.mutate(REQUEST, {"e": tenant.owner_email}))["ok"] is True
    url = await _reset_link(runtime, tenant.owner_email)
    assert url.startswith("http://testserver/reset-password/gqi_")
    assert (await gql.mutate(RESET, {"t": invitation_token(url), "p": NEW_PASSWORD}))["ok"] is True
    # Old sessions end, the old password no longer works, the new one does.
    assert await gql.error_code("{ me { email } }", token=tenant.owner_token) == "UNAUTHENTICATED"
    old = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD})
    assert old["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert (await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": NEW_PASSWORD}))["token"]
    # Single use.
    again = await gql.ok(RESET, {"t": invitation_token(url), "p": NEW_PASSWORD + "x"})
    assert again["resetPassword"]["errors"][0]["code"] == "INVITATION_USED"


async def test_unknown_email_gets_the_same_answer_and_no_mail(gql, runtime):
    data = await gql.ok(REQUEST, {"e": "nobody-at-all@example.com"})
    assert data["requestPasswordReset"] == {"ok": True, "errors": []}
    # A known address asked right after is mailed; the unknown one never is.
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(REQUEST, {"e": tenant.owner_email})
    await _reset_link(runtime, tenant.owner_email)
    assert not await OutboxEmail.exists(to_email="nobody-at-all@example.com")


async def test_a_new_request_revokes_the_previous_link(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(REQUEST, {"e": tenant.owner_email})
    first = await _reset_link(runtime, tenant.owner_email)
    seen = await _latest_id(tenant.owner_email)
    await gql.mutate(REQUEST, {"e": tenant.owner_email})
    second = await _reset_link(runtime, tenant.owner_email, newer_than=seen)
    assert first != second
    data = await gql.ok(RESET, {"t": invitation_token(first), "p": NEW_PASSWORD})
    assert data["resetPassword"]["errors"][0]["code"] == "INVITATION_REVOKED"


async def test_weak_password_is_refused_and_the_link_stays_usable(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(REQUEST, {"e": tenant.owner_email})
    token = invitation_token(await _reset_link(runtime, tenant.owner_email))
    data = await gql.ok(RESET, {"t": token, "p": "1234567890"})
    assert data["resetPassword"]["errors"][0] == {
        "field": "password", "code": "PASSWORD_TOO_WEAK", "message": data["resetPassword"]["errors"][0]["message"]
    }
    assert (await gql.mutate(RESET, {"t": token, "p": NEW_PASSWORD}))["ok"] is True


async def test_the_outbox_payload_is_encrypted_at_rest(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(REQUEST, {"e": tenant.owner_email})
    token = invitation_token(await _reset_link(runtime, tenant.owner_email))
    row = await OutboxEmail.filter(to_email=tenant.owner_email, template="password_reset").order_by("-id").first()
    assert token not in row.payload_encrypted
