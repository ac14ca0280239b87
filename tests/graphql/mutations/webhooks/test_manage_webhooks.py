"""updateWebhook, deleteWebhook, rotateWebhookSecret, redeliverWebhook, webhookDeliveries: access rules."""

from gqlaccess.graphql.ids import encode_sealed_int
from gqlaccess.models import WebhookDelivery, WebhookEndpoint
from gqlaccess.security import webhook_signature

from ....support.factories import add_member, make_tenant
from ....support.integrator import DELIVERIES, create_webhook, emit

UPDATE = """mutation($i: UpdateWebhookInput!) { updateWebhook(input: $i) {
  webhook { id url events enabled description } errors { field code } } }"""
DELETE = "mutation($id: ID!) { deleteWebhook(input: {webhookId: $id}) { deletedWebhookId errors { code } } }"
ROTATE = "mutation($id: ID!) { rotateWebhookSecret(input: {webhookId: $id}) { secret errors { code } } }"
REDELIVER = "mutation($id: ID!) { redeliverWebhook(input: {deliveryId: $id}) { delivery { id } errors { code } } }"


async def test_update_validates_then_changes_only_what_is_given(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    webhook_id, _ = await create_webhook(gql, tenant, "http://127.0.0.1:9/a", ["user.invited"])
    data = await gql.ok(UPDATE, {"i": {"webhookId": webhook_id, "events": ["nope"], "url": "gopher://x"}}, token=tenant.owner_token)
    assert {e["code"] for e in data["updateWebhook"]["errors"]} == {"UNKNOWN_EVENT_TYPE", "WEBHOOK_URL_INVALID"}
    endpoint = await WebhookEndpoint.get(account_id=tenant.account_id)
    assert endpoint.events == ["user.invited"] and endpoint.url == "http://127.0.0.1:9/a"
    payload = await gql.mutate(
        UPDATE, {"i": {"webhookId": webhook_id, "enabled": False, "description": "paused"}}, token=tenant.owner_token
    )
    assert payload["webhook"] == {
        "id": webhook_id, "url": "http://127.0.0.1:9/a", "events": ["user.invited"], "enabled": False, "description": "paused",
    }
    # A disabled webhook is owed nothing.
    assert await emit(runtime, tenant, "user.invited", {"id": "u"}) == []


async def test_rotation_signs_with_both_secrets_during_the_grace_period(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    webhook_id, old_secret = await create_webhook(gql, tenant, "http://127.0.0.1:9/a")
    new_secret = (await gql.mutate(ROTATE, {"id": webhook_id}, token=tenant.owner_token))["secret"]
    assert new_secret != old_secret and new_secret.startswith("whsec_")
    from gqlaccess.services.webhooks import webhooks

    endpoint = await WebhookEndpoint.get(account_id=tenant.account_id)
    signing = webhooks.signing_secrets(runtime.settings, endpoint, runtime.deps.now())
    assert signing == [new_secret, old_secret]
    headers = webhook_signature.headers(signing, "msg_1", 1_700_000_000, b"{}")
    for secret in (old_secret, new_secret):
        webhook_signature.verify(secret, headers, b"{}", now=1_700_000_000)


async def test_delete_removes_the_webhook_and_its_deliveries(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    webhook_id, _ = await create_webhook(gql, tenant, "http://127.0.0.1:9/a")
    await gql.mutate(UPDATE, {"i": {"webhookId": webhook_id, "enabled": True}}, token=tenant.owner_token)
    assert (await gql.mutate(DELETE, {"id": webhook_id}, token=tenant.owner_token))["deletedWebhookId"] == webhook_id
    assert not await WebhookEndpoint.filter(account_id=tenant.account_id).exists()
    assert await gql.error_code(DELETE, {"id": webhook_id}, token=tenant.owner_token) == "NOT_FOUND"


async def test_forbidden_and_not_found_for_every_webhook_operation(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    webhook_id, _ = await create_webhook(gql, tenant, "http://127.0.0.1:9/closed")
    await gql.mutate(UPDATE, {"i": {"webhookId": webhook_id, "enabled": False}}, token=tenant.owner_token)
    endpoint = await WebhookEndpoint.get(account_id=tenant.account_id)
    import uuid

    from gqlaccess.models import WebhookEvent

    event = await WebhookEvent.create(id=uuid.uuid4(), account_id=tenant.account_id, event_type="user.invited", subject="s", payload={})
    delivery = await WebhookDelivery.create(
        event_id=event.id, endpoint_id=endpoint.id, account_id=tenant.account_id, subject="s",
        status="FAILED", next_attempt_at=event.created_at,
    )
    delivery_gid = encode_sealed_int("WebhookDelivery", delivery.id, runtime.settings.secret_key)
    _, marketing = await add_member(gql, tenant, "marketing")
    operations = [
        (UPDATE, {"i": {"webhookId": webhook_id, "description": "x"}}),
        (DELETE, {"id": webhook_id}),
        (ROTATE, {"id": webhook_id}),
        (REDELIVER, {"id": delivery_gid}),
        (DELIVERIES, {"id": webhook_id}),
    ]
    for document, variables in operations:
        assert await gql.error_code(document, variables, token=marketing) == "FORBIDDEN", document
        assert await gql.error_code(document, variables, token=other.owner_token) == "NOT_FOUND", document
        assert await gql.error_code(document, variables) == "UNAUTHENTICATED", document
    assert await gql.error_code(REDELIVER, {"id": "bm9wZQ"}, token=tenant.owner_token) == "NOT_FOUND"
    # The owner may; a disabled webhook refuses re-delivery with a typed error.
    data = await gql.ok(REDELIVER, {"id": delivery_gid}, token=tenant.owner_token)
    assert data["redeliverWebhook"]["errors"] == [{"code": "INVALID"}]
    assert (await WebhookEndpoint.get(id=endpoint.id)).description is None


async def test_deliveries_paginate_newest_first(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    webhook_id, _ = await create_webhook(gql, tenant, "http://127.0.0.1:9/closed")
    await gql.mutate(UPDATE, {"i": {"webhookId": webhook_id, "enabled": True}}, token=tenant.owner_token)
    from tortoise.transactions import in_transaction

    from gqlaccess.services.core import events

    async with in_transaction():  # emitted without dispatch: stays owed, not attempted yet
        for n in range(3):
            await events.emit(tenant.account_id, "role.updated", {"id": f"r{n}"})
    first = (await gql.ok(DELIVERIES, {"id": webhook_id, "first": 2}, token=tenant.owner_token))["webhookDeliveries"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"]
    rest = (await gql.ok(DELIVERIES, {"id": webhook_id, "first": 2, "after": first["pageInfo"]["endCursor"]},
                         token=tenant.owner_token))["webhookDeliveries"]
    ids = [e["node"]["payload"]["data"]["id"] for e in first["edges"] + rest["edges"]]
    assert ids == ["r2", "r1", "r0"]
    await gql.mutate(DELETE, {"id": webhook_id}, token=tenant.owner_token)  # stop retrying a closed port
