"""With SMTP configured, links travel by e-mail only: payloads never carry them (SPEC §1)."""

from __future__ import annotations

import uuid

import pytest

from gqlaccess.models import Invitation, OutboxEmail

from ....support.factories import make_tenant
from ....support.hosting import CREATE_HOSTED, make_client

SEND = """mutation($c: ID!) { sendClientInvitation(input: {clientId: $c}) {
  invitation { url deliveryStatus } errors { code } } }"""
ADD = """mutation($c: ID!, $e: String!) { addClientUser(input: {clientId: $c, email: $e}) {
  invitation { url deliveryStatus } errors { code } } }"""
SETUP_URL = """mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) { url errors { code } } }"""
RESEND = """mutation($id: ID!) { resendAccountSetup(input: {accountId: $id}) { invitation { url } errors { code } } }"""


@pytest.fixture
def smtp_configured(runtime, monkeypatch):  # type: ignore[no-untyped-def]
    """The API process configured with an SMTP server (the worker's delivery is the mail area's)."""
    settings = runtime.settings.with_overrides(smtp_url="smtp://127.0.0.1:1")
    monkeypatch.setattr(runtime, "settings", settings)
    monkeypatch.setattr(runtime.deps, "settings", settings)
    return settings


async def test_links_are_not_returned_when_smtp_is_on(gql, runtime, smtp_configured):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    sent = await gql.mutate(SEND, {"c": client["id"]}, token=tenant.owner_token)
    assert sent["invitation"] == {"url": None, "deliveryStatus": "QUEUED"}
    added = await gql.mutate(ADD, {"c": client["id"], "e": f"u-{uuid.uuid4().hex[:8]}@example.com"},
                             token=tenant.owner_token)
    assert added["invitation"] == {"url": None, "deliveryStatus": "QUEUED"}
    # The setup URL is the point of that mutation: returned with or without SMTP.
    assert (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=tenant.owner_token))["url"]
    body = await gql.execute(CREATE_HOSTED, {"input": {"hostAccountId": tenant.gid, "name": "U", "managed": False,
                                                       "adminEmail": f"a-{uuid.uuid4().hex[:8]}@example.com"}},
                             token=tenant.owner_token)
    created = body["data"]["createHostedAccount"]
    assert created["invitation"]["url"] is None and created["invitation"]["deliveryStatus"] == "QUEUED"
    resent = await gql.mutate(RESEND, {"id": created["account"]["id"]}, token=tenant.owner_token)
    assert resent["invitation"]["url"] is None
    # The links are owed in the outbox instead.
    assert await OutboxEmail.filter(account_id=tenant.account_id, template="client_setup").count() == 1
    assert await OutboxEmail.filter(account_id=tenant.account_id, template="client_user_invitation").count() == 1
    assert await Invitation.filter(account_id=tenant.account_id, kind="CLIENT_SETUP").count() == 3
