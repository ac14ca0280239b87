"""Hosted accounts (seed 001) in Chromium: the wizard (managed / unmanaged), finish setup, rename,
deactivate, reactivate, delete with name confirmation; the managed status shown to members."""

from __future__ import annotations

from gqlaccess.models import Account

from ..support.factories import make_tenant


def row(page, name: str):  # type: ignore[no-untyped-def]
    return page.locator("table.data tbody tr", has_text=name)


async def test_wizard_managed_and_unmanaged_then_lifecycle(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime, name="Host agency")
    page = await console.open(context)
    await console.sign_in(page, tenant.owner_email)
    await page.get_by_role("link", name="Hosted accounts").click()
    await page.get_by_role("heading", name="Hosted accounts", level=1).wait_for()

    # Managed: name, then "continue as account admin".
    await page.get_by_role("button", name="Add an account").click()
    wizard = page.get_by_role("dialog", name="Add an account")
    await wizard.get_by_label("Account name").fill("Advertiser managed")
    await wizard.get_by_role("button", name="Next").click()
    assert await wizard.get_by_label("Invite someone else as account admin", exact=False).is_checked()  # the default
    await wizard.get_by_label("Continue as account admin", exact=False).check()
    assert await console.axe(page) == []
    await wizard.get_by_role("button", name="Create").click()
    await wizard.get_by_text("The managed account Advertiser managed is created and active.").wait_for()
    await wizard.get_by_role("button", name="Finish").click()
    assert "Managed" in await row(page, "Advertiser managed").inner_text()

    # Unmanaged: invite someone; without SMTP the setup link is shown to copy.
    await page.get_by_role("button", name="Add an account").click()
    await wizard.get_by_label("Account name").fill("Advertiser alone")
    await wizard.get_by_role("button", name="Next").click()
    await wizard.get_by_role("button", name="Send the invitation").click()
    await wizard.locator("input[name=adminEmail][aria-invalid=true]").wait_for()  # required for unmanaged
    await wizard.get_by_label("The account admin's e-mail").fill("boss@advertiser.example.com")
    await wizard.get_by_role("button", name="Send the invitation").click()
    link = wizard.get_by_label("Setup link")
    await link.wait_for()
    assert "/invite/" in await link.input_value()
    await wizard.get_by_role("button", name="Finish").click()
    assert "Setup in progress" in await row(page, "Advertiser alone").inner_text()
    await page.get_by_role("button", name="Finish setup: Advertiser alone").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_role("button", name="Finish setup").click()
    await dialog.get_by_label("Setup link").wait_for()
    await dialog.get_by_role("button", name="Finish").click()

    await page.get_by_role("button", name="Rename: Advertiser managed").click()
    await page.get_by_role("dialog").get_by_label("New name").fill("Advertiser one")
    await page.get_by_role("dialog").get_by_role("button", name="Rename").click()
    await page.get_by_role("status").filter(has_text="The account is now called Advertiser one.").wait_for()
    await page.get_by_role("button", name="Deactivate: Advertiser one").click()
    await page.get_by_role("status").filter(has_text="Advertiser one is deactivated.").wait_for()
    assert "Deactivated" in await row(page, "Advertiser one").inner_text()
    await page.get_by_role("button", name="Reactivate: Advertiser one").click()
    await page.get_by_role("status").filter(has_text="Advertiser one is active again.").wait_for()

    # Members of the managed account see that it is managed.
    managed = await Account.get(name="Advertiser one")
    await page.get_by_label("Account", exact=True).select_option(label="Advertiser one")
    await page.get_by_text("Managed by its host").wait_for()
    assert await console.axe(page) == []
    await page.get_by_label("Account", exact=True).select_option(label="Host agency")
    await page.get_by_role("link", name="Hosted accounts").click()

    await page.get_by_role("button", name="Delete: Advertiser one").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_label("Type the account's name to confirm").fill("Advertiser 1")
    await dialog.get_by_role("button", name="Delete").click()
    await dialog.locator("input[aria-invalid=true]").wait_for()
    assert await Account.filter(id=managed.id).exists()
    await dialog.get_by_label("Type the account's name to confirm").fill("Advertiser one")
    await dialog.get_by_role("button", name="Delete").click()
    await page.get_by_role("status").filter(has_text="Advertiser one is deleted.").wait_for()
    assert await row(page, "Advertiser one").count() == 0
    assert page.js_errors == []
