"""Webhooks in Chromium: create (secret once), a real delivery to a local receiver, redeliver,
rotate the secret, delete; an invalid URL is refused next to its field."""

from __future__ import annotations

from gqlaccess.models import WebhookEndpoint as Webhook

from ..support.factories import make_tenant
from ..support.receiver import Receiver

CREATE_USER = "mutation($input: CreateUserInput!) { createUser(input: $input) { errors { code } } }"
ROLES = "query($id: ID!) { roles(accountId: $id) { id key } }"


async def test_create_deliver_redeliver_rotate_delete(gql, runtime, console, context):
    tenant = await make_tenant(gql, runtime)
    receiver = await Receiver().start()
    try:
        page = await console.open(context)
        await console.sign_in(page, tenant.owner_email)
        await page.get_by_role("link", name="Webhooks").click()
        await page.get_by_role("heading", name="Webhooks", level=1).wait_for()

        await page.get_by_label("Endpoint URL").fill("not a url")
        await page.get_by_role("button", name="Create the webhook").click()
        await page.locator("input[name=url][aria-invalid=true]").wait_for()
        assert await console.axe(page) == []

        event_type = next(text for text in await page.locator("fieldset code").all_inner_texts() if text.startswith("user."))
        await page.get_by_label("Endpoint URL").fill(receiver.url("/hooks"))
        await page.get_by_label(event_type, exact=True).check()
        await page.get_by_role("button", name="Create the webhook").click()
        secret = page.get_by_label("Signing secret")
        await secret.wait_for()
        first_secret = await secret.input_value()
        assert first_secret and await Webhook.filter(account_id=tenant.account_id).count() == 1

        roles = (await gql.ok(ROLES, {"id": tenant.gid}, token=tenant.owner_token))["roles"]
        role = next(item["id"] for item in roles if item["key"] == "finance")
        await gql.mutate(CREATE_USER, {"input": {"accountId": tenant.gid, "name": "Hooked", "roleId": role,
                                                 "email": "hooked@example.com"}}, token=tenant.owner_token)
        await receiver.wait_for("/hooks", 1)

        await page.get_by_role("button", name=f"Deliveries: {receiver.url('/hooks')}").click()
        deliveries = page.locator("table.data", has=page.locator("caption", has_text="Deliveries to"))
        delivered = deliveries.locator("tbody tr[data-key]").first
        await delivered.wait_for()
        for _ in range(50):
            if "Delivered (200)" in await delivered.inner_text():
                break
            await page.wait_for_timeout(200)
            await page.get_by_role("button", name=f"Deliveries: {receiver.url('/hooks')}").click()
            await page.get_by_role("button", name=f"Deliveries: {receiver.url('/hooks')}").click()
        assert "Delivered (200)" in await delivered.inner_text()
        assert await console.axe(page) == []
        await delivered.get_by_role("button", name="Redeliver", exact=False).click()
        await page.get_by_role("status").filter(has_text="The delivery is queued again.").wait_for()
        await receiver.wait_for("/hooks", 2)

        await page.get_by_role("button", name=f"Rotate the secret: {receiver.url('/hooks')}").click()
        await page.get_by_role("status").filter(has_text="New secret issued").wait_for()
        assert await page.get_by_label("Signing secret").input_value() != first_secret

        await page.get_by_role("button", name=f"Delete: {receiver.url('/hooks')}").click()
        await page.get_by_role("status").filter(has_text="The webhook is deleted.").wait_for()
        assert await Webhook.filter(account_id=tenant.account_id).count() == 0
        assert page.js_errors == []
    finally:
        await receiver.stop()


async def test_webhooks_are_not_offered_to_a_non_admin(gql, runtime, console, context):
    from ..support.factories import add_member

    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "team_lead")
    page = await console.open(context)
    await console.sign_in(page, email)
    await page.get_by_role("heading", name="Users").wait_for()
    assert await page.get_by_role("link", name="Webhooks").count() == 0
    assert await page.get_by_role("link", name="API tokens").count() == 0
