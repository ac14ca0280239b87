"""Sign in, the TOTP step, forgotten password, account switcher, sign out: in Chromium."""

from __future__ import annotations

import asyncio
import uuid

import pyotp

from gqlaccess.models import Invitation, Membership, User
from gqlaccess.models.enums import InvitationKind, MembershipStatus
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import PASSWORD, make_tenant

ENROLL = "mutation { enrollTotp { secret errors { code } } }"
CONFIRM = "mutation($c: String!) { confirmTotp(input: {code: $c}) { enabled errors { field code } } }"


async def test_owner_signs_in_sees_users_and_signs_out(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime, name="Sign-in Co")
    page = await console.open(context)
    assert await page.get_by_role("heading", level=1).inner_text() == "Sign in"
    shipped = await page.evaluate("""() => [...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource')].map((entry) => [entry.name, entry.encodedBodySize])""")
    assert all(url.startswith(console.base) for url, _ in shipped)  # nothing from elsewhere
    total = sum(size for _, size in shipped)
    print(f"\nfirst screen (sign in): {len(shipped)} files, {total:,} bytes uncompressed")
    assert 0 < total < 300_000
    assert await console.axe(page) == []

    # Keyboard only: type, Tab to the next field, Enter submits.
    await page.get_by_label("E-mail").focus()
    await page.keyboard.type(tenant.owner_email)
    await page.keyboard.press("Tab")
    await page.keyboard.type(PASSWORD)
    await page.keyboard.press("Enter")
    await page.get_by_role("heading", name="Users").wait_for()
    assert "/users" in page.url
    await page.locator("tbody tr", has_text=tenant.owner_email).wait_for()
    assert await console.axe(page) == []
    assert page.js_errors == []

    await page.get_by_role("button", name="Sign out").click()
    await page.get_by_role("heading", name="Sign in").wait_for()
    assert await page.evaluate("localStorage.getItem('gqlaccess.console.session')") is None
    await page.reload()  # the token is gone for good, not only from the screen
    await page.get_by_role("heading", name="Sign in").wait_for()


async def test_wrong_password_is_shown_next_to_the_field_in_the_page_language(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await console.open(context)
    await page.get_by_label("Language").select_option("fr")
    await page.get_by_role("heading", name="Connexion").wait_for()
    assert await page.get_attribute("html", "lang") == "fr"
    await page.get_by_label("E-mail").fill(tenant.owner_email)
    await page.get_by_label("Mot de passe").fill("not-the-password")
    await page.get_by_role("button", name="Se connecter").click()
    password = page.get_by_label("Mot de passe")
    await page.locator("input[aria-invalid=true]").wait_for()
    assert await password.get_attribute("aria-invalid") == "true"
    error_id = await password.get_attribute("aria-describedby")
    assert "ne correspondent pas" in await page.locator(f"#{error_id}").inner_text()
    assert await console.axe(page) == []


async def test_totp_step(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    secret = (await gql.mutate(ENROLL, token=tenant.owner_token))["secret"]
    totp = pyotp.TOTP(secret)
    assert (await gql.mutate(CONFIRM, {"c": totp.now()}, token=tenant.owner_token))["enabled"]

    page = await console.open(context)
    await console.sign_in(page, tenant.owner_email)
    code = page.get_by_label("Code from your authenticator app")
    await code.wait_for()
    assert await page.evaluate("document.activeElement.name") == "totpCode"  # focus moved to the step
    await code.fill("000000" if totp.now() != "000000" else "111111")
    await page.get_by_role("button", name="Verify").click()
    await page.locator("input[name=totpCode][aria-invalid=true]").wait_for()
    assert await console.axe(page) == []
    await code.fill(totp.now())
    await page.keyboard.press("Enter")
    await page.get_by_role("heading", name="Users").wait_for()


async def test_forgotten_password(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await console.open(context)
    await page.get_by_role("link", name="Forgotten password?").click()
    await page.get_by_role("heading", name="Forgotten password").wait_for()
    await page.get_by_label("E-mail").fill(tenant.owner_email)
    await page.get_by_role("button", name="Send the link").click()
    await page.get_by_role("status").filter(has_text="is a login").wait_for()
    for _ in range(100):  # the worker issues the link (the answer is the same for unknown e-mails)
        if await Invitation.filter(email=tenant.owner_email, kind=InvitationKind.PASSWORD_RESET).exists():
            break
        await asyncio.sleep(0.05)
    assert await Invitation.filter(email=tenant.owner_email, kind=InvitationKind.PASSWORD_RESET).exists()
    assert await console.axe(page) == []
    await page.get_by_role("link", name="Back to sign in").click()
    await page.get_by_role("heading", name="Sign in").wait_for()


async def test_account_switcher_and_two_tabs_on_two_accounts(gql, runtime, console, context):
    first = await make_tenant(gql, runtime, name=f"Alpha {uuid.uuid4().hex[:6]}")
    second = await make_tenant(gql, runtime, name=f"Beta {uuid.uuid4().hex[:6]}")
    person = await User.get(email=first.owner_email)
    await Membership.create(account_id=second.account_id, user_id=person.id, role_id=predefined_role_id("admin"),
                            status=MembershipStatus.ACTIVE)
    page = await console.open(context)
    await console.sign_in(page, first.owner_email)
    await page.locator("tbody tr", has_text=first.owner_email).wait_for()
    switcher = page.get_by_label("Account")
    first_gid = await switcher.input_value()

    await switcher.select_option(label=(await (await Membership.get(account_id=second.account_id, user_id=person.id)
                                                .prefetch_related("account")).account).name)
    await page.locator("tbody tr", has_text=second.owner_email).wait_for()
    assert await page.locator("tbody tr", has_text=second.owner_email).count() == 1
    second_gid = await switcher.input_value()
    assert second_gid != first_gid and second_gid in page.url

    # A second tab of the same person on the first account: each tab keeps its own account.
    other = await console.open(context, f"#/a/{first_gid}/users")
    await other.locator("tbody tr", has_text=first.owner_email).wait_for()
    assert await other.locator("tbody tr", has_text=second.owner_email).count() == 0
    await page.reload()
    await page.locator("tbody tr", has_text=second.owner_email).wait_for()
    assert await page.locator("tbody tr", has_text=first.owner_email).count() == 1  # a member of both
    assert await page.get_by_label("Account").input_value() == second_gid
    assert await other.get_by_label("Account").input_value() == first_gid
    assert page.js_errors == [] and other.js_errors == []
