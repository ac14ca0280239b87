"""Single sign-on against a real OpenID provider (oidc-provider on loopback, driven over HTTP)."""

from __future__ import annotations

import uuid

import pytest

from gqlaccess.models import Account, AuditEvent, Membership, SsoConnection, SsoIdentity, User
from gqlaccess.models.enums import MembershipStatus
from gqlaccess.security import crypto
from gqlaccess.services.accounts import account_policies
from gqlaccess.services.roles.roles import predefined_role_id
from gqlaccess.services.sso.connections import SECRET_PURPOSE

from ..support.factories import LOGIN, PASSWORD, add_member, make_tenant
from .conftest import CLIENT_A
from .flow import (
    CONFIGURE,
    DISABLE,
    ME,
    TEST_SSO,
    Browser,
    query_params,
    sso_tenant,
    tenant_owned_at,
    unique_domain,
    verified_domain,
)


@pytest.fixture
async def browser(app):  # type: ignore[no-untyped-def]
    instance = Browser(app)
    try:
        yield instance
    finally:
        await instance.close()


async def sign_in(browser, gql, email, password="any"):  # type: ignore[no-untyped-def]
    authorization_url = await browser.start(gql, email)
    callback_url = await browser.provider_login(authorization_url, email, password)
    return await browser.callback(callback_url)


async def test_configure_shows_the_redirect_uri_and_keeps_the_secret_encrypted(gql, runtime, sso_settings, dns_server, oidc_provider):
    tenant, _ = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    body = await gql.ok("query($id: ID!) { ssoConnection(accountId: $id) { issuer clientId redirectUri enabled autoJoin } }",
                        {"id": tenant.gid}, token=tenant.owner_token)
    assert body["ssoConnection"] == {"issuer": oidc_provider.issuer, "clientId": CLIENT_A["client_id"],
                                     "redirectUri": "http://testserver/sso/callback", "enabled": True, "autoJoin": True}
    row = await SsoConnection.get(account_id=tenant.account_id)
    assert CLIENT_A["client_secret"] not in row.client_secret_encrypted
    assert crypto.decrypt(sso_settings.secret_key, SECRET_PURPOSE, row.client_secret_encrypted) == CLIENT_A["client_secret"]
    assert row.metadata["token_endpoint"] == f"{oidc_provider.issuer}/token"

    tested = await gql.mutate(TEST_SSO, {"accountId": tenant.gid}, token=tenant.owner_token)
    assert tested["ok"] is True, tested["checks"]
    assert [c["name"] for c in tested["checks"]] == ["discovery", "jwks", "client_secret_decrypts", "client_credentials"]
    assert tested["signInUrl"].startswith("http://testserver/sso/start/")

    # A wrong secret: the provider refuses the client, and testSso says so.
    await gql.mutate(CONFIGURE, {"input": {"accountId": tenant.gid, "issuer": oidc_provider.issuer,
                                           "clientId": CLIENT_A["client_id"], "clientSecret": "not-the-secret"}},
                     token=tenant.owner_token)
    tested = await gql.mutate(TEST_SSO, {"accountId": tenant.gid}, token=tenant.owner_token)
    assert tested["ok"] is False and tested["signInUrl"] is None
    failed = [c for c in tested["checks"] if not c["ok"]]
    assert [c["name"] for c in failed] == ["client_credentials"] and "invalid_client" in failed[0]["detail"]


async def test_configure_refuses_a_provider_whose_discovery_fails(gql, runtime, sso_settings, oidc_provider):
    tenant = await make_tenant(gql, runtime)
    for issuer, reason in ((oidc_provider.issuer + "/other", "DISCOVERY_HTTP_ERROR"),
                           ("http://127.0.0.1:9", "DISCOVERY_UNREACHABLE"),
                           ("http://idp.example.com", "INSECURE_URL")):
        body = await gql.ok(CONFIGURE, {"input": {"accountId": tenant.gid, "issuer": issuer, "clientId": "x",
                                                  "clientSecret": "y"}}, token=tenant.owner_token)
        errors = body["configureSso"]["errors"]
        assert [e["code"] for e in errors] == ["SSO_DISCOVERY_FAILED"] and reason in errors[0]["message"], errors
    assert not await SsoConnection.filter(account_id=tenant.account_id).exists()


async def test_just_in_time_membership_then_a_second_sign_in(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    email = f"newcomer-{uuid.uuid4().hex[:6]}@{domain}"
    authorization_url = await browser.start(gql, email)
    params = query_params(authorization_url)
    assert "code_challenge_method" in params, authorization_url
    assert params["code_challenge_method"] == "S256" and params["code_challenge"] and params["nonce"]
    assert params["state"] and params["login_hint"] == email and params["scope"] == "openid email profile"

    callback = await browser.callback(await browser.provider_login(authorization_url, email))
    assert callback.response.status_code == 303, callback.response.text
    location = callback.response.headers["location"]
    assert location.startswith("http://testserver/sso/complete#code=") and "token" not in location
    done = await browser.complete(gql, callback.code)
    assert done["errors"] == [] and done["joined"] is True and done["user"]["email"] == email
    me = (await gql.ok(ME, token=done["token"]))["me"]
    assert [(m["status"], m["role"]["name"]) for m in me["memberships"]] == [("ACTIVE", "Contributor")]
    user = await User.get(email=email)
    assert user.password_hash is None and user.activated_at and user.email_verified_at
    assert await SsoIdentity.filter(user_id=user.id, account_id=tenant.account_id, linked_by="verified_email").count() == 1
    # The code is one-time.
    again = await browser.complete(gql, callback.code)
    assert [e["code"] for e in again["errors"]] == ["INVALID_SSO_CODE"] and again["token"] is None

    second = await sign_in(browser, gql, email)
    done = await browser.complete(gql, second.code)
    assert done["errors"] == [] and done["joined"] is False
    assert await Membership.filter(user_id=user.id).count() == 1
    actions = await AuditEvent.filter(account_id=tenant.account_id, action__in=["sso.callback", "sso.complete"]).values_list(
        "action", "outcome")
    assert actions.count(("sso.complete", "ALLOWED")) == 2 and actions.count(("sso.callback", "ALLOWED")) == 2


async def test_without_auto_join_ask_your_administrator(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A,
                                      auto_join=False)
    email = f"stranger-{uuid.uuid4().hex[:6]}@{domain}"
    callback = await sign_in(browser, gql, email)
    assert callback.response.status_code == 403 and callback.reason == "JOIN_NOT_ALLOWED"
    assert "Ask your administrator" in callback.response.text
    assert not await User.filter(email=email).exists()
    assert await AuditEvent.filter(account_id=tenant.account_id, action="sso.callback", outcome="DENIED",
                                   reason="JOIN_NOT_ALLOWED").exists()

    # A member already there signs in without auto-join (and is linked: no password yet).
    member_email = f"member-{uuid.uuid4().hex[:6]}@{domain}"
    user = await User.create(email=member_email, name="Member")
    await Membership.create(account_id=tenant.account_id, user_id=user.id, role_id=predefined_role_id("qa"))
    done = await browser.complete(gql, (await sign_in(browser, gql, member_email)).code)
    assert done["errors"] == [] and done["joined"] is False
    await user.refresh_from_db()
    assert user.activated_at is not None


async def test_an_identity_with_a_password_is_linked_only_after_proving_it(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    email, _ = await add_member(gql, tenant, "marketing")
    user = await User.get(email=email)
    user.email = f"marketer-{uuid.uuid4().hex[:6]}@{domain}"
    await user.save(update_fields=["email"])
    email = user.email

    callback = await sign_in(browser, gql, email)
    assert callback.fragment.get("password") == "1"
    refused = await browser.complete(gql, callback.code)
    assert [e["code"] for e in refused["errors"]] == ["SSO_LINK_NEEDS_PASSWORD"] and refused["token"] is None
    callback = await sign_in(browser, gql, email)
    refused = await browser.complete(gql, callback.code, password="Wrong-Password-123")
    assert [e["code"] for e in refused["errors"]] == ["INVALID_CREDENTIALS"] and refused["token"] is None
    assert not await SsoIdentity.filter(user_id=user.id).exists()

    callback = await sign_in(browser, gql, email)
    done = await browser.complete(gql, callback.code, password=PASSWORD)
    assert done["errors"] == [] and done["token"]
    assert await SsoIdentity.filter(user_id=user.id, linked_by="password").count() == 1
    # Linked now: the next sign-in needs no password.
    callback = await sign_in(browser, gql, email)
    assert "password" not in callback.fragment
    assert (await browser.complete(gql, callback.code))["token"]


async def test_require_sso_refuses_password_login_except_the_owner(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    domain = unique_domain()
    tenant = await tenant_owned_at(gql, runtime, domain)
    await verified_domain(gql, tenant, dns_server, domain)
    await gql.mutate(CONFIGURE, {"input": {"accountId": tenant.gid, "issuer": oidc_provider.issuer,
                                           "clientId": CLIENT_A["client_id"], "clientSecret": CLIENT_A["client_secret"],
                                           "requireSso": True}}, token=tenant.owner_token)
    email, _ = await add_member(gql, tenant, "qa")
    user = await User.get(email=email)
    user.email = f"qa-{uuid.uuid4().hex[:6]}@{domain}"
    await user.save(update_fields=["email"])

    refused = (await gql.ok(LOGIN, {"email": user.email, "password": PASSWORD}))["login"]
    assert [e["code"] for e in refused["errors"]] == ["SSO_REQUIRED"] and refused["token"] is None
    wrong = (await gql.ok(LOGIN, {"email": user.email, "password": "Wrong-Password-123"}))["login"]
    assert [e["code"] for e in wrong["errors"]] == ["INVALID_CREDENTIALS"]  # no hint without the password
    owner = (await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD}))["login"]
    assert owner["errors"] == [] and owner["token"]
    assert await AuditEvent.filter(account_id=tenant.account_id, action="sso.break_glass_login",
                                   reason="OWNER_BREAK_GLASS").count() == 1
    assert await AuditEvent.filter(action="auth.login", outcome="REJECTED", reason="SSO_REQUIRED").exists()

    # Disabled SSO: require-SSO stops with it.
    await gql.mutate(DISABLE, {"accountId": tenant.gid}, token=tenant.owner_token)
    assert (await gql.ok(LOGIN, {"email": user.email, "password": PASSWORD}))["login"]["token"]


async def test_provider_says_email_not_verified(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    email = f"someone.unverified@{domain}"
    callback = await sign_in(browser, gql, email)
    assert callback.response.status_code == 403 and callback.reason == "EMAIL_NOT_VERIFIED"
    assert not await User.filter(email=email).exists()


async def test_plan_limit_and_allowed_domains_hold_for_just_in_time_members(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    await Account.filter(id=tenant.account_id).update(max_users=1)  # the owner fills it
    email = f"late-{uuid.uuid4().hex[:6]}@{domain}"
    refused = await browser.complete(gql, (await sign_in(browser, gql, email)).code)
    assert [e["code"] for e in refused["errors"]] == ["PLAN_USER_LIMIT_REACHED"] and refused["token"] is None
    await Account.filter(id=tenant.account_id).update(max_users=None)
    await account_policies.update(tenant.account_id, allowed_email_domains=["elsewhere.test"])
    refused = await browser.complete(gql, (await sign_in(browser, gql, email)).code)
    assert [e["code"] for e in refused["errors"]] == ["EMAIL_DOMAIN_NOT_ALLOWED"]
    assert not await User.filter(email=email).exists()
    assert not await Membership.filter(account_id=tenant.account_id, status=MembershipStatus.ACTIVE,
                                       user__email=email).exists()


APPROVE = "mutation($id: ID!) { approveSsoLink(input: {membershipId: $id}) { membershipId errors { code } } }"


async def test_an_admin_choice_links_without_the_password(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    from gqlaccess.graphql.ids import encode_id

    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    email, _ = await add_member(gql, tenant, "finance")
    user = await User.get(email=email)
    user.email = f"finance-{uuid.uuid4().hex[:6]}@{domain}"
    await user.save(update_fields=["email"])
    membership = await Membership.get(user_id=user.id, account_id=tenant.account_id)
    gid = encode_id("Membership", membership.id)
    _, lead_token = await add_member(gql, tenant, "team_lead")
    body = await gql.execute(APPROVE, {"id": gid}, token=lead_token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other = await make_tenant(gql, runtime)
    body = await gql.execute(APPROVE, {"id": gid}, token=other.owner_token)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"

    await gql.mutate(APPROVE, {"id": gid}, token=tenant.owner_token)
    callback = await sign_in(browser, gql, user.email)
    assert "password" not in callback.fragment
    done = await browser.complete(gql, callback.code)
    assert done["errors"] == [] and done["token"]
    assert await SsoIdentity.filter(user_id=user.id, linked_by="admin").count() == 1
    again = (await gql.ok(APPROVE, {"id": gid}, token=tenant.owner_token))["approveSsoLink"]
    assert [e["code"] for e in again["errors"]] == ["SSO_ALREADY_LINKED"]
    assert await AuditEvent.filter(account_id=tenant.account_id, action="sso.approve_link", outcome="ALLOWED").exists()


async def test_start_answers_alike_for_any_domain_and_test_sso_signs_in_nobody(gql, runtime, sso_settings, dns_server, oidc_provider, browser):
    from .flow import START

    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    configured = await gql.mutate(START, {"email": f"a@{domain}"})
    unknown = await gql.mutate(START, {"email": f"a@nobody-{uuid.uuid4().hex[:6]}.example"})
    invalid = await gql.mutate(START, {"email": "not an address"})
    shapes = {tuple(p) for p in (configured, unknown, invalid)}
    assert len(shapes) == 1
    for payload in (configured, unknown, invalid):
        assert payload["redirectUrl"].startswith("http://testserver/sso/start/") and len(payload["redirectUrl"]) == len(configured["redirectUrl"])

    tested = await gql.mutate(TEST_SSO, {"accountId": tenant.gid}, token=tenant.owner_token)
    response = await browser.app_client.get(tested["signInUrl"].replace("http://testserver", ""))
    email = f"tester-{uuid.uuid4().hex[:6]}@{domain}"
    page = (await browser.callback(await browser.provider_login(response.headers["location"], email))).response
    assert page.status_code == 200 and "Single sign-on test" in page.text
    for check in ("state_and_browser", "code_exchange", "id_token", "email_verified", "domain_verified"):
        assert f'data-check="{check}">✔' in page.text, page.text
    assert not await User.filter(email=email).exists()
