"""Delivery through the real worker to a real HTTP receiver: signatures, retries, order, isolation."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gqlaccess.models import WebhookDelivery
from gqlaccess.models.enums import WebhookDeliveryStatus
from gqlaccess.security import webhook_signature
from gqlaccess.services.core import events
from gqlaccess.services.core.deps import Deps
from gqlaccess.services.webhooks import webhook_delivery

from ..support.factories import ACCEPT, PASSWORD, invitation_token, make_tenant
from ..support.integrator import DELIVERIES, create_webhook, emit, invite_user
from ..support.receiver import Receiver

REDELIVER = """
mutation($id: ID!) { redeliverWebhook(input: {deliveryId: $id}) {
  delivery { id messageId status redeliveryOf } errors { code } } }"""


@pytest.fixture
async def receiver():
    server = await Receiver().start()
    yield server
    await server.stop()


async def test_user_activated_is_delivered_signed(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    webhook_id, secret = await create_webhook(gql, tenant, receiver.url("/a"), ["user.activated"])
    user, issued = await invite_user(runtime, tenant)
    await gql.mutate(ACCEPT, {"token": invitation_token(issued.url(runtime.settings)), "password": PASSWORD})
    (request,) = await receiver.wait_for("/a", 1)
    webhook_signature.verify(secret, request.headers, request.body)  # raises when not authentic
    assert request.headers["webhook-id"].startswith("msg_")
    assert request.headers["content-type"] == "application/json"
    body = request.json
    assert body["type"] == "user.activated"
    assert body["data"]["accountId"] == tenant.gid
    assert body["data"]["id"] == events.ref("User", user.id)
    assert body["data"]["email"] == user.email
    page = (await gql.ok(DELIVERIES, {"id": webhook_id}, token=tenant.owner_token))["webhookDeliveries"]
    (edge,) = page["edges"]
    assert edge["node"]["status"] in ("SUCCEEDED", "PENDING")  # the worker may not have recorded it yet
    await _settled(receiver, tenant)


async def _settled(receiver, tenant):  # type: ignore[no-untyped-def]
    """Waits until nothing is owed to the tenant's endpoints any more."""
    import asyncio

    for _ in range(1200):
        if not await WebhookDelivery.filter(account_id=tenant.account_id, status=WebhookDeliveryStatus.PENDING).exists():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("deliveries still pending")


async def test_tampered_bodies_and_replayed_timestamps_are_refused(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    _, secret = await create_webhook(gql, tenant, receiver.url("/t"))
    await emit(runtime, tenant, "role.updated", {"id": "r1", "name": "Ops"})
    (request,) = await receiver.wait_for("/t", 1)
    webhook_signature.verify(secret, request.headers, request.body)
    with pytest.raises(webhook_signature.SignatureError):
        webhook_signature.verify(secret, request.headers, request.body.replace(b"Ops", b"Admin"))
    with pytest.raises(webhook_signature.SignatureError):
        webhook_signature.verify(webhook_signature.new_secret(), request.headers, request.body)
    sent_at = int(request.headers["webhook-timestamp"])
    with pytest.raises(webhook_signature.SignatureError, match="timestamp"):
        webhook_signature.verify(secret, request.headers, request.body, now=sent_at + 3600)
    await _settled(receiver, tenant)


async def test_retries_after_500_and_timeouts_then_succeeds(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    webhook_id, secret = await create_webhook(gql, tenant, receiver.url("/r"))
    receiver.script("/r", 500, ("sleep", 2.5), 503, 200)
    await emit(runtime, tenant, "membership.updated", {"id": "m1"})
    requests = await receiver.wait_for("/r", 4, within=30)
    assert len({r.headers["webhook-id"] for r in requests}) == 1  # the same message, re-signed each time
    for request in requests:
        webhook_signature.verify(secret, request.headers, request.body, tolerance=60)
    await _settled(receiver, tenant)
    node = (await gql.ok(DELIVERIES, {"id": webhook_id}, token=tenant.owner_token))["webhookDeliveries"]["edges"][0]["node"]
    assert node["status"] == "SUCCEEDED"
    assert node["attempts"] == 4
    assert [a["statusCode"] for a in node["attemptLog"]] == [500, None, 503, 200]
    assert node["attemptLog"][1]["error"] == "timeout"
    assert node["statusCode"] == 200


async def test_events_of_one_subject_arrive_in_order(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant, receiver.url("/o"))
    receiver.script("/o", 500, 500)  # the first event fails twice: the others must wait for it
    for n in range(1, 5):
        await emit(runtime, tenant, "membership.updated", {"id": "m-1", "n": n}, subject="m-1")
    await emit(runtime, tenant, "membership.updated", {"id": "m-2", "n": 99}, subject="m-2")
    await receiver.wait_for("/o", 7, within=30)
    await _settled(receiver, tenant)
    same_subject = [r for r in receiver.at("/o") if r.json["data"]["id"] == "m-1"]
    order = [(r.json["data"]["n"], r.answered) for r in same_subject]
    # Never a later event before the earlier one was accepted (2xx), whatever failed on the way.
    assert [n for n, answer in order if answer == 200] == [1, 2, 3, 4]
    for (n, _), (previous_n, previous_answer) in zip(order[1:], order, strict=False):
        assert n == previous_n or (n == previous_n + 1 and previous_answer == 200), order
    assert order[0] == (1, 500)


async def test_an_endpoint_never_receives_another_accounts_events(gql, runtime, receiver):
    tenant_a = await make_tenant(gql, runtime)
    tenant_b = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant_a, receiver.url("/A"))
    await create_webhook(gql, tenant_b, receiver.url("/B"))
    for n in range(3):
        await emit(runtime, tenant_b, "client.status_changed", {"id": f"c{n}", "status": "ACTIVE"})
    await emit(runtime, tenant_a, "client.status_changed", {"id": "ca", "status": "SUSPENDED"})
    await receiver.wait_for("/B", 3)
    await receiver.wait_for("/A", 1)
    await _settled(receiver, tenant_a)
    await _settled(receiver, tenant_b)
    assert {r.json["data"]["accountId"] for r in receiver.at("/A")} == {tenant_a.gid}
    assert {r.json["data"]["accountId"] for r in receiver.at("/B")} == {tenant_b.gid}
    assert len(receiver.at("/A")) == 1


async def test_unsubscribed_events_and_disabled_webhooks_owe_nothing(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant, receiver.url("/u"), ["export.completed"])
    assert await emit(runtime, tenant, "user.invited", {"id": "u1"}) == []
    with pytest.raises(events.UnknownEventType):
        await events.emit(tenant.account_id, "user.exploded", {})


async def test_unreachable_endpoint_keeps_retrying_then_gives_up_after_the_window(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    closed = Receiver()
    await closed.start()
    url = closed.url("/gone")
    await closed.stop()  # nothing listens on that port any more
    webhook_id, _ = await create_webhook(gql, tenant, url)
    (delivery_id,) = await emit(runtime, tenant, "account.status_changed", {"id": "acc", "status": "DEACTIVATED"})
    import asyncio

    for _ in range(1200):
        delivery = await WebhookDelivery.get(id=delivery_id)
        if delivery.attempts >= 2:
            break
        await asyncio.sleep(0.05)
    assert delivery.status == WebhookDeliveryStatus.PENDING and delivery.attempts >= 2
    assert delivery.last_status_code is None and delivery.last_error
    # The window (≥ 24 h in production) is measured from the delivery's creation.
    assert runtime.settings.webhook_retry_window_seconds >= 24 * 3600
    later = Deps(
        settings=runtime.settings, queue=runtime.deps.queue,
        now=lambda: delivery.created_at + timedelta(seconds=runtime.settings.webhook_retry_window_seconds + 60),
    )
    for _ in range(600):
        outcome, _ = await webhook_delivery.attempt_delivery(later, delivery_id)
        if outcome == "failed":
            break
        await asyncio.sleep(0.1)  # the worker holds the lease
    assert (await WebhookDelivery.get(id=delivery_id)).status == WebhookDeliveryStatus.FAILED
    # Redelivery: the same message, to a receiver that is back.
    await gql.mutate(
        "mutation($i: UpdateWebhookInput!) { updateWebhook(input: $i) { webhook { url } errors { code } } }",
        {"i": {"webhookId": webhook_id, "url": receiver.url("/back")}}, token=tenant.owner_token,
    )
    node = (await gql.ok(DELIVERIES, {"id": webhook_id}, token=tenant.owner_token))["webhookDeliveries"]["edges"][0]["node"]
    assert node["status"] == "FAILED"
    again = await gql.mutate(REDELIVER, {"id": node["id"]}, token=tenant.owner_token)
    assert again["delivery"]["messageId"] == node["messageId"]
    assert again["delivery"]["redeliveryOf"] == node["id"]
    (request,) = await receiver.wait_for("/back", 1)
    assert request.headers["webhook-id"] == node["messageId"]
    await _settled(receiver, tenant)


def test_retry_schedule_is_exponential_and_covers_a_day():
    from gqlaccess.config import Settings

    settings = Settings()
    delays = [webhook_delivery.retry_delay(settings, n).total_seconds() for n in range(1, 8)]
    assert delays == [30, 60, 120, 240, 480, 960, 1920]
    assert settings.webhook_retry_window_seconds >= 24 * 3600


async def test_history_past_retention_is_purged_but_owed_deliveries_stay(gql, runtime):
    import uuid

    from gqlaccess.models import WebhookEndpoint, WebhookEvent

    tenant = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant, "http://127.0.0.1:9/closed")
    endpoint = await WebhookEndpoint.get(account_id=tenant.account_id)
    await WebhookEndpoint.filter(id=endpoint.id).update(enabled=False)  # keep the worker out of it
    old = runtime.deps.now() - timedelta(days=31)
    rows = {}
    for status in (WebhookDeliveryStatus.SUCCEEDED, WebhookDeliveryStatus.FAILED, WebhookDeliveryStatus.PENDING):
        event = await WebhookEvent.create(id=uuid.uuid4(), account_id=tenant.account_id, event_type="role.updated",
                                          subject=str(status), payload={})
        delivery = await WebhookDelivery.create(event_id=event.id, endpoint_id=endpoint.id, account_id=tenant.account_id,
                                                subject=str(status), status=status, next_attempt_at=old)
        await WebhookDelivery.filter(id=delivery.id).update(created_at=old)
        await WebhookEvent.filter(id=event.id).update(created_at=old)
        rows[status] = (event.id, delivery.id)
    await webhook_delivery.purge_history(runtime.deps.now())
    assert not await WebhookDelivery.filter(id=rows[WebhookDeliveryStatus.SUCCEEDED][1]).exists()
    assert not await WebhookEvent.filter(id=rows[WebhookDeliveryStatus.FAILED][0]).exists()
    assert await WebhookDelivery.filter(id=rows[WebhookDeliveryStatus.PENDING][1]).exists()
    assert await WebhookEvent.filter(id=rows[WebhookDeliveryStatus.PENDING][0]).exists()


async def test_the_sweep_delivers_what_was_never_dispatched(gql, runtime, receiver):
    """The outbox safety net: emitted rows are found without the fast path (Redis down, lost job)."""
    from tortoise.transactions import in_transaction

    from workers.webhooks import sweep_webhook_deliveries

    tenant = await make_tenant(gql, runtime)
    await create_webhook(gql, tenant, receiver.url("/s"))
    async with in_transaction():
        first_a = await events.emit(tenant.account_id, "role.updated", {"id": "a", "n": 1}, subject="a")
        await events.emit(tenant.account_id, "role.updated", {"id": "a", "n": 2}, subject="a")
        first_b = await events.emit(tenant.account_id, "role.updated", {"id": "b", "n": 1}, subject="b")
    heads = await webhook_delivery.due_lane_heads(runtime.deps.now())
    assert set(first_a + first_b) <= set(heads)
    assert not set(heads) & (set(range(first_a[0] + 1, first_b[0])))  # the second of lane "a" waits
    assert await sweep_webhook_deliveries({"deps": runtime.deps}) >= 2
    await receiver.wait_for("/s", 3)
    await _settled(receiver, tenant)
    assert [(r.json["data"]["id"], r.json["data"]["n"]) for r in receiver.at("/s") if r.json["data"]["id"] == "a"] == [
        ("a", 1), ("a", 2)
    ]
