"""Hostile sign-ins: each refused at the callback, audited with its reason, and no session made.

The provider here is `RogueProvider` (servers.py): real HTTP on loopback serving discovery, a JWKS
and a token endpoint that returns ID tokens minted by the test with its own keys, so that the
provider can misbehave in every way our validator must catch.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from joserfc import jwt
from joserfc.jwk import OctKey

from gqlaccess.models import AuditEvent, Session, SsoIdentity, User

from .flow import Browser, query_params, sso_tenant

CLIENT = {"client_id": "rogue-a", "client_secret": "rogue-secret-a-" + "z" * 20}
CLIENT_B = {"client_id": "rogue-b", "client_secret": "rogue-secret-b-" + "w" * 20}


@pytest.fixture
async def browser(app):  # type: ignore[no-untyped-def]
    instance = Browser(app)
    try:
        yield instance
    finally:
        await instance.close()


@pytest.fixture
async def tenant_a(gql, runtime, sso_settings, dns_server, rogue):  # type: ignore[no-untyped-def]
    rogue.queued.clear()
    return await sso_tenant(gql, runtime, dns_server, issuer=rogue.issuer, client=CLIENT)


async def begin(browser, gql, email):  # type: ignore[no-untyped-def]
    """startSso + the browser at /sso/start: (state, nonce) of the authorization request."""
    params = query_params(await browser.start(gql, email))
    return params["state"], params["nonce"]


async def callback(browser, state, code="provider-code"):  # type: ignore[no-untyped-def]
    query = "&".join(f"{k}={v}" for k, v in (("state", state), ("code", code)) if v is not None)
    return await browser.callback(f"/sso/callback?{query}")


async def refused(browser, response, reason, *, status=400):  # type: ignore[no-untyped-def]
    assert response.reason == reason, response.response.text
    assert response.response.status_code == status
    assert "location" not in response.response.headers
    assert await AuditEvent.filter(action="sso.callback", outcome="DENIED", reason=reason).exists()


async def test_a_well_behaved_token_signs_in(gql, tenant_a, browser, rogue):
    tenant, domain = tenant_a
    email = f"fine-{uuid.uuid4().hex[:6]}@{domain}"
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email)))
    result = await callback(browser, state)
    assert result.code, result.response.text
    assert rogue.token_requests[-1]["code_verifier"] and rogue.token_requests[-1]["grant_type"] == "authorization_code"
    done = await browser.complete(gql, result.code)
    assert done["errors"] == [] and done["token"]


CASES = {
    "wrong_audience": (lambda r, n, e: r.mint(r.claims(client_id="someone-else", nonce=n, email=e)), "WRONG_AUDIENCE"),
    "expired": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e,
                                                exp=int(time.time()) - 120, iat=int(time.time()) - 400)), "TOKEN_EXPIRED"),
    "issued_in_the_future": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e,
                                                             iat=int(time.time()) + 600, exp=int(time.time()) + 900)),
                             "BAD_ISSUED_AT"),
    "wrong_issuer": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e,
                                                     iss="http://127.0.0.1:1")), "WRONG_ISSUER"),
    "missing_nonce": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=None, email=e)), "NONCE_MISSING"),
    "other_nonce": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce="not-" + n, email=e)),
                    "NONCE_MISMATCH"),
    "azp_of_another_client": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e,
                                                              aud=[CLIENT["client_id"], "other"], azp="other")),
                              "WRONG_AUTHORIZED_PARTY"),
    "bad_signature": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e),
                                             key=r.new_key(publish=False), header={"kid": r.published[0].kid}),
                      "BAD_SIGNATURE"),
    "unknown_kid": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e),
                                           key=r.new_key(publish=False)), "UNKNOWN_KEY_ID"),
    "hmac_with_the_client_secret": (lambda r, n, e: jwt.encode(
        {"alg": "HS256"}, r.claims(client_id=CLIENT["client_id"], nonce=n, email=e),
        OctKey.import_key(CLIENT["client_secret"].encode())), "ID_TOKEN_MALFORMED"),
    "email_not_verified": (lambda r, n, e: r.mint(r.claims(client_id=CLIENT["client_id"], nonce=n, email=e,
                                                           email_verified=False)), "EMAIL_NOT_VERIFIED"),
}


@pytest.mark.parametrize("case", sorted(CASES))
async def test_hostile_tokens_are_refused(gql, tenant_a, browser, rogue, case):
    tenant, domain = tenant_a
    make, reason = CASES[case]
    email = f"target-{uuid.uuid4().hex[:6]}@{domain}"
    sessions = await Session.all().count()
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(make(rogue, nonce, email))
    await refused(browser, await callback(browser, state), reason, status=403 if reason == "EMAIL_NOT_VERIFIED" else 400)
    assert await AuditEvent.filter(account_id=tenant.account_id, action="sso.callback", reason=reason).exists()
    assert await Session.all().count() == sessions
    assert not await User.filter(email=email).exists()


async def test_replayed_state_and_reused_nonce(gql, tenant_a, browser, rogue):
    tenant, domain = tenant_a
    email = f"replay-{uuid.uuid4().hex[:6]}@{domain}"
    state, nonce = await begin(browser, gql, email)
    token = rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email))
    rogue.queued.append(token)
    first = await callback(browser, state)
    assert first.code
    # The same callback again (a replay): the state was used once.
    rogue.queued.append(token)
    await refused(browser, await callback(browser, state), "UNKNOWN_STATE")
    # A new sign-in, the old token (its nonce belongs to the first sign-in) replayed.
    state2, _ = await begin(browser, gql, email)
    rogue.queued.append(token)
    await refused(browser, await callback(browser, state2), "NONCE_MISMATCH")
    assert await Session.filter(user__email=email).count() == 0


async def test_callback_without_a_pending_start_or_from_another_browser(gql, tenant_a, browser, rogue, app):
    tenant, domain = tenant_a
    await refused(browser, await callback(browser, None), "MISSING_STATE")
    await refused(browser, await callback(browser, "never-started-" + uuid.uuid4().hex), "UNKNOWN_STATE")
    email = f"csrf-{uuid.uuid4().hex[:6]}@{domain}"
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email)))
    other = Browser(app)  # the victim's browser, handed the attacker's callback URL
    try:
        await refused(other, await callback(other, state), "BROWSER_MISMATCH")
    finally:
        await other.close()
    # A forged one-time code is not a session either.
    done = await browser.complete(gql, "forged-" + uuid.uuid4().hex)
    assert [e["code"] for e in done["errors"]] == ["INVALID_SSO_CODE"] and done["token"] is None
    assert await AuditEvent.filter(action="sso.complete", outcome="REJECTED", reason="INVALID_SSO_CODE").exists()


async def test_an_authorization_response_of_another_issuer(gql, tenant_a, browser, rogue):
    """RFC 9207: a response naming another issuer is a mix-up; refused before the code is sent anywhere."""
    tenant, domain = tenant_a
    state, nonce = await begin(browser, gql, f"mixup-{uuid.uuid4().hex[:6]}@{domain}")
    before = len(rogue.token_requests)
    await refused(browser, await browser.callback(f"/sso/callback?state={state}&code=c&iss=http://127.0.0.1:1"),
                  "ISSUER_MISMATCH")
    assert len(rogue.token_requests) == before


async def test_key_rotation_is_picked_up(gql, tenant_a, browser, rogue):
    tenant, domain = tenant_a
    email = f"rotate-{uuid.uuid4().hex[:6]}@{domain}"
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email)))
    first = await callback(browser, state)
    assert first.code, first.response.text  # the JWKS is cached now
    fresh = rogue.new_key(publish=True)  # the provider rotates
    rogue.published.remove(rogue.published[0])
    rogue.published.insert(0, fresh)
    await asyncio.sleep(5.1)  # the JWKS is refreshed at most every 5 s (an invented kid cannot hammer the provider)
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email), key=fresh))
    second = await callback(browser, state)
    assert second.code, second.response.text


async def test_a_domain_verified_by_another_account(gql, runtime, tenant_a, browser, rogue, dns_server):
    """Account A's provider asserts an address of B's verified domain: never lands anywhere."""
    tenant, _ = tenant_a
    other, other_domain = await sso_tenant(gql, runtime, dns_server, issuer=rogue.issuer, client=CLIENT_B)
    victim = f"ceo@{other_domain}"
    state, nonce = await begin(browser, gql, f"attacker-{uuid.uuid4().hex[:6]}@{tenant_a[1]}")
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=victim)))
    await refused(browser, await callback(browser, state), "DOMAIN_NOT_VERIFIED", status=403)
    assert not await User.filter(email=victim).exists()
    assert not await SsoIdentity.filter(account_id=other.account_id).exists()


async def test_the_provider_of_account_a_cannot_sign_into_account_b(gql, runtime, tenant_a, browser, rogue, dns_server):
    """A sign-in started for B, finished with a token A's client got: B's client is not its audience."""
    tenant, domain_a = tenant_a
    other, domain_b = await sso_tenant(gql, runtime, dns_server, issuer=rogue.issuer, client=CLIENT_B)
    email = f"someone-{uuid.uuid4().hex[:6]}@{domain_b}"
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email)))
    await refused(browser, await callback(browser, state), "WRONG_AUDIENCE")
    # Even with B's audience, A's people are not B's to sign in (their domain is A's).
    state, nonce = await begin(browser, gql, email)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT_B["client_id"], nonce=nonce,
                                                email=f"someone@{domain_a}")))
    await refused(browser, await callback(browser, state), "DOMAIN_NOT_VERIFIED", status=403)
    assert not await SsoIdentity.filter(account_id=other.account_id).exists()


async def test_disabled_between_start_and_callback(gql, tenant_a, browser, rogue):
    tenant, domain = tenant_a
    email = f"late-{uuid.uuid4().hex[:6]}@{domain}"
    state, nonce = await begin(browser, gql, email)
    await gql.mutate("mutation($id: ID!) { disableSso(input: {accountId: $id}) { errors { code } } }",
                     {"id": tenant.gid}, token=tenant.owner_token)
    rogue.queued.append(rogue.mint(rogue.claims(client_id=CLIENT["client_id"], nonce=nonce, email=email)))
    await refused(browser, await callback(browser, state), "SSO_DISABLED")
    rogue.queued.clear()
