"""The whole sign-in in headless Chromium: the app's page -> oidc-provider's login form ->
/sso/callback -> the app's page signed in (Debian's chromium through playwright)."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator

import pytest
import uvicorn

from gqlaccess.models import AuditEvent, SsoIdentity

from .conftest import CLIENT_A
from .flow import ME, sso_tenant

CHROMIUM = os.environ.get("GQLACCESS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (apt-get install -y chromium)")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START = """async (email) => {
  const response = await fetch("/graphql", {method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({query: "mutation($e: String!) { startSso(input: {email: $e}) { redirectUrl } }",
                          variables: {e: email}})});
  return (await response.json()).data.startSso.redirectUrl;
}"""


@pytest.fixture
async def live_app(app, runtime, sso_settings, live_port, monkeypatch) -> AsyncIterator[str]:  # type: ignore[no-untyped-def]
    """The session app served by uvicorn on the port the provider knows, its public URL set to it."""
    url = f"http://127.0.0.1:{live_port}"
    settings = sso_settings.with_overrides(public_url=url)
    monkeypatch.setattr(runtime, "settings", settings)
    monkeypatch.setattr(runtime.deps, "settings", settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=live_port, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110  (uvicorn offers no event to wait on)
        await asyncio.sleep(0.02)
    try:
        yield url
    finally:
        server.should_exit = True
        await task


@pytest.fixture
async def chromium() -> AsyncIterator[object]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


async def browser_sign_in(chromium, live_url: str, email: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Returns (status text, session token) as the app page shows and keeps them."""
    context = await chromium.new_context()
    try:
        page = await context.new_page()
        await page.goto(live_url + "/sso/complete")  # any page of the app: the SPA's origin
        redirect_url = await page.evaluate(START, email)
        await page.goto(redirect_url)
        assert await page.get_by_role("heading", level=1).inner_text() == "Test identity provider"
        await page.get_by_label("Email").fill(email)
        await page.get_by_label("Password").fill("idp-password")
        await page.get_by_role("button", name="Sign in").click()
        status = page.locator("#status[data-code]")
        await status.wait_for(timeout=20_000)
        assert page.url == live_url + "/sso/complete"  # the code left the address bar
        token = await page.evaluate("sessionStorage.getItem('gqlaccess_token')")
        return await status.inner_text(), token
    finally:
        await context.close()


async def test_sign_in_through_the_provider_in_a_browser(gql, runtime, dns_server, oidc_provider, live_app, chromium):
    tenant, domain = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    email = f"browser-{uuid.uuid4().hex[:6]}@{domain}"
    text, token = await browser_sign_in(chromium, live_app, email)
    assert text == f"Signed in as {email}"
    me = (await gql.ok(ME, token=token))["me"]
    assert me["email"] == email and [m["status"] for m in me["memberships"]] == ["ACTIVE"]
    assert await SsoIdentity.filter(account_id=tenant.account_id, user__email=email).exists()
    assert await AuditEvent.filter(account_id=tenant.account_id, action="sso.complete", outcome="ALLOWED").exists()
