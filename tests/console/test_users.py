"""The users screen (seed 003) in Chromium: table, filters, sort, pages, add, row actions, bulk edit
with its dry-run preview, CSV export; and what a person without the capability is not offered."""

from __future__ import annotations

import zipfile

from gqlaccess.models import Account, Membership, Role, User
from gqlaccess.models.enums import MembershipStatus, RoleKind
from gqlaccess.services.core.access_changes import access_changed
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import PASSWORD, add_member, make_tenant
from .members import add_members


async def signed_in(console, context, email):  # type: ignore[no-untyped-def]
    page = await console.open(context)
    await console.sign_in(page, email)
    await page.get_by_role("heading", name="Users").wait_for()
    await page.locator("table.data[aria-busy=false]").wait_for()
    return page


def rows(page):  # type: ignore[no-untyped-def]
    return page.locator("table.data tbody tr[data-key]")


async def settled(page) -> None:  # type: ignore[no-untyped-def]
    await page.wait_for_timeout(300)  # the search is debounced (250 ms)
    await page.locator("table.data[aria-busy=false]").wait_for()


async def test_table_search_filters_sort_and_cursor_pages(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    await add_members(tenant, 55, prefix="active")
    await add_members(tenant, 3, prefix="dormant", status=MembershipStatus.INACTIVE)
    temporary = await Role.create(account_id=tenant.account_id, name="Temporary role 1", kind=RoleKind.TEMPORARY,
                                  capabilities={"clients": "VIEW"})
    await add_members(tenant, 2, prefix="legacy", role_id=temporary.id)
    page = await signed_in(console, context, tenant.owner_email)

    assert await page.locator("table.data caption").inner_text() == "61 users"
    assert await rows(page).count() == 50
    await page.get_by_role("button", name="Next page").click()
    await settled(page)
    assert await rows(page).count() == 11
    assert await page.get_by_text("Page 2").count() == 1
    await page.get_by_role("button", name="Previous page").click()
    await settled(page)
    assert await rows(page).count() == 50
    assert await console.axe(page) == []

    await page.get_by_label("Search by name or e-mail").fill("dormant")
    await settled(page)
    assert await rows(page).count() == 3
    await page.get_by_label("Search by name or e-mail").fill("")

    await page.get_by_label("Role").select_option(label="Temporary role 1 (temporary)")
    await settled(page)
    assert await rows(page).count() == 2
    assert "Legacy" in await rows(page).first.inner_text()
    await page.get_by_label("Role").select_option(value="")
    await page.get_by_label("Status").select_option(label="Inactive")
    await settled(page)
    assert await rows(page).count() == 3
    await page.get_by_label("Status").select_option(value="")
    await settled(page)

    name_header = page.locator("th", has=page.get_by_role("button", name="Name"))
    assert await name_header.get_attribute("aria-sort") == "ascending"
    first_ascending = await rows(page).first.inner_text()
    await page.get_by_role("button", name="Name").click()
    await settled(page)
    assert await name_header.get_attribute("aria-sort") == "descending"
    assert await rows(page).first.inner_text() != first_ascending
    assert "Tenant" not in await rows(page).first.inner_text()

    await page.get_by_role("button", name="Last login").click()
    await settled(page)
    # Ascending last login: the active members log in at now - index minutes, the oldest first.
    assert "Active 00054" in await rows(page).first.inner_text()
    assert page.js_errors == []


async def test_add_user_errors_next_to_the_field_then_added_keyboard_only(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await signed_in(console, context, tenant.owner_email)
    await page.get_by_role("button", name="Add user").focus()
    await page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Add a user")
    await dialog.wait_for()
    await dialog.get_by_label("Name").focus()
    await page.keyboard.type("Nadia Keyboard")
    await page.keyboard.press("Tab")
    await page.keyboard.type("not-an-email")
    await page.keyboard.press("Enter")  # submits the form
    email = dialog.get_by_label("E-mail")
    await dialog.locator("input[name=email][aria-invalid=true]").wait_for()
    message = await dialog.locator(f"#{(await email.get_attribute('aria-describedby'))}").inner_text()
    assert message == "Enter a valid e-mail address."
    assert await console.axe(page) == []

    await email.fill("nadia.keyboard@example.com")
    await email.press("Enter")
    await page.get_by_role("status").filter(has_text="nadia.keyboard@example.com was added.").wait_for()
    await dialog.wait_for(state="detached")
    row = rows(page).filter(has_text="nadia.keyboard@example.com")
    await row.wait_for()
    assert "Pending" in await row.inner_text()
    membership = await Membership.get(account_id=tenant.account_id, user__email="nadia.keyboard@example.com")
    assert (await User.get(id=membership.user_id)).activated_at is None  # invited, not yet active


async def test_payload_errors_in_french(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await signed_in(console, context, tenant.owner_email)
    await page.get_by_label("Language").select_option("fr")
    await page.get_by_role("heading", name="Utilisateurs").wait_for()
    await page.get_by_role("button", name="Ajouter un utilisateur").click()
    dialog = page.get_by_role("dialog", name="Ajouter un utilisateur")
    await dialog.get_by_label("Nom").fill("Zoé")
    await dialog.get_by_label("E-mail").fill("zoe@@example")
    await dialog.get_by_role("button", name="Ajouter").click()
    await dialog.locator("input[name=email][aria-invalid=true]").wait_for()
    assert "Saisissez une adresse e-mail valide." in await dialog.locator(".field-error").inner_text()


async def test_row_actions_resend_deactivate_reactivate_reset_2fa_remove(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    pending = (await add_members(tenant, 1, prefix="waiting", pending=True))[0]
    active = (await add_members(tenant, 1, prefix="worker"))[0]
    await User.filter(email=active).update(totp_enabled_at=(await User.get(email=active)).created_at,
                                           totp_secret_encrypted="x")
    page = await signed_in(console, context, tenant.owner_email)

    owner_row = rows(page).filter(has_text=tenant.owner_email)
    assert await owner_row.locator("button[data-action]").count() == 0  # the owner: nothing offered
    assert await owner_row.locator("input[type=checkbox]").is_disabled()

    async def act(email: str, action: str, expected: str) -> None:
        await rows(page).filter(has_text=email).locator(f"button[data-action={action}]").click()
        dialog = page.get_by_role("dialog")
        await dialog.wait_for()
        assert await console.axe(page) == []
        await dialog.locator("button.primary, button.danger").first.click()
        await page.get_by_role("status").filter(has_text=expected).wait_for()
        await settled(page)

    await act(pending, "resend", f"Invitation sent again to {pending}.")
    await act(active, "reset2fa", f"Two-factor authentication of {active} was reset.")
    assert (await User.get(email=active)).totp_enabled_at is None
    await act(active, "deactivate", f"{active} is deactivated.")
    assert (await Membership.get(user__email=active)).status == MembershipStatus.INACTIVE
    assert "Inactive" in await rows(page).filter(has_text=active).inner_text()
    await act(active, "reactivate", f"{active} is active again.")
    assert (await Membership.get(user__email=active)).status == MembershipStatus.ACTIVE
    await act(pending, "remove", f"{pending} was removed.")
    assert not await Membership.filter(account_id=tenant.account_id, user__email=pending).exists()
    assert await rows(page).filter(has_text=pending).count() == 0
    assert page.js_errors == []


async def test_bulk_edit_shows_the_dry_run_before_saving(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    emails = await add_members(tenant, 3, prefix="bulk", role_key="marketing")
    page = await signed_in(console, context, tenant.owner_email)
    for email in emails[:2]:
        await page.get_by_label(f"Select {email}").check()
    assert await page.get_by_label(f"Select {tenant.owner_email}").is_disabled()  # owner excluded
    await page.get_by_role("button", name="Edit selected (2)").click()
    dialog = page.get_by_role("dialog", name="Edit 2 users")
    await dialog.get_by_label("Change the role").check()
    await dialog.get_by_label("Role", exact=True).select_option(label="Finance")
    await dialog.get_by_label("Change the geos").check()
    await dialog.get_by_label("Only these (comma-separated)", exact=True).check()
    await dialog.get_by_label("Geos: Only these (comma-separated)").fill("fr, de")
    await dialog.get_by_role("button", name="Preview").click()
    await dialog.get_by_role("heading", name="Preview: nothing is saved yet").wait_for()
    preview = dialog.locator("tbody tr")
    assert await preview.count() == 2
    assert "Finance" in await preview.first.inner_text() and "DE, FR" in await preview.first.inner_text()
    assert await console.axe(page) == []
    marketing = predefined_role_id("marketing")
    assert await Membership.filter(user__email__in=emails, role_id=marketing).count() == 3  # nothing written

    await dialog.get_by_role("button", name="Save").click()
    await page.get_by_role("status").filter(has_text="2 users updated.").wait_for()
    finance = predefined_role_id("finance")
    assert await Membership.filter(user__email__in=emails[:2], role_id=finance, geos_all=False).count() == 2
    assert (await Membership.get(user__email=emails[2])).role_id == marketing
    await settled(page)
    assert "Finance" in await rows(page).filter(has_text=emails[0]).inner_text()
    assert await page.get_by_role("button", name="Edit selected (0)").is_disabled()


async def test_bulk_edit_refusal_is_shown_next_to_the_field(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    emails = await add_members(tenant, 1, prefix="geo")
    page = await signed_in(console, context, tenant.owner_email)
    await page.get_by_label(f"Select {emails[0]}").check()
    await page.get_by_role("button", name="Edit selected (1)").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_label("Change the geos").check()
    await dialog.get_by_label("Only these (comma-separated)", exact=True).check()
    await dialog.get_by_label("Geos: Only these (comma-separated)").fill("France")
    await dialog.get_by_role("button", name="Preview").click()
    await dialog.locator("fieldset .field-error").wait_for()
    assert "two-letter country codes" in await dialog.locator("fieldset .field-error").inner_text()


async def test_csv_export_progress_then_download(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    await add_members(tenant, 30, prefix="exported")
    page = await signed_in(console, context, tenant.owner_email)
    await page.get_by_role("button", name="Export CSV").click()
    link = page.get_by_role("link", name="Download")
    await link.wait_for(timeout=30_000)
    assert "The file is ready (31 rows)." in await page.locator(".export [role=status]").inner_text()
    async with page.expect_download() as download_info:
        await link.click()
    download = await download_info.value
    path = await download.path()
    with zipfile.ZipFile(path) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    assert text.count("\n") >= 31 and "exported-" in text
    assert await console.axe(page) == []


async def test_the_progress_bar_is_shown_while_the_file_is_written(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await signed_in(console, context, tenant.owner_email)
    holding = {"on": True}

    async def hold(route):  # type: ignore[no-untyped-def]
        """While holding, polls answer as the job's real state made RUNNING at half way."""
        if not holding["on"] or "ConsoleExportJob" not in (route.request.post_data or ""):
            await route.continue_()
            return
        response = await route.fetch()
        body = await response.json()
        body["data"]["exportJob"].update(status="RUNNING", downloadUrl=None,
                                         progress={"rowsDone": 1, "rowsTotal": 2, "fraction": 0.5})
        await route.fulfill(response=response, json=body)

    await page.route("**/graphql", hold)
    await page.get_by_role("button", name="Export CSV").click()
    bar = page.locator(".export progress")
    await page.locator(".export progress[value='50']").wait_for()  # indeterminate until the first poll
    assert await page.get_by_role("button", name="Export CSV").is_disabled()
    holding["on"] = False
    await page.get_by_role("link", name="Download").wait_for(timeout=30_000)
    assert await bar.count() == 0


async def test_what_a_viewer_cannot_do_is_not_offered_and_a_refusal_is_shown(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    viewer_email, _ = await add_member(gql, tenant, "marketing_manager")  # users: VIEW
    lead_email, _ = await add_member(gql, tenant, "team_lead")  # users: MANAGE, not Admin
    target = (await add_members(tenant, 1, prefix="target"))[0]

    page = await signed_in(console, context, viewer_email)
    await rows(page).filter(has_text=target).wait_for()
    for name in ("Add user", "Export CSV"):
        assert await page.get_by_role("button", name=name).count() == 0
    assert await page.locator("button[data-action]").count() == 0
    assert await page.locator("tbody input[type=checkbox]").count() == 0
    await page.get_by_role("button", name="Sign out").click()

    page = await signed_in(console, context, lead_email)
    assert await page.get_by_role("button", name="Add user").count() == 1
    assert await page.get_by_role("button", name="Export CSV").count() == 0  # the users file is Admin-only
    # The role changes while the page is open: the server refuses, the console says so.
    await Membership.filter(account_id=tenant.account_id, user__email=lead_email).update(
        role_id=predefined_role_id("marketing_manager"))
    await access_changed(accounts=[tenant.account_id])  # a write behind the services' back is announced (decision cache)
    await rows(page).filter(has_text=target).locator("button[data-action=deactivate]").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_role("button", name="Deactivate").click()
    alert = dialog.get_by_role("alert")
    await alert.wait_for()
    assert "not allowed" in await alert.inner_text()
    assert (await Membership.get(user__email=target)).status == MembershipStatus.ACTIVE
    assert page.js_errors == []


async def test_a_member_without_users_access_gets_no_users_screen(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")  # users: NONE
    page = await console.open(context)
    await console.sign_in(page, email)
    await page.get_by_role("link", name="Clients").wait_for()
    assert await page.get_by_role("link", name="Users").count() == 0
    account = (await page.evaluate("location.hash")).split("/")[2]
    await page.goto(f"{console.url}#/a/{account}/users")
    await page.get_by_role("alert").filter(has_text="You are not allowed to do this.").wait_for()
    assert PASSWORD  # signed in with the shared test password


async def test_add_many_by_pasting_a_list_with_per_line_refusals(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await signed_in(console, context, tenant.owner_email)
    await page.get_by_role("button", name="Add many").click()
    dialog = page.get_by_role("dialog", name="Add many users")
    await dialog.get_by_label("People to add, one a line").fill(
        "Paula Paste <paula.paste@example.com>\nquentin.paste@example.com, Quentin Paste\nnot-an-email")
    await dialog.get_by_role("button", name="Add them").click()
    refusal = dialog.locator("ul.field-error li")
    await refusal.first.wait_for()
    assert await refusal.count() == 1
    assert "Line 1 (not-an-email):" in await refusal.first.inner_text()  # its line in what is left
    # The valid lines are created; only the refused line is left to fix.
    await dialog.get_by_role("status").filter(has_text="2 users added.").wait_for()
    assert await dialog.get_by_label("People to add, one a line").input_value() == "not-an-email"
    assert await console.axe(page) == []
    await dialog.get_by_label("People to add, one a line").fill("Rita <rita.paste@example.com>")
    await dialog.get_by_role("button", name="Add them").click()
    await page.get_by_role("status").filter(has_text="3 users added.").wait_for()
    await rows(page).filter(has_text="quentin.paste@example.com").wait_for()
    assert "Quentin Paste" in await rows(page).filter(has_text="quentin.paste@example.com").inner_text()


async def test_the_owner_hands_ownership_to_an_active_admin(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    admin_email, _ = await add_member(gql, tenant, "admin")
    lead_email, _ = await add_member(gql, tenant, "team_lead")
    page = await signed_in(console, context, tenant.owner_email)
    assert await rows(page).filter(has_text=lead_email).locator("button[data-action=transfer]").count() == 0
    await rows(page).filter(has_text=admin_email).locator("button[data-action=transfer]").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_role("button", name="Make owner").click()
    await page.get_by_role("status").filter(has_text=f"{admin_email} is now the owner.").wait_for()
    assert (await Account.get(id=tenant.account_id)).owner_id == (await User.get(email=admin_email)).id
    await rows(page).filter(has_text=admin_email).filter(has_text="Owner").wait_for()  # the table reloads
