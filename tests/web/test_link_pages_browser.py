"""The link pages in a real headless Chromium, against a real uvicorn serving the app
(fixtures in tests/support/browser.py)."""

from __future__ import annotations

import uuid

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
