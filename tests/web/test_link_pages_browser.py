"""The link pages in a real headless Chromium, against a real uvicorn serving the app
(fixtures in tests/support/browser.py)."""

from __future__ import annotations

import uuid

import pytest

from gqlaccess.models import Invitation, User
from gqlaccess.models.enums import InvitationKind, InvitationStatus
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.accounts import accounts
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.invitations import invitations

from ..support.browser import needs_chromium
from ..support.factories import LOGIN, PASSWORD

pytestmark = needs_chromium
STRONG = "Violet-Harbour-Lantern-73"


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


async def test_accept_invitation_in_french(browser, live_url, runtime, gql):
    email = f"browser-{uuid.uuid4().hex[:10]}@example.com"
    created = await accounts.create_account(runtime.deps, name="Navigateur SA", owner_email=email, language="fr")
    link = live_url + _path(created.invitation.url(runtime.settings))
    page = await browser.new_page()
    await page.goto(link)
    assert await page.get_attribute("html", "lang") == "fr"
    assert await page.get_by_role("heading", level=1).inner_text() == "Activer votre accès"

    # A weak password: the form comes back with the error tied to the field.
    await page.get_by_label("Nouveau mot de passe").fill("password123")
    await page.get_by_label("Répétez le mot de passe").fill("password123")
    await page.get_by_label("J'accepte les conditions d'utilisation.").check()
    await page.get_by_label("J'ai lu et j'accepte la politique de confidentialité.").check()
    async with page.expect_navigation():
        await page.get_by_role("button", name="Activer mon accès").click()
    password = page.get_by_label("Nouveau mot de passe")
    assert await password.get_attribute("aria-invalid") == "true"
    assert "trop facile à deviner" in await page.locator("#password-error").inner_text()
    assert await page.get_by_label("J'accepte les conditions d'utilisation.").is_checked()  # kept

    await password.fill(STRONG)
    await page.get_by_label("Répétez le mot de passe").fill(STRONG)
    async with page.expect_navigation():
        await page.get_by_role("button", name="Activer mon accès").click()
    await page.wait_for_selector("#outcome[data-outcome=success]")
    assert "Votre accès est activé" in await page.locator("#outcome").inner_text()
    assert (await gql.mutate(LOGIN, {"email": email, "password": STRONG}))["token"]

    await page.goto(link)  # the link works once
    assert "déjà été utilisé" in await page.locator("#outcome").inner_text()
    await page.close()


async def test_reset_password_in_english_and_expired_link(browser, live_url, runtime, gql):
    user = await User.create(
        email=f"browser-reset-{uuid.uuid4().hex[:10]}@example.com", name="Reset Me", activated_at=utcnow(),
        password_hash=await hash_password(PASSWORD, runtime.settings.argon2),
    )
    issued = await invitations.issue(runtime.deps, InvitationKind.PASSWORD_RESET, email=user.email, user_id=user.id)
    page = await browser.new_page(locale="en-US")
    await page.goto(live_url + _path(issued.url(runtime.settings)))
    assert await page.get_attribute("html", "lang") == "en"
    await page.get_by_label("New password").fill(STRONG)
    await page.get_by_label("Repeat the password").fill(STRONG)
    async with page.expect_navigation():
        await page.get_by_role("button", name="Save the new password").click()
    await page.wait_for_selector("#outcome[data-outcome=success]")
    assert (await gql.mutate(LOGIN, {"email": user.email, "password": STRONG}))["token"]

    await Invitation.filter(id=issued.invitation.id).update(status=InvitationStatus.PENDING, expires_at=utcnow())
    await page.goto(live_url + _path(issued.url(runtime.settings)))
    assert await page.locator("#outcome").get_attribute("data-outcome") == "expired"
    await page.close()


async def test_a_cross_site_form_post_is_refused(browser, live_url, runtime):
    email = f"browser-csrf-{uuid.uuid4().hex[:10]}@example.com"
    created = await accounts.create_account(runtime.deps, name="CSRF Co", owner_email=email)
    target = live_url + _path(created.invitation.url(runtime.settings))
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(target)  # the victim has the page's cookie (SameSite=Strict keeps it home)
    attacker = await context.new_page()
    await attacker.set_content(
        f"""<form id="f" method="post" action="{target}">
        <input name="csrf_token" value="guess"><input name="password" value="{STRONG}">
        <input name="password_confirm" value="{STRONG}"><input name="accept_terms" value="yes">
        <input name="accept_privacy" value="yes"></form>"""
    )
    async with attacker.expect_navigation():
        await attacker.evaluate("document.getElementById('f').submit()")
    assert "This form expired" in await attacker.content()
    assert (await Invitation.get(id=created.invitation.invitation.id)).status == InvitationStatus.PENDING
    await context.close()


TERMS_URL = "https://legal.example.com/terms"
PRIVACY_URL = "https://legal.example.com/privacy"
APP_URL = "https://app.example.com/sign-in"


@pytest.fixture
def configured_pages(runtime):  # type: ignore[no-untyped-def]
    """The session app with GQLACCESS_TERMS_URL, _PRIVACY_URL, _APP_URL and new consent versions.

    The pages and the services read the runtime's settings per request: swapped for this test
    only (tests run one at a time), restored after."""
    before = runtime.settings
    configured = before.with_overrides(terms_url=TERMS_URL, privacy_url=PRIVACY_URL, app_url=APP_URL,
                                       terms_version="2026-07-t", privacy_version="2026-07-p")
    runtime.settings = runtime.deps.settings = configured
    try:
        yield configured
    finally:
        runtime.settings = runtime.deps.settings = before


async def test_consent_links_every_error_at_once_and_the_sign_in_link(browser, live_url, runtime, configured_pages):
    email = f"browser-links-{uuid.uuid4().hex[:10]}@example.com"
    created = await accounts.create_account(runtime.deps, name="Links Ltd", owner_email=email)
    link = live_url + _path(created.invitation.url(runtime.settings))
    page = await browser.new_page(locale="en-US")
    await page.goto(link)

    # The consent texts are linked, with the versions the acceptance will record.
    terms = page.get_by_role("link", name="terms of use")
    assert await terms.get_attribute("href") == TERMS_URL and await terms.get_attribute("target") == "_blank"
    assert await page.get_by_role("link", name="privacy policy").get_attribute("href") == PRIVACY_URL
    assert "2026-07-t" in await page.locator("#terms-version").inner_text()
    assert "2026-07-p" in await page.locator("#privacy-version").inner_text()
    assert await page.get_by_label("I accept the terms of use.").count() == 1  # the link keeps the label whole

    # Mismatch, weak password, nothing ticked: every error at once, nothing written.
    await page.get_by_label("New password").fill("password123")
    await page.get_by_label("Repeat the password").fill("password124")
    async with page.expect_navigation():
        await page.get_by_role("button", name="Activate my access").click()
    for field in ("password", "password_confirm", "accept_terms", "accept_privacy"):
        assert await page.locator(f"#{field}").get_attribute("aria-invalid") == "true", field
        assert await page.locator(f"#{field}-error").is_visible(), field
    assert "not the same" in await page.locator("#password_confirm-error").inner_text()
    assert "too easy to guess" in await page.locator("#password-error").inner_text()
    assert (await Invitation.get(id=created.invitation.invitation.id)).status == InvitationStatus.PENDING

    # Only the mismatch left: it alone is reported.
    await page.get_by_label("New password").fill(STRONG)
    await page.get_by_label("Repeat the password").fill(STRONG + "x")
    await page.get_by_label("I accept the terms of use.").check()
    await page.get_by_label("I have read and accept the privacy policy.").check()
    async with page.expect_navigation():
        await page.get_by_role("button", name="Activate my access").click()
    assert await page.locator(".error").count() == 1
    assert await page.locator("#password_confirm-error").is_visible()

    await page.get_by_label("New password").fill(STRONG)
    await page.get_by_label("Repeat the password").fill(STRONG)
    async with page.expect_navigation():
        await page.get_by_role("button", name="Activate my access").click()
    await page.wait_for_selector("#outcome[data-outcome=success]")
    assert await page.get_by_role("link", name="Sign in").get_attribute("href") == APP_URL
    user = await User.get(email=email)
    assert (user.terms_version, user.privacy_version) == ("2026-07-t", "2026-07-p")
    assert user.terms_accepted_at is not None and user.privacy_accepted_at is not None

    await page.goto(link)  # used: the way to sign in is offered again
    assert await page.locator("#outcome").get_attribute("data-outcome") == "used"
    assert await page.get_by_role("link", name="Sign in").get_attribute("href") == APP_URL
    await page.close()


async def test_reset_page_reports_the_weak_password_with_the_mismatch(browser, live_url, runtime):
    user = await User.create(
        email=f"browser-reset2-{uuid.uuid4().hex[:10]}@example.com", name="Reset Two", activated_at=utcnow(),
        password_hash=await hash_password(PASSWORD, runtime.settings.argon2),
    )
    issued = await invitations.issue(runtime.deps, InvitationKind.PASSWORD_RESET, email=user.email, user_id=user.id)
    page = await browser.new_page(locale="en-US")
    await page.goto(live_url + _path(issued.url(runtime.settings)))
    await page.get_by_label("New password").fill("password123")
    await page.get_by_label("Repeat the password").fill("something-else")
    async with page.expect_navigation():
        await page.get_by_role("button", name="Save the new password").click()
    assert await page.locator("#password-error").is_visible() and await page.locator("#password_confirm-error").is_visible()
    assert await page.get_by_role("link", name="Sign in").count() == 0  # no app URL configured
    assert (await Invitation.get(id=issued.invitation.id)).status == InvitationStatus.PENDING
    await page.close()
