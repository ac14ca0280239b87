"""Every webhook event type, emitted by a real mutation and delivered by the real worker to a
real HTTP receiver; an account's endpoint never receives another account's events."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

import pytest

from gqlaccess.models import Account, ExportJob, User, WebhookDelivery
from gqlaccess.models.enums import ExportKind, ExportStatus, WebhookDeliveryStatus
from gqlaccess.security import webhook_signature
from gqlaccess.services.core import events
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.exports import exports

from ..support.exports import EXPORT_USERS, wait_for_job
from ..support.factories import Tenant, add_member, make_tenant
from ..support.hosting import CREATE_HOSTED, accept, gid, make_client, make_site
from ..support.integrator import create_webhook
from ..support.receiver import Receiver
from ..support.users import (
    BULK_CREATE,
    BULK_UPDATE,
    CREATE_USER,
    DEACTIVATE,
    REACTIVATE,
    REMOVE,
    RESEND,
    TRANSFER,
    UPDATE_MEMBERSHIP,
    membership_gid,
    new_user_input,
    role_gid,
)

CREATE_ROLE = """mutation($input: CreateCustomRoleInput!) { createCustomRole(input: $input) {
  role { id } errors { code } } }"""
UPDATE_ROLE = """mutation($input: UpdateCustomRoleInput!) { updateCustomRole(input: $input) {
  role { id } errors { code } } }"""
ASSIGN = """mutation($c: ID!, $r: ID!) { assignResource(input: {clientId: $c, resourceId: $r}) {
  client { status } errors { code } } }"""
UNASSIGN = """mutation($c: ID!, $r: ID!) { unassignResource(input: {clientId: $c, resourceId: $r}) {
  client { status } errors { code } } }"""
SETUP_URL = """mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) { url client { status } errors { code } } }"""
SUSPEND = """mutation($c: ID!) { suspendClient(input: {clientId: $c}) { client { status } errors { code } } }"""
REACTIVATE_CLIENT = """mutation($c: ID!) { reactivateClient(input: {clientId: $c}) { client { status } errors { code } } }"""
DEACTIVATE_ACCOUNT = """mutation($id: ID!) { deactivateAccount(input: {accountId: $id}) { account { status } errors { code } } }"""
REACTIVATE_ACCOUNT = """mutation($id: ID!) { reactivateAccount(input: {accountId: $id}) { account { status } errors { code } } }"""


@pytest.fixture
async def receiver():
    server = await Receiver().start()
    yield server
    await server.stop()


async def _settled(*tenants: Tenant | uuid.UUID) -> None:
    """Waits until nothing is owed to these accounts' endpoints any more."""
    ids = [t.account_id if isinstance(t, Tenant) else t for t in tenants]
    for _ in range(1200):
        if not await WebhookDelivery.filter(account_id__in=ids, status=WebhookDeliveryStatus.PENDING).exists():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("deliveries still pending")


def _of(receiver: Receiver, path: str, event_type: str) -> list[dict[str, Any]]:
    """The events' data in the order they were emitted (different subjects travel in parallel)."""
    bodies = [r.json for r in receiver.at(path) if r.json["type"] == event_type]
    return [b["data"] for b in sorted(bodies, key=lambda b: b["timestamp"])]


def _by_subject(data: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for item in data:
        grouped.setdefault(item["id"], []).append(item)
    return grouped


async def _hook(gql, receiver: Receiver, tenant: Tenant, types: list[str]) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    path = f"/{uuid.uuid4().hex[:8]}"
    _, secret = await create_webhook(gql, tenant, receiver.url(path), types)
    return path, secret


async def test_user_invited_for_create_bulk_create_and_resend(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    path, secret = await _hook(gql, receiver, tenant, ["user.invited"])
    created = await gql.mutate(CREATE_USER, {"input": new_user_input(tenant)}, token=tenant.owner_token)
    membership_id = created["membership"]["id"]
    invitation_url = created["invitation"]["url"]  # no SMTP in the tests: the link comes back
    items = [{k: v for k, v in new_user_input(tenant).items() if k != "accountId"} for _ in range(2)]
    bulk = await gql.mutate(BULK_CREATE, {"input": {"accountId": tenant.gid, "items": items}},
                            token=tenant.owner_token)
    assert bulk["createdCount"] == 2
    resent = await gql.mutate(RESEND, {"id": membership_id}, token=tenant.owner_token)
    # Added without an invitation: no event.
    await gql.mutate(CREATE_USER, {"input": new_user_input(tenant, sendInvitation=False)}, token=tenant.owner_token)
    requests = await receiver.wait_for(path, 4)
    await _settled(tenant)
    for request in requests:
        webhook_signature.verify(secret, request.headers, request.body)
        # The activation link is a secret: never in a webhook.
        for url in (invitation_url, resent["invitation"]["url"]):
            assert url.rsplit("/", 1)[-1].encode() not in request.body
    invited = _by_subject(_of(receiver, path, "user.invited"))
    assert sum(map(len, invited.values())) == 4
    first, again = invited[created["membership"]["user"]["id"]]
    assert (first["membershipId"], again["membershipId"]) == (membership_id, membership_id)
    assert first["invitationId"] == created["invitation"]["id"]
    assert again["invitationId"] == resent["invitation"]["id"]
    bulk_emails = {d["email"] for key, group in invited.items() for d in group if key != first["id"]}
    assert bulk_emails == {r["email"] for r in bulk["results"]}
    assert {d["accountId"] for group in invited.values() for d in group} == {tenant.gid}


async def test_membership_updated_and_removed(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    path, _ = await _hook(gql, receiver, tenant, ["membership.updated", "membership.removed"])
    emails = [(await add_member(gql, tenant, "marketing_limited"))[0] for _ in range(2)]
    ids = [await membership_gid(tenant, e) for e in emails]
    removed_user = await User.get(email=emails[0])  # deleted with its last membership
    await gql.mutate(UPDATE_MEMBERSHIP, {"input": {"membershipId": ids[0], "roleId": role_gid("marketing")}},
                     token=tenant.owner_token)
    change = {"accountId": tenant.gid, "membershipIds": ids, "roleId": role_gid("contributor")}
    await gql.mutate(BULK_UPDATE, {"input": {**change, "dryRun": True}}, token=tenant.owner_token)  # no event
    await gql.mutate(BULK_UPDATE, {"input": {**change, "dryRun": False}}, token=tenant.owner_token)
    await gql.mutate(DEACTIVATE, {"id": ids[1]}, token=tenant.owner_token)
    await gql.mutate(REACTIVATE, {"id": ids[1]}, token=tenant.owner_token)
    admin_email, _ = await add_member(gql, tenant, "admin")
    admin_id = await membership_gid(tenant, admin_email)
    owner_id = await membership_gid(tenant, tenant.owner_email)
    await gql.mutate(TRANSFER, {"account": tenant.gid, "id": admin_id}, token=tenant.owner_token)
    await gql.mutate(REMOVE, {"account": tenant.gid, "ids": [ids[0]]}, token=tenant.owner_token)
    await receiver.wait_for(path, 8)
    await _settled(tenant)
    updated = _by_subject(_of(receiver, path, "membership.updated"))
    assert {k: len(v) for k, v in updated.items()} == {ids[0]: 2, ids[1]: 3, admin_id: 1, owner_id: 1}
    assert [d["roleId"] for d in updated[ids[0]]] == [role_gid("marketing"), role_gid("contributor")]
    assert [(d.get("oldStatus"), d["status"]) for d in updated[ids[1]]] == [
        (None, "ACTIVE"), ("ACTIVE", "INACTIVE"), ("INACTIVE", "ACTIVE")]
    assert updated[ids[1]][0]["roleId"] == role_gid("contributor")
    assert (updated[admin_id][0]["isOwner"], updated[owner_id][0]["isOwner"]) == (True, False)
    removed = _of(receiver, path, "membership.removed")
    assert removed == [{"accountId": tenant.gid, "id": ids[0], "userId": gid("User", removed_user.id)}]


async def test_role_updated(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    path, _ = await _hook(gql, receiver, tenant, ["role.updated"])
    role = (await gql.mutate(CREATE_ROLE, {"input": {
        "accountId": tenant.gid, "name": "Analysts", "templateRoleId": role_gid("marketing"), "capabilities": []
    }}, token=tenant.owner_token))["role"]
    await gql.mutate(UPDATE_ROLE, {"input": {"roleId": role["id"], "capabilities": [
        {"capability": "BILLING", "level": "VIEW"}]}}, token=tenant.owner_token)
    (request,) = await receiver.wait_for(path, 1)
    await _settled(tenant)
    data = request.json["data"]
    assert (data["id"], data["name"], data["capabilities"]["billing"]) == (role["id"], "Analysts", "VIEW")


async def test_client_status_changes(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    path, _ = await _hook(gql, receiver, tenant, ["client.status_changed"])
    client = (await make_client(gql, tenant))["client"]
    site = await make_site(tenant.account_id)
    cid, rid = client["id"], gid("Resource", site.id)
    await gql.mutate(ASSIGN, {"c": cid, "r": rid}, token=tenant.owner_token)
    url = (await gql.mutate(SETUP_URL, {"c": cid}, token=tenant.owner_token))["url"]
    assert (await accept(gql, url))["data"]["acceptInvitation"]["token"]  # the first login
    await gql.mutate(SUSPEND, {"c": cid}, token=tenant.owner_token)
    await gql.mutate(REACTIVATE_CLIENT, {"c": cid}, token=tenant.owner_token)
    other = (await make_client(gql, tenant))["client"]
    await gql.mutate(ASSIGN, {"c": other["id"], "r": rid}, token=tenant.owner_token)
    await gql.mutate(UNASSIGN, {"c": other["id"], "r": rid}, token=tenant.owner_token)
    await receiver.wait_for(path, 7)
    await _settled(tenant)
    changes = {
        key: [(d["oldStatus"], d["status"]) for d in group]
        for key, group in _by_subject(_of(receiver, path, "client.status_changed")).items()
    }
    assert changes == {
        cid: [("POTENTIAL", "SITE_ASSIGNED"), ("SITE_ASSIGNED", "INVITED"), ("INVITED", "ACTIVE"),
              ("ACTIVE", "SUSPENDED"), ("SUSPENDED", "ACTIVE")],
        other["id"]: [("POTENTIAL", "SITE_ASSIGNED"), ("SITE_ASSIGNED", "POTENTIAL")],
    }


async def test_account_status_changes_reach_the_account_and_its_host(gql, runtime, receiver):
    host = await make_tenant(gql, runtime)
    host_path, _ = await _hook(gql, receiver, host, ["account.status_changed"])
    managed = (await gql.mutate(CREATE_HOSTED, {"input": {
        "hostAccountId": host.gid, "name": f"Managed {uuid.uuid4().hex[:6]}", "managed": True}},
        token=host.owner_token))["account"]
    managed_account = await Account.get(name=managed["name"])
    managed_tenant = Tenant(managed_account.id, host.owner_email, host.owner_token)  # host admins reach it
    own_path, _ = await _hook(gql, receiver, managed_tenant, ["account.status_changed"])
    await gql.mutate(DEACTIVATE_ACCOUNT, {"id": managed["id"]}, token=host.owner_token)
    await gql.mutate(REACTIVATE_ACCOUNT, {"id": managed["id"]}, token=host.owner_token)
    unmanaged = await gql.mutate(CREATE_HOSTED, {"input": {
        "hostAccountId": host.gid, "name": f"Unmanaged {uuid.uuid4().hex[:6]}", "managed": False,
        "adminEmail": f"admin-{uuid.uuid4().hex[:8]}@example.com"}}, token=host.owner_token)
    assert (await accept(gql, unmanaged["invitation"]["url"]))["data"]["acceptInvitation"]["token"]
    await receiver.wait_for(host_path, 3)
    await receiver.wait_for(own_path, 2)
    await _settled(host, managed_tenant)
    seen = {
        key: [(d["accountId"], d["oldStatus"], d["status"]) for d in group]
        for key, group in _by_subject(_of(receiver, host_path, "account.status_changed")).items()
    }
    assert seen == {
        managed["id"]: [(host.gid, "ACTIVE", "DEACTIVATED"), (host.gid, "DEACTIVATED", "ACTIVE")],
        unmanaged["account"]["id"]: [(host.gid, "SETUP_IN_PROGRESS", "ACTIVE")],
    }
    assert [(d["accountId"], d["status"]) for d in _of(receiver, own_path, "account.status_changed")] == [
        (managed["id"], "DEACTIVATED"), (managed["id"], "ACTIVE")
    ]


async def test_export_completed_succeeded_and_failed(gql, runtime, receiver):
    tenant = await make_tenant(gql, runtime)
    path, _ = await _hook(gql, receiver, tenant, ["export.completed"])
    payload = await gql.mutate(EXPORT_USERS, {"input": {"accountId": tenant.gid}}, token=tenant.owner_token)
    job = await wait_for_job(gql, payload["exportJob"]["id"], tenant.owner_token)
    assert job["status"] == "SUCCEEDED"
    # A job whose worker died on its last attempt: the reaper gives up on it.
    stale = await ExportJob.create(
        account_id=tenant.account_id, kind=ExportKind.USERS, status=ExportStatus.RUNNING,
        attempts=exports.MAX_ATTEMPTS, heartbeat_at=utcnow() - timedelta(hours=1),
    )
    assert (await exports.reap_stale_jobs(runtime.deps))["failed"] >= 1
    requests = await receiver.wait_for(path, 2)
    await _settled(tenant)
    completed = {d["id"]: d for d in _of(receiver, path, "export.completed")}
    assert completed[job["id"]] == {
        "accountId": tenant.gid, "id": job["id"], "kind": "USERS", "status": "SUCCEEDED", "rowCount": job["rowCount"]
    }
    assert completed[events.ref("ExportJob", stale.id)]["status"] == "FAILED"
    assert all(b"download" not in r.body for r in requests)  # the signed link stays with the requester


async def test_an_endpoint_never_receives_another_accounts_events(gql, runtime, receiver):
    tenant_a = await make_tenant(gql, runtime)
    tenant_b = await make_tenant(gql, runtime)
    path_a, _ = await _hook(gql, receiver, tenant_a, list(events.EVENT_TYPES))
    path_b, _ = await _hook(gql, receiver, tenant_b, list(events.EVENT_TYPES))
    for tenant in (tenant_b, tenant_b, tenant_a):  # real mutations of several kinds in both
        await gql.mutate(CREATE_USER, {"input": new_user_input(tenant)}, token=tenant.owner_token)
        mid = await membership_gid(tenant, (await add_member(gql, tenant, "marketing"))[0])
        await gql.mutate(DEACTIVATE, {"id": mid}, token=tenant.owner_token)
        await gql.mutate(REMOVE, {"account": tenant.gid, "ids": [mid]}, token=tenant.owner_token)
        client = (await make_client(gql, tenant))["client"]
        site = await make_site(tenant.account_id)
        await gql.mutate(ASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}, token=tenant.owner_token)
    await receiver.wait_for(path_b, 8)
    await receiver.wait_for(path_a, 4)
    await _settled(tenant_a, tenant_b)
    assert {r.json["data"]["accountId"] for r in receiver.at(path_a)} == {tenant_a.gid}
    assert {r.json["data"]["accountId"] for r in receiver.at(path_b)} == {tenant_b.gid}
    assert len(receiver.at(path_a)) == 4
    assert len(receiver.at(path_b)) == 8
