from gqlaccess.models import WebhookEndpoint

from ....support.factories import add_member, make_tenant
from ....support.integrator import CREATE_WEBHOOK

WEBHOOKS = "query($a: ID!) { webhooks(accountId: $a) { id url events enabled } }"


def _input(tenant, **changes):
    return {"input": {"accountId": tenant.gid, "url": "http://127.0.0.1:9/hook", "events": ["user.activated"], **changes}}


async def test_admin_registers_a_webhook_and_sees_the_secret_once(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await gql.mutate(CREATE_WEBHOOK, _input(tenant, description="CRM sync"), token=tenant.owner_token)
    assert payload["secret"].startswith("whsec_")
    assert payload["webhook"]["events"] == ["user.activated"]
    listed = (await gql.ok(WEBHOOKS, {"a": tenant.gid}, token=tenant.owner_token))["webhooks"]
    assert [w["id"] for w in listed] == [payload["webhook"]["id"]]
    stored = await WebhookEndpoint.get(account_id=tenant.account_id)
    assert payload["secret"] not in stored.secret_encrypted  # encrypted at rest
    catalogue = (await gql.ok("{ webhookEventTypes }", token=tenant.owner_token))["webhookEventTypes"]
    assert "export.completed" in catalogue and "user.activated" in catalogue


async def test_unknown_event_names_are_typed_errors_and_nothing_is_written(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = await gql.ok(CREATE_WEBHOOK, _input(tenant, events=["user.activated", "user.exploded"]), token=tenant.owner_token)
    errors = data["createWebhook"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [("events.1", "UNKNOWN_EVENT_TYPE")]
    data = await gql.ok(CREATE_WEBHOOK, _input(tenant, events=[]), token=tenant.owner_token)
    assert data["createWebhook"]["errors"][0]["code"] == "REQUIRED"
    assert not await WebhookEndpoint.filter(account_id=tenant.account_id).exists()


async def test_only_http_urls(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    for url in ("ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "http://", "http://u:p@example.com/"):
        data = await gql.ok(CREATE_WEBHOOK, _input(tenant, url=url), token=tenant.owner_token)
        assert data["createWebhook"]["errors"][0]["code"] == "WEBHOOK_URL_INVALID", url
    assert not await WebhookEndpoint.filter(account_id=tenant.account_id).exists()


async def test_forbidden_for_members_without_the_capability_and_not_found_elsewhere(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    for role in ("team_lead", "security", "marketing"):
        _, token = await add_member(gql, tenant, role)
        assert await gql.error_code(CREATE_WEBHOOK, _input(tenant), token=token) == "FORBIDDEN"
        assert await gql.error_code(WEBHOOKS, {"a": tenant.gid}, token=token) == "FORBIDDEN"
    assert await gql.error_code(CREATE_WEBHOOK, _input(tenant), token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(WEBHOOKS, {"a": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CREATE_WEBHOOK, _input(tenant)) == "UNAUTHENTICATED"
    assert not await WebhookEndpoint.filter(account_id=tenant.account_id).exists()
