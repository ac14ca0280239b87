"""Every root field of the integrator area refuses anonymous callers and other tenants' admins."""

import uuid

import pytest

from gqlaccess.graphql.ids import encode_id

from ..support.factories import make_tenant

FIELDS = {
    "webhooks": "query($a: ID!) { webhooks(accountId: $a) { id } }",
    "webhookDeliveries": "query($w: ID!) { webhookDeliveries(webhookId: $w) { totalCount } }",
    "auditEvents": "query($a: ID!) { auditEvents(accountId: $a) { totalCount } }",
    "invitations": "query($a: ID!) { invitations(accountId: $a) { totalCount } }",
    "accountSecurityPolicy": "query($a: ID!) { accountSecurityPolicy(accountId: $a) { customized } }",
    "createWebhook": """mutation($a: ID!) { createWebhook(input: {accountId: $a, url: "http://127.0.0.1:9/x",
                        events: ["role.updated"]}) { errors { code } } }""",
    "updateWebhook": "mutation($w: ID!) { updateWebhook(input: {webhookId: $w, enabled: false}) { errors { code } } }",
    "deleteWebhook": "mutation($w: ID!) { deleteWebhook(input: {webhookId: $w}) { errors { code } } }",
    "rotateWebhookSecret": "mutation($w: ID!) { rotateWebhookSecret(input: {webhookId: $w}) { errors { code } } }",
    "redeliverWebhook": "mutation($d: ID!) { redeliverWebhook(input: {deliveryId: $d}) { errors { code } } }",
    "revokeInvitation": "mutation($i: ID!) { revokeInvitation(input: {invitationId: $i}) { errors { code } } }",
    "updateAccountSecurityPolicy": """mutation($a: ID!) { updateAccountSecurityPolicy(input: {accountId: $a,
                                      requireTwoFactor: true}) { errors { code } } }""",
}


@pytest.mark.parametrize("field", sorted(FIELDS))
async def test_anonymous_and_other_tenants(gql, runtime, field):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    variables = {
        "a": tenant.gid,
        "w": encode_id("Webhook", uuid.uuid4()),
        "d": encode_id("WebhookDelivery", "1"),
        "i": encode_id("Invitation", uuid.uuid4()),
    }
    document = FIELDS[field]
    used = {k: v for k, v in variables.items() if f"${k}" in document}
    assert await gql.error_code(document, used) == "UNAUTHENTICATED"
    assert await gql.error_code(document, used, token=other.owner_token) == "NOT_FOUND"
