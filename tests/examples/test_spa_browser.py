"""examples/spa in headless Chromium, served from another origin than the API.

First against the session app (development: any loopback origin allowed), the whole flow; then
against a real `gqlaccess serve` whose allowlist holds one origin only: the page on that origin
reads the answers, the same page on another origin is blocked by the browser.
"""

from __future__ import annotations

import re
import subprocess
import time
import uuid
from pathlib import Path

import httpx
import pyotp
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from gqlaccess.models import Membership, User
from gqlaccess.redis_runtime import dies_with_this_process
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.browser import Served, needs_chromium, offline
from ..support.factories import PASSWORD, add_member, make_tenant
from ..support.processes import free_port, gqlaccess_command, gqlaccess_env

pytestmark = needs_chromium
SPA_DIR = Path(__file__).resolve().parents[2] / "examples" / "spa"


def spa_app() -> Starlette:
    return Starlette(routes=[Mount("/", StaticFiles(directory=SPA_DIR, html=True))])


async def _open(browser, spa_url: str, api_url: str):  # type: ignore[no-untyped-def]
    context = await browser.new_context()
    aborted = await offline(context)
    page = await context.new_page()
    await page.goto(f"{spa_url}/?api={api_url}/graphql")
    await page.wait_for_selector("body[data-ready=true]")
    return context, page, aborted


async def _rows(page) -> list[str]:  # type: ignore[no-untyped-def]
    return await page.locator("#users tbody tr td:first-child").all_inner_texts()


async def test_the_spa_signs_in_with_totp_switches_accounts_pages_and_creates(browser, live_url, gql, runtime):
    home = await make_tenant(gql, runtime, name=f"Home {uuid.uuid4().hex[:6]}")
    other = await make_tenant(gql, runtime, name=f"Other {uuid.uuid4().hex[:6]}")
    for _ in range(6):
        await add_member(gql, home, "marketing")  # 7 users: two pages of 5
    owner = await User.get(email=home.owner_email)
    await Membership.create(account_id=other.account_id, user_id=owner.id, role_id=predefined_role_id("team_lead"))
    enrol = await gql.mutate("mutation { enrollTotp { secret errors { code } } }", token=home.owner_token)
    totp = pyotp.TOTP(enrol["secret"])
    await gql.mutate("mutation($c: String!) { confirmTotp(input: {code: $c}) { errors { code } } }",
                     {"c": totp.now()}, token=home.owner_token)

    async with Served(spa_app()) as spa:
        assert spa.url != live_url  # another origin: another port
        context, page, aborted = await _open(browser, spa.url, live_url)

        # Wrong password first: the payload error is shown as such.
        await page.get_by_label("E-mail").first.fill(home.owner_email)
        await page.get_by_label("Password").fill("not-the-password")
        await page.get_by_role("button", name="Sign in").click()
        await page.wait_for_selector("#errors li[data-code=INVALID_CREDENTIALS]")

        # The right password: the TOTP step appears, then the code signs in.
        await page.get_by_label("Password").fill(PASSWORD)
        await page.get_by_role("button", name="Sign in").click()
        await page.get_by_label("Authenticator code").wait_for()
        await page.get_by_label("Authenticator code").fill(totp.now())
        await page.get_by_role("button", name="Sign in").click()
        await page.wait_for_selector("#workspace:not([hidden])")
        assert await page.locator("#me-email").inner_text() == home.owner_email
        assert await page.locator("#my-role").inner_text() == "Admin"

        # Users, page by page (cursors).
        await page.wait_for_selector("#users-summary:text('7 users')")
        first_page = await _rows(page)
        assert len(first_page) == 5 and await page.locator("#previous-page").is_disabled()
        await page.get_by_role("button", name="Next page").click()
        await page.wait_for_selector("#users-summary:text('Page 2')")
        second_page = await _rows(page)
        assert len(second_page) == 2 and not set(first_page) & set(second_page)
        assert await page.locator("#next-page").is_disabled()
        await page.get_by_role("button", name="Previous page").click()
        await page.wait_for_selector("#users-summary:text('Page 1')")
        assert await _rows(page) == first_page

        # Create a user: every payload error at once, then a success.
        form = page.locator("#create-user-form")
        await form.get_by_label("E-mail").fill("not-an-email")
        await form.get_by_role("button", name="Create user").click()
        await page.wait_for_selector("#errors li[data-field]")
        shown = await page.locator("#errors li").evaluate_all("items => items.map(i => [i.dataset.field, i.dataset.code])")
        assert ["email", "INVALID_EMAIL"] in shown, shown
        new_email = f"spa-{uuid.uuid4().hex[:8]}@example.com"
        await form.get_by_label("E-mail").fill(new_email)
        await form.get_by_label("Name").fill("Made In Browser")
        await form.get_by_label("Role").select_option(label="Marketing")
        await form.get_by_role("button", name="Create user").click()
        await page.wait_for_selector(f"#created:text('Invited {new_email}')")
        await page.wait_for_selector("#users-summary:text('8 users')")
        assert await User.filter(email=new_email).exists()

        # Switch to the other account: another role, other users.
        await page.locator("#account").select_option(str(other.gid))
        await page.wait_for_selector("#my-role:text('Team lead')")
        await page.wait_for_selector(f"#users tbody td:text('{other.owner_email}')")
        assert home.owner_email in await _rows(page) and len(await _rows(page)) == 2

        # Sign out: the token is dead.
        await page.get_by_role("button", name="Sign out").click()
        await page.wait_for_selector("#sign-in:not([hidden])")
        assert aborted == []
        await context.close()


def _serve(tmp_path: Path, allowed_origin: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = gqlaccess_env(GQLACCESS_PORT=str(port), GQLACCESS_CORS_ORIGINS=allowed_origin,
                        GQLACCESS_CORS_ALLOW_LOOPBACK="0")
    process = subprocess.Popen(gqlaccess_command("serve"), cwd=tmp_path, env=env, text=True,
                               stdout=subprocess.DEVNULL, stderr=open(tmp_path / "serve.log", "w"),
                               preexec_fn=dies_with_this_process())
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError((tmp_path / "serve.log").read_text())
        try:
            if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise AssertionError("serve never became ready")


async def _try_login(page) -> None:  # type: ignore[no-untyped-def]
    await page.get_by_label("E-mail").first.fill("nobody@example.com")
    await page.get_by_label("Password").fill("whatever-it-is-1")
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_selector("#errors li")


@pytest.mark.timeout(240)
async def test_an_origin_outside_the_allowlist_is_blocked_by_the_browser(browser, tmp_path):
    async with Served(spa_app()) as allowed, Served(spa_app(), host="localhost") as refused:
        process, api = _serve(tmp_path, allowed.url)
        try:
            context, page, _ = await _open(browser, allowed.url, api)
            await _try_login(page)  # the answer is readable: the API's own refusal
            assert await page.locator("#errors li").get_attribute("data-code") == "INVALID_CREDENTIALS"
            await context.close()

            context, page, _ = await _open(browser, refused.url, api)
            messages: list[str] = []
            page.on("console", lambda message: messages.append(message.text))
            await _try_login(page)
            assert await page.locator("#errors li").get_attribute("data-code") == "NETWORK_ERROR"
            assert "Failed to fetch" in await page.locator("#errors").inner_text()
            assert any(re.search("CORS policy", m) for m in messages), messages  # Chromium says why
            await context.close()
        finally:
            process.terminate()
            process.wait(30)
