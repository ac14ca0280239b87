"""The clients screens (seeds 000, 002) in Chromium: list, create, sites and permissions, setup
URL, suspend / reactivate, view as client, client users; and a client user's own portal."""

from __future__ import annotations

from gqlaccess.models import Client, Session

from ..support.factories import ACCEPT, PASSWORD, add_member, invitation_token, make_tenant

CREATE_CLIENT = """mutation($input: CreateClientInput!) { createClient(input: $input) {
  client { id } errors { field code } } }"""
CREATE_SITE = """mutation($input: CreateResourceInput!) { createResource(input: $input) {
  resource { id name } errors { field code } } }"""
SETUP_URL = """mutation($id: ID!) { generateClientSetupUrl(input: {clientId: $id}) { url errors { code } } }"""
ASSIGN = """mutation($c: ID!, $r: ID!) { assignResource(input: {clientId: $c, resourceId: $r, permissions: [VIEW_SITE, PUBLISH]}) {
  errors { code } } }"""


async def make_client(gql, tenant, first: str, last: str, email: str) -> str:  # type: ignore[no-untyped-def]
    data = await gql.mutate(CREATE_CLIENT, {"input": {"accountId": tenant.gid, "firstName": first, "lastName": last,
                                                      "email": email}}, token=tenant.owner_token)
    assert not data["errors"], data
    return data["client"]["id"]


async def make_site(gql, tenant, name: str) -> str:  # type: ignore[no-untyped-def]
    data = await gql.mutate(CREATE_SITE, {"input": {"accountId": tenant.gid, "kind": "SITE", "name": name}},
                            token=tenant.owner_token)
    assert not data["errors"], data
    return data["resource"]["id"]


async def open_clients(console, context, email):  # type: ignore[no-untyped-def]
    page = await console.open(context)
    await console.sign_in(page, email)
    await page.get_by_role("link", name="Clients").click()
    await page.get_by_role("heading", name="Clients", level=1).wait_for()
    await page.locator("table.data[aria-busy=false]").wait_for()
    return page


def rows(page):  # type: ignore[no-untyped-def]
    return page.locator("table.data tbody tr[data-key]")


async def test_list_sort_filter_create_assign_setup_url_suspend(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    await make_client(gql, tenant, "Alice", "Archer", "alice@agency.example.com")
    await make_client(gql, tenant, "Bruno", "Baker", "bruno@agency.example.com")
    await make_site(gql, tenant, "Bakery site")
    await context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = await open_clients(console, context, tenant.owner_email)

    assert await rows(page).count() == 2
    assert "Alice" in await rows(page).first.inner_text()
    await page.get_by_role("button", name="Name").click()
    await page.locator("th[aria-sort=descending]").wait_for()
    await page.locator("table.data[aria-busy=false]").wait_for()
    assert "Bruno" in await rows(page).first.inner_text()
    await page.get_by_label("Status").select_option(label="Suspended")
    await page.get_by_text("Nothing to show.").wait_for()
    await page.get_by_label("Status").select_option(value="")
    await page.get_by_label("Search clients").fill("bruno")
    await page.wait_for_timeout(300)
    await page.locator("table.data[aria-busy=false]").wait_for()
    assert await rows(page).count() == 1
    assert await console.axe(page) == []

    await page.get_by_role("button", name="New client").click()
    dialog = page.get_by_role("dialog", name="New client")
    await dialog.get_by_label("First name").fill("Chloé")
    await dialog.get_by_label("Last name").fill("Carter")
    await dialog.get_by_label("E-mail").fill("chloe-at-example")
    await dialog.get_by_role("button", name="Create").click()
    await dialog.locator("input[name=email][aria-invalid=true]").wait_for()
    assert "valid e-mail" in await dialog.locator(".field-error").inner_text()
    await dialog.get_by_label("E-mail").fill("chloe@advertiser.example.com")
    await dialog.get_by_role("button", name="Create").click()
    await page.get_by_role("heading", name="Chloé Carter", level=1).wait_for()
    assert await console.axe(page) == []

    await page.get_by_label("Site", exact=True).select_option(label="Bakery site")
    await page.get_by_label("Publish").check()
    await page.get_by_role("button", name="Assign the site").click()
    await page.get_by_role("status").filter(has_text="The site is assigned.").wait_for()
    assigned = page.locator("table.data", has=page.locator("caption", has_text="Sites and permissions"))
    assert "View the site, Publish" in await assigned.locator("tbody tr").first.inner_text()

    await page.get_by_role("button", name="Generate the setup URL").click()
    url_field = page.get_by_label("Setup URL")
    await url_field.wait_for()
    url = await url_field.input_value()
    assert "/invite/" in url
    await page.get_by_role("button", name="Copy").click()
    await page.get_by_text("Copied").wait_for()
    assert await page.evaluate("navigator.clipboard.readText()") == url

    await page.get_by_role("button", name="Suspend").click()
    await page.get_by_text("Suspended", exact=True).wait_for()
    assert (await Client.get(email="chloe@advertiser.example.com")).status == "SUSPENDED"
    await page.get_by_role("button", name="Reactivate").click()
    await page.get_by_role("status").filter(has_text="The client is active again.").wait_for()
    assert (await Client.get(email="chloe@advertiser.example.com")).status != "SUSPENDED"
    assert page.js_errors == []


async def test_view_as_client_is_read_only_marked_and_ends_cleanly(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    client_id = await make_client(gql, tenant, "Dora", "Doe", "dora@agency.example.com")
    site = await make_site(gql, tenant, "Dora's shop")
    assert not (await gql.mutate(ASSIGN, {"c": client_id, "r": site}, token=tenant.owner_token))["errors"]
    page = await open_clients(console, context, tenant.owner_email)
    await page.get_by_role("link", name="Dora Doe").click()
    await page.get_by_role("button", name="View as client").click()
    banner = page.get_by_role("region", name="Viewing as Dora Doe: read-only")
    await banner.wait_for()
    await page.get_by_role("heading", name="Your client portal").wait_for()
    assert "Dora's shop" in await page.locator(".view-as").inner_text()
    assert await page.locator(".view-as button").count() == 1  # only "End the client view": read-only
    assert await console.axe(page) == []
    session = await Session.filter(impersonated_client_id=(await Client.get(email="dora@agency.example.com")).id).first()
    assert session is not None and session.revoked_at is None

    await banner.get_by_role("button", name="End the client view").click()
    await page.get_by_role("heading", name="Dora Doe", level=1).wait_for()
    await session.refresh_from_db()
    assert session.revoked_at is not None  # the view token is dead, not merely forgotten
    await page.get_by_role("link", name="Users").click()  # the admin's own session is intact
    await page.get_by_role("heading", name="Users").wait_for()
    assert page.js_errors == []


async def test_client_users_add_and_a_client_user_sees_only_their_portal(gql, runtime, console, context, chromium):
    tenant = await make_tenant(gql, runtime)
    client_id = await make_client(gql, tenant, "Eve", "Evans", "eve@agency.example.com")
    site = await make_site(gql, tenant, "Evans blog")
    assert not (await gql.mutate(ASSIGN, {"c": client_id, "r": site}, token=tenant.owner_token))["errors"]
    page = await open_clients(console, context, tenant.owner_email)
    await page.get_by_role("link", name="Eve Evans").click()
    await page.get_by_label("New client user's e-mail").fill("colleague@agency.example.com")
    await page.get_by_role("button", name="Add the user").click()
    users = page.locator("table.data", has=page.locator("caption", has_text="Client users"))
    await users.locator("tr", has_text="colleague@agency.example.com").wait_for()
    assert "Pending" in await users.locator("tr", has_text="colleague@agency.example.com").inner_text()

    url = (await gql.mutate(SETUP_URL, {"id": client_id}, token=tenant.owner_token))["url"]
    accepted = await gql.mutate(ACCEPT, {"token": invitation_token(url), "password": PASSWORD})
    assert accepted["token"], accepted

    own = await chromium.new_context(locale="en-US")
    try:
        client_page = await console.open(own)
        await console.sign_in(client_page, "eve@agency.example.com")
        await client_page.get_by_role("heading", name="Your client portal").wait_for()
        assert "Evans blog" in await client_page.locator("main").inner_text()
        assert await client_page.get_by_role("navigation").count() == 0  # no admin screen offered
        assert await console.axe(client_page) == []
        assert client_page.js_errors == []
    finally:
        await own.close()


async def test_a_viewer_of_clients_is_offered_no_change(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    await make_client(gql, tenant, "Fay", "Fox", "fay@agency.example.com")
    email, _ = await add_member(gql, tenant, "contributor")  # clients: VIEW
    page = await open_clients(console, context, email)
    assert await page.get_by_role("button", name="New client").count() == 0
    await page.get_by_role("link", name="Fay Fox").click()
    await page.get_by_role("heading", name="Fay Fox").wait_for()
    for name in ("Generate the setup URL", "Suspend", "View as client", "Add the user"):
        assert await page.get_by_role("button", name=name).count() == 0
    assert await console.axe(page) == []
