"""Roles, API tokens, security policy, audit log and My account (2FA) in Chromium."""

from __future__ import annotations

import pyotp

from gqlaccess.models import ApiToken, Role, User

from ..support.factories import add_member, make_tenant

CREATE_ROLE = "mutation($input: CreateCustomRoleInput!) { createCustomRole(input: $input) { errors { code } } }"
CREATE_USER = "mutation($input: CreateUserInput!) { createUser(input: $input) { errors { code } } }"
POLICY = "query($id: ID!) { accountSecurityPolicy(accountId: $id) { sessionLifetimeHours allowedEmailDomains } }"


async def screen(console, context, email, link: str, heading: str):  # type: ignore[no-untyped-def]
    page = await console.open(context)
    await console.sign_in(page, email)
    await page.get_by_role("navigation").get_by_role("link", name=link).click()
    await page.get_by_role("heading", name=heading, level=1).wait_for()
    return page


async def test_roles_matrix_custom_role_from_template_and_delete(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await screen(console, context, tenant.owner_email, "Roles", "Roles")
    matrix = page.locator("table.data")
    users_row = matrix.locator("tbody tr", has_text="Users").first
    await users_row.wait_for()
    assert (await users_row.inner_text()).split("\t")[:3] == ["Users", "Manage", "Manage"]  # Admin, Team lead
    assert await matrix.locator("input, select, button:not(.sort)").count() == 0  # predefined levels: read-only
    assert await console.axe(page) == []

    await page.get_by_label("Role name").fill("Campaigns")
    await page.get_by_label("Start from").select_option(label="Marketing")
    await page.get_by_role("button", name="Create the role").click()
    await page.get_by_role("status").filter(has_text="Role Campaigns created.").wait_for()
    assert await matrix.locator("th", has_text="Campaigns").count() == 1
    assert await Role.filter(account_id=tenant.account_id, name="Campaigns").exists()

    await page.get_by_label("Role name").fill("Campaigns")
    await page.get_by_role("button", name="Create the role").click()
    await page.locator("input[name=name][aria-invalid=true]").wait_for()
    assert "already has this name" in await page.locator(".field-error").inner_text()

    await page.get_by_role("button", name="Delete Campaigns").click()
    await page.get_by_role("status").filter(has_text="Role Campaigns deleted.").wait_for()
    assert not await Role.filter(account_id=tenant.account_id, name="Campaigns").exists()
    assert page.js_errors == []


async def test_api_token_secret_is_shown_once_with_copy(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    await context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = await screen(console, context, tenant.owner_email, "API tokens", "API tokens")
    await page.get_by_label("Token name").fill("CI deploys")
    await page.get_by_label("Kind").select_option(label="Server to server")
    await page.get_by_role("button", name="Create the token").click()
    secret_field = page.get_by_label("Secret")
    await secret_field.wait_for()
    secret = await secret_field.input_value()
    await page.get_by_role("button", name="Copy").click()
    assert await page.evaluate("navigator.clipboard.readText()") == secret
    token = await ApiToken.get(account_id=tenant.account_id, name="CI deploys")
    row = page.locator("table.data tbody tr", has_text="CI deploys")
    assert "Server to server" in await row.inner_text()
    assert await console.axe(page) == []
    # The secret works as a bearer token, and is gone from the screen once left.
    assert (await gql.ok("query($id: ID!) { roles(accountId: $id) { id } }", {"id": tenant.gid}, token=secret))["roles"]
    await page.get_by_role("link", name="Users").click()
    await page.get_by_role("link", name="API tokens").click()
    await row.wait_for()
    assert await page.get_by_label("Secret").count() == 0
    assert secret not in await page.content()

    await page.get_by_role("button", name="Delete: CI deploys").click()
    await page.get_by_role("status").filter(has_text="Token CI deploys deleted.").wait_for()
    assert not await ApiToken.filter(id=token.id).exists()


async def test_security_policy_errors_next_to_the_field_then_saved_admin_only(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await screen(console, context, tenant.owner_email, "Security policy", "Security policy")
    lifetime = page.get_by_label("Session lifetime (hours, 1–720)")
    await lifetime.fill("9999")
    await page.get_by_role("button", name="Save the policy").click()
    await page.locator("input[name=sessionLifetimeHours][aria-invalid=true]").wait_for()
    assert await console.axe(page) == []
    await lifetime.fill("12")
    await page.get_by_label("Allowed e-mail domains").fill("example.com, example.org")
    await page.get_by_role("button", name="Save the policy").click()
    await page.get_by_role("status").filter(has_text="The security policy is saved.").wait_for()
    policy = (await gql.ok(POLICY, {"id": tenant.gid}, token=tenant.owner_token))["accountSecurityPolicy"]
    assert policy == {"sessionLifetimeHours": 12.0, "allowedEmailDomains": ["example.com", "example.org"]}
    await page.get_by_role("button", name="Sign out").click()

    lead, _ = await add_member(gql, tenant, "team_lead")
    page = await console.open(context)
    await console.sign_in(page, lead)
    await page.get_by_role("link", name="Security policy").click()
    await page.get_by_text("Only an Admin can change the security policy.").wait_for()
    assert await page.get_by_role("button", name="Save the policy").count() == 0
    assert await page.get_by_label("Session lifetime (hours, 1–720)").is_disabled()


async def test_audit_log_lists_and_filters(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    roles = (await gql.ok("query($id: ID!) { roles(accountId: $id) { id key } }", {"id": tenant.gid},
                          token=tenant.owner_token))["roles"]
    template = next(role["id"] for role in roles if role["key"] == "marketing")
    for name in ("Audited one", "Audited two"):
        await gql.mutate(CREATE_ROLE, {"input": {"accountId": tenant.gid, "name": name, "templateRoleId": template}},
                         token=tenant.owner_token)
    await gql.mutate(CREATE_USER, {"input": {"accountId": tenant.gid, "name": "Audited", "roleId": template,
                                             "email": "audited@example.com"}}, token=tenant.owner_token)
    page = await screen(console, context, tenant.owner_email, "Audit log", "Audit log")
    await page.locator("table.data[aria-busy=false] tbody tr[data-key]").first.wait_for()
    assert await page.locator("table.data tbody tr[data-key]").count() >= 3
    await page.get_by_label("Action").fill("role.*")
    await page.keyboard.press("Enter")
    await page.locator("table.data[aria-busy=false]").wait_for()
    actions = await page.locator("table.data tbody td code").all_inner_texts()
    assert actions == ["role.create_custom", "role.create_custom"]
    assert await console.axe(page) == []


async def test_my_account_turns_two_factor_on_and_off(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    page = await screen(console, context, tenant.owner_email, "My account", "My account")
    await page.get_by_role("button", name="Turn on two-factor authentication").click()
    secret = await page.get_by_label("Secret", exact=True).input_value()
    totp = pyotp.TOTP(secret)
    await page.get_by_label("Code from your authenticator app").fill("000000" if totp.now() != "000000" else "111111")
    await page.get_by_role("button", name="Turn on", exact=True).click()
    await page.locator("input[name=code][aria-invalid=true]").wait_for()
    assert await console.axe(page) == []
    await page.get_by_label("Code from your authenticator app").fill(totp.now())
    await page.get_by_role("button", name="Turn on", exact=True).click()
    await page.get_by_role("status").filter(has_text="Two-factor authentication is on.").wait_for()
    assert (await User.get(email=tenant.owner_email)).totp_enabled_at is not None
    await page.get_by_role("button", name="Turn off two-factor authentication").wait_for()
    await page.get_by_label("Code from your authenticator app").fill(totp.now())
    await page.get_by_role("button", name="Turn off two-factor authentication").click()
    await page.get_by_role("status").filter(has_text="Two-factor authentication is off.").wait_for()
    assert (await User.get(email=tenant.owner_email)).totp_enabled_at is None
    assert page.js_errors == []


async def test_an_account_requiring_2fa_says_why_instead_of_a_blank_screen(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate("""mutation($id: ID!) { updateAccountSecurityPolicy(input: {accountId: $id, requireTwoFactor: true}) {
      errors { code } } }""", {"id": tenant.gid}, token=tenant.owner_token)
    page = await console.open(context)
    await console.sign_in(page, tenant.owner_email)
    # Nothing of the account is reachable yet: the console lands on My account and says why.
    await page.get_by_role("heading", name="My account").wait_for()
    await page.get_by_role("status").filter(has_text="requires two-factor authentication").wait_for()
    await page.get_by_role("button", name="Turn on two-factor authentication").wait_for()
    assert await page.get_by_role("navigation").get_by_role("link").all_inner_texts() == ["My account"]
    assert await console.axe(page) == []
    # A deep link to a screen of that account answers with the refusal, not a blank page.
    account = (await page.evaluate("location.hash")).split("/")[2]
    await page.evaluate(f"location.hash = '#/a/{account}/users'")
    await page.get_by_role("alert").filter(has_text="You are not allowed to do this.").wait_for()
