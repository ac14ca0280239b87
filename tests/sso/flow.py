"""Driving a sign-in as a browser would, over real HTTP to the provider and ASGI to the app."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from ..support.factories import Tenant, make_tenant
from ..support.graphql import GraphQLClient

ADD_DOMAIN = """mutation($accountId: ID!, $domain: String!) {
  addAccountDomain(input: {accountId: $accountId, domain: $domain}) {
    domain { id domain verified txtRecordName txtRecordValue } errors { field code message } } }"""
VERIFY_DOMAIN = """mutation($id: ID!) {
  verifyAccountDomain(input: {domainId: $id}) { domain { id domain verified verifiedAt } errors { field code message } } }"""
REMOVE_DOMAIN = """mutation($id: ID!) {
  removeAccountDomain(input: {domainId: $id}) { removedDomainId errors { field code message } } }"""
DOMAINS = """query($accountId: ID!) { accountDomains(accountId: $accountId) { id domain verified txtRecordName } }"""
CONFIGURE = """mutation($input: ConfigureSsoInput!) {
  configureSso(input: $input) { connection { id issuer clientId enabled autoJoin requireSso redirectUri defaultRoleId }
    errors { field code message } } }"""
TEST_SSO = """mutation($accountId: ID!) { testSso(input: {accountId: $accountId}) { ok checks { name ok detail } signInUrl
  errors { field code message } } }"""
DISABLE = """mutation($accountId: ID!) { disableSso(input: {accountId: $accountId}) { connection { enabled } errors { code } } }"""
START = """mutation($email: String!) { startSso(input: {email: $email}) { redirectUrl errors { code message } } }"""
COMPLETE = """mutation($code: String!, $password: String) {
  completeSso(input: {code: $code, password: $password}) { token expiresAt joined user { id email }
    requiresTotpEnrollment errors { field code message } } }"""


def unique_domain() -> str:
    return f"acme-{uuid.uuid4().hex[:10]}.example"


async def verified_domain(gql: GraphQLClient, tenant: Tenant, dns: Any, domain: str) -> str:
    """Claims `domain` for the tenant, publishes its TXT record in dnsmasq, verifies it. Returns its ID."""
    added = await gql.mutate(ADD_DOMAIN, {"accountId": tenant.gid, "domain": domain}, token=tenant.owner_token)
    dns.publish(added["domain"]["txtRecordName"], added["domain"]["txtRecordValue"])
    verified = await gql.mutate(VERIFY_DOMAIN, {"id": added["domain"]["id"]}, token=tenant.owner_token)
    assert verified["domain"]["verified"] is True
    return str(added["domain"]["id"])


async def sso_tenant(
    gql: GraphQLClient, runtime: Any, dns: Any, *, issuer: str, client: dict[str, str],
    auto_join: bool = True, require_sso: bool = False, domain: str | None = None,
) -> tuple[Tenant, str]:
    tenant = await make_tenant(gql, runtime)
    domain = domain or unique_domain()
    await verified_domain(gql, tenant, dns, domain)
    await gql.mutate(CONFIGURE, {"input": {
        "accountId": tenant.gid, "issuer": issuer, "clientId": client["client_id"],
        "clientSecret": client["client_secret"], "autoJoin": auto_join, "requireSso": require_sso,
    }}, token=tenant.owner_token)
    return tenant, domain


@dataclass
class Callback:
    response: httpx.Response

    @property
    def fragment(self) -> dict[str, str]:
        location = self.response.headers.get("location", "")
        return {k: v[0] for k, v in parse_qs(urlsplit(location).fragment).items()}

    @property
    def code(self) -> str | None:
        return self.fragment.get("code")

    @property
    def reason(self) -> str | None:
        found = re.search(r'<code id="reason">([A-Z_]+)</code>', self.response.text)
        return found.group(1) if found else None


class Browser:
    """One browser: a cookie jar for the app (ASGI) and one for the provider (real HTTP)."""

    def __init__(self, app: Any) -> None:
        self.app_client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")
        self.provider_client = httpx.AsyncClient()

    async def close(self) -> None:
        await self.app_client.aclose()
        await self.provider_client.aclose()

    async def start(self, gql: GraphQLClient, email: str) -> str:
        """startSso, then the browser opens the URL: the provider's authorization URL it lands on."""
        payload = await gql.mutate(START, {"email": email})
        response = await self.app_client.get(payload["redirectUrl"].replace("http://testserver", ""))
        assert response.status_code == 303, response.text
        return response.headers["location"]

    async def provider_login(self, authorization_url: str, email: str, password: str = "any") -> str:
        """Through oidc-provider's login form; returns the callback URL it redirects to.
        Each call signs in afresh (the provider's session cookie is dropped: another person)."""
        self.provider_client.cookies.clear()
        url = authorization_url
        for _ in range(10):
            response = await self.provider_client.get(url)
            if response.status_code in (302, 303):
                url = httpx.URL(url).join(response.headers["location"]).__str__()
                if url.startswith("http://testserver/"):
                    return url
                continue
            assert response.status_code == 200, response.text
            form = re.search(r'action="([^"]+)"', response.text)
            assert form, response.text
            post = await self.provider_client.post(httpx.URL(url).join(form.group(1)),
                                                   data={"email": email, "password": password})
            assert post.status_code in (302, 303), post.text
            url = str(httpx.URL(url).join(post.headers["location"]))
            if url.startswith("http://testserver/"):
                return url
        raise AssertionError("the provider never redirected back")

    async def callback(self, url: str) -> Callback:
        return Callback(await self.app_client.get(url.replace("http://testserver", "")))

    async def complete(self, gql: GraphQLClient, code: str | None, password: str | None = None) -> dict[str, Any]:
        data = await gql.ok(COMPLETE, {"code": code or "", "password": password})
        return data["completeSso"]


def query_params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


ME = "query { me { email memberships { account { id } status role { name } } } }"


async def tenant_owned_at(gql: GraphQLClient, runtime: Any, domain: str) -> Tenant:
    """A tenant whose owner's address is in `domain` (break-glass tests)."""
    from gqlaccess.services.accounts.accounts import create_account

    from ..support.factories import ACCEPT, PASSWORD, invitation_token

    created = await create_account(runtime.deps, name=f"Owned {domain}", owner_email=f"owner@{domain}")
    assert created.invitation is not None
    payload = await gql.mutate(
        ACCEPT, {"token": invitation_token(created.invitation.url(runtime.settings)), "password": PASSWORD}
    )
    return Tenant(created.account.id, created.owner.email, payload["token"])
