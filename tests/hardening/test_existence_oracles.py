"""Issue 15 §3: existence oracles. A real ID of another tenant answers exactly like a forged one.

The authorization matrix has the general column (tests/authz/test_matrix.py,
`test_oracle_real_id_of_another_tenant_answers_like_a_forged_one`); these are the probe's own
reproductions, named after the finding.
"""

from __future__ import annotations

import base64
import json
import uuid

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import WebhookDelivery, WebhookEndpoint, WebhookEvent

from ..support.factories import add_member, make_tenant
from ..support.hosting import make_client
from ..support.users import membership_gid

IMPERSONATE = """mutation($c: ID!) { impersonateClient(input: {clientId: $c}) { token errors { field code } } }"""
UPDATE = "mutation($m: ID!) { updateMembership(input: {membershipId: $m, name: \"X\"}) { errors { code } } }"
DEACTIVATE = "mutation($m: ID!) { deactivateMembership(input: {membershipId: $m}) { errors { code } } }"
RESET = "mutation($m: ID!) { resetUserTwoFactor(input: {membershipId: $m}) { errors { code } } }"
CLIENT_USERS = "query($c: ID!) { clientUsers(clientId: $c) { id } }"


async def _code(gql, query, variables, token=None):  # type: ignore[no-untyped-def]
    body = await gql.execute(query, variables, token=token)
    errors = body.get("errors") or []
    return errors[0]["extensions"]["code"] if errors else None


async def test_anonymous_and_view_as_client_answer_real_ids_like_forged_ones(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "qa")
    real_membership = await membership_gid(tenant, email)
    forged_membership = encode_id("Membership", uuid.uuid4())
    client = (await make_client(gql, tenant))["client"]
    forged_client = encode_id("Client", uuid.uuid4())
    view_as = (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=tenant.owner_token))["token"]
    for token, want in ((None, "UNAUTHENTICATED"), (view_as, "FORBIDDEN")):
        for query in (UPDATE, DEACTIVATE, RESET):
            assert await _code(gql, query, {"m": real_membership}, token) == want
            assert await _code(gql, query, {"m": forged_membership}, token) == want
    assert await _code(gql, CLIENT_USERS, {"c": client["id"]}) == "UNAUTHENTICATED"
    assert await _code(gql, CLIENT_USERS, {"c": forged_client}) == "UNAUTHENTICATED"


async def test_webhook_delivery_ids_are_not_sequential(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    endpoint = await WebhookEndpoint.create(
        account_id=tenant.account_id, url="http://127.0.0.1:9/x", secret_encrypted="x", events=["user.invited"],
    )
    event = await WebhookEvent.create(
        id=uuid.uuid4(), account_id=tenant.account_id, event_type="user.invited", subject="s", payload={}
    )
    rows = [
        await WebhookDelivery.create(
            event_id=event.id, endpoint_id=endpoint.id, account_id=tenant.account_id, subject="s",
            status="FAILED", next_attempt_at=event.created_at,
        )
        for _ in range(2)
    ]
    body = await gql.ok(
        "query($w: ID!) { webhookDeliveries(webhookId: $w) { edges { cursor node { id } } } }",
        {"w": encode_id("Webhook", endpoint.id)}, token=tenant.owner_token,
    )
    edges = body["webhookDeliveries"]["edges"]
    assert len(edges) == 2
    for edge, row in zip(edges, sorted(rows, key=lambda r: -r.id), strict=True):
        decoded = base64.urlsafe_b64decode(edge["node"]["id"] + "==").decode()
        assert decoded.startswith("WebhookDelivery:") and str(row.id) != decoded.split(":", 1)[1]
        cursor = json.loads(base64.urlsafe_b64decode(edge["cursor"] + "==").decode())
        assert cursor != [row.id] and all(not isinstance(part, int) for part in cursor)
    # Counting by forging the neighbour's ID no longer works: a guessed sequence number is NOT_FOUND.
    guess = encode_id("WebhookDelivery", str(rows[0].id))
    assert await _code(
        gql, "mutation($d: ID!) { redeliverWebhook(input: {deliveryId: $d}) { errors { code } } }", {"d": guess},
        tenant.owner_token,
    ) == "NOT_FOUND"
    # The page after the first still works with the opaque cursor.
    second = await gql.ok(
        "query($w: ID!, $a: String) { webhookDeliveries(webhookId: $w, first: 1, after: $a) { edges { node { id } } } }",
        {"w": encode_id("Webhook", endpoint.id), "a": edges[0]["cursor"]}, token=tenant.owner_token,
    )
    assert [e["node"]["id"] for e in second["webhookDeliveries"]["edges"]] == [edges[1]["node"]["id"]]


async def test_view_as_client_token_does_not_resolve_the_impersonators_own_user_and_membership(gql, runtime):
    """Issue 15 §5: through `nodes` it sees exactly what a client user of that client sees."""
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    view_as = (await gql.mutate(IMPERSONATE, {"c": client["id"]}, token=tenant.owner_token))["token"]
    me = (await gql.ok("{ me { id } }", token=tenant.owner_token))["me"]["id"]
    own_membership = await membership_gid(tenant, tenant.owner_email)
    seen = await gql.ok("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": [me, own_membership]}, token=view_as)
    assert seen["nodes"] == [None, None]
    # The impersonator's own session still sees both.
    mine = await gql.ok("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": [me, own_membership]},
                        token=tenant.owner_token)
    assert [n["id"] for n in mine["nodes"]] == [me, own_membership]
