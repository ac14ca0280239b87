"""Seeds 000 and 002: client creation, validation, derived status, resources, suspension, deletion."""

from __future__ import annotations

import uuid

from gqlaccess.models import Client, ClientUser, OutboxEmail, Session, User
from gqlaccess.services.core.outbox import read_variables

from ....support.factories import add_member, make_tenant
from ....support.hosting import CREATE_CLIENT, accept, gid, login, make_client, make_site

ASSIGN = """mutation($c: ID!, $r: ID!, $p: [ClientPermission!]) {
  assignResource(input: {clientId: $c, resourceId: $r, permissions: $p}) {
    client { status } assignment { resourceId name permissions } errors { field code } } }"""
UNASSIGN = """mutation($c: ID!, $r: ID!) { unassignResource(input: {clientId: $c, resourceId: $r}) {
  client { status } remainingResources lastResourceRemoved suggestion errors { field code } } }"""
SETUP_URL = """mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) {
  url expiresAt client { status } invitation { kind url } errors { field code } } }"""
SEND = """mutation($c: ID!, $m: String) { sendClientInvitation(input: {clientId: $c, customMessage: $m}) {
  invitation { url kind expiresAt } client { status } errors { field code } } }"""
PREVIEW = """mutation($c: ID!, $m: String) { previewClientInvitation(input: {clientId: $c, customMessage: $m}) {
  subject text html errors { field code } } }"""
SUSPEND = """mutation($c: ID!) { suspendClient(input: {clientId: $c}) { client { status suspendedAt } errors { code } } }"""
REACTIVATE = """mutation($c: ID!) { reactivateClient(input: {clientId: $c}) { client { status } errors { code } } }"""
UPDATE = """mutation($input: UpdateClientInput!) { updateClient(input: $input) {
  client { displayName phone1 notes email company permissions } errors { field code } } }"""
DELETE = """mutation($c: ID!, $ok: Boolean!) { deleteClient(input: {clientId: $c, confirm: $ok}) {
  deletedClientId errors { field code } } }"""
CLIENT_NODE = """query($id: ID!) { node(id: $id) { ... on Client { id status assignedResources { name } } } }"""
PORTAL = """{ clientPortal { clientId displayName accountName permissions resources { name permissions } } }"""


async def _status(gql, tenant, client_id: str) -> str:  # type: ignore[no-untyped-def]
    return (await gql.ok(CLIENT_NODE, {"id": client_id}, token=tenant.owner_token))["node"]["status"]


async def test_create_client_and_contact(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await make_client(gql, tenant, phone1="+33 1 23 45 67 89", permissions=["VIEW_REPORTS"],
                                email="  Mixed.Case@Example.com ")
    client, contact = payload["client"], payload["contact"]
    assert client["status"] == "POTENTIAL"
    assert client["email"] == "mixed.case@example.com"
    assert client["displayName"] == "Ada Client"  # defaults to the contact's name
    assert client["permissions"] == ["VIEW_REPORTS"]
    assert (contact["email"], contact["status"], contact["isContact"]) == ("mixed.case@example.com", "PENDING", True)
    # Unlimited: many clients in one account.
    for _ in range(3):
        await make_client(gql, tenant)
    assert await Client.filter(account_id=tenant.account_id).count() == 4


async def test_create_client_validation_writes_nothing(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    existing = (await make_client(gql, tenant))["client"]
    before_clients, before_users = await Client.all().count(), await User.all().count()
    cases = [
        ({"phone1": "call me"}, "phone1", "INVALID_PHONE"),
        ({"phone2": "+33 12"}, "phone2", "INVALID_PHONE"),
        ({"email": "bad..dots@example.com"}, "email", "INVALID_EMAIL"),
        ({"email": "x@host.test"}, "email", "INVALID_EMAIL"),
        ({"partnerClientId": "has spaces!"}, "partnerClientId", "INVALID_PARTNER_CLIENT_ID"),
        ({"partnerClientId": "x" * 65}, "partnerClientId", "INVALID_PARTNER_CLIENT_ID"),
        ({"email": existing["email"].upper()}, "email", "DUPLICATE_CLIENT_EMAIL"),
        ({"firstName": ""}, "firstName", "REQUIRED"),
        ({"lastName": "<script>"}, "lastName", "INVALID_NAME"),
        ({"notes": "n" * 5001}, "notes", "TOO_LONG"),
    ]
    for override, field, code in cases:
        values = {"accountId": tenant.gid, "firstName": "Ada", "lastName": "Client",
                  "email": f"c-{uuid.uuid4().hex[:8]}@example.com", **override}
        body = await gql.execute(CREATE_CLIENT, {"input": values}, token=tenant.owner_token)
        errors = body["data"]["createClient"]["errors"]
        assert [(e["field"], e["code"]) for e in errors] == [(field, code)], override
    assert await Client.all().count() == before_clients
    assert await User.all().count() == before_users
    # The same e-mail in another account waits until its contact has activated: a pending identity
    # is not shared (test_pending_identity.py), an activated one is.
    other = await make_tenant(gql, runtime)
    body = await gql.execute(CREATE_CLIENT, {"input": {
        "accountId": other.gid, "firstName": "Ada", "lastName": "Client", "email": existing["email"]}},
        token=other.owner_token)
    assert [e["code"] for e in body["data"]["createClient"]["errors"]] == ["USER_CANNOT_BE_CREATED"]


async def test_client_permissions_and_tenancy(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    _, limited = await add_member(gql, tenant, "marketing_limited")  # clients: VIEW
    _, marketing = await add_member(gql, tenant, "marketing")  # clients: MANAGE
    values = {"accountId": tenant.gid, "firstName": "A", "lastName": "B", "email": "ab@example.com"}
    assert await gql.error_code(CREATE_CLIENT, {"input": values}, token=limited) == "FORBIDDEN"
    assert await gql.error_code(CREATE_CLIENT, {"input": values}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CREATE_CLIENT, {"input": values}) == "UNAUTHENTICATED"
    assert (await gql.mutate(CREATE_CLIENT, {"input": values}, token=marketing))["client"]["status"] == "POTENTIAL"
    site = await make_site(tenant.account_id)
    for query, variables in (
        (SUSPEND, {"c": client["id"]}), (REACTIVATE, {"c": client["id"]}), (SETUP_URL, {"c": client["id"]}),
        (SEND, {"c": client["id"]}), (PREVIEW, {"c": client["id"]}), (DELETE, {"c": client["id"], "ok": True}),
        (ASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}),
        (UNASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}),
        (UPDATE, {"input": {"clientId": client["id"], "notes": "x"}}),
    ):
        assert await gql.error_code(query, variables, token=limited) == "FORBIDDEN", query
        assert await gql.error_code(query, variables, token=other.owner_token) == "NOT_FOUND", query
    # Viewing is allowed with clients: VIEW; another tenant sees nothing.
    assert (await gql.ok(CLIENT_NODE, {"id": client["id"]}, token=limited))["node"]["status"] == "POTENTIAL"
    assert (await gql.ok(CLIENT_NODE, {"id": client["id"]}, token=other.owner_token))["node"] is None
    assert await Client.exists(id=uuid.UUID(str((await Client.get(email=client["email"])).id)))


async def test_status_machine_from_facts(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    cid = client["id"]
    site_a, site_b = await make_site(tenant.account_id), await make_site(tenant.account_id)
    foreign_site = await make_site((await make_tenant(gql, runtime)).account_id)
    # A resource of another account: typed error, nothing assigned.
    bad = (await gql.execute(ASSIGN, {"c": cid, "r": gid("Resource", foreign_site.id)}, token=tenant.owner_token))
    assert bad["data"]["assignResource"]["errors"] == [{"field": "resourceId", "code": "RESOURCE_NOT_FOUND"}]
    assert await _status(gql, tenant, cid) == "POTENTIAL"
    assigned = await gql.mutate(ASSIGN, {"c": cid, "r": gid("Resource", site_a.id), "p": ["EDIT_CONTENT", "PUBLISH"]},
                                token=tenant.owner_token)
    assert assigned["client"]["status"] == "SITE_ASSIGNED"
    assert assigned["assignment"]["permissions"] == ["VIEW_SITE", "EDIT_CONTENT", "PUBLISH"]
    await gql.mutate(ASSIGN, {"c": cid, "r": gid("Resource", site_b.id), "p": ["VIEW_STATS"]}, token=tenant.owner_token)
    # Re-assigning changes the permissions only.
    again = await gql.mutate(ASSIGN, {"c": cid, "r": gid("Resource", site_a.id), "p": []}, token=tenant.owner_token)
    assert again["assignment"]["permissions"] == ["VIEW_SITE"]
    # Suspended at any time; reactivation gives back the status it had.
    assert (await gql.mutate(SUSPEND, {"c": cid}, token=tenant.owner_token))["client"]["status"] == "SUSPENDED"
    assert (await gql.execute(SUSPEND, {"c": cid}, token=tenant.owner_token))["data"]["suspendClient"]["errors"][0][
        "code"] == "CLIENT_SUSPENDED"
    for query in (SETUP_URL, SEND):
        refused = (await gql.execute(query, {"c": cid}, token=tenant.owner_token))["data"]
        assert list(refused.values())[0]["errors"][0]["code"] == "CLIENT_SUSPENDED"
    assert (await Client.get(email=client["email"])).invited_at is None  # refusal wrote nothing
    assert (await gql.mutate(REACTIVATE, {"c": cid}, token=tenant.owner_token))["client"]["status"] == "SITE_ASSIGNED"
    assert (await gql.execute(REACTIVATE, {"c": cid}, token=tenant.owner_token))["data"]["reactivateClient"][
        "errors"][0]["code"] == "CLIENT_NOT_SUSPENDED"
    # The setup URL: 30 days, returned; regenerating revokes the previous one.
    first = await gql.mutate(SETUP_URL, {"c": cid}, token=tenant.owner_token)
    assert first["client"]["status"] == "INVITED" and first["url"] and first["invitation"]["kind"] == "CLIENT_SETUP"
    second = await gql.mutate(SETUP_URL, {"c": cid}, token=tenant.owner_token)
    assert second["url"] != first["url"]
    old = (await accept(gql, first["url"]))["data"]["acceptInvitation"]
    assert old["errors"][0]["code"] == "INVITATION_REVOKED"
    # The client sets a password: first login, ACTIVE.
    accepted = (await accept(gql, second["url"]))["data"]["acceptInvitation"]
    assert accepted["errors"] == []
    assert await _status(gql, tenant, cid) == "ACTIVE"
    portal = (await gql.ok(PORTAL, token=accepted["token"]))["clientPortal"]
    assert [sorted(r["name"] for r in p["resources"]) for p in portal] == [sorted([site_a.name, site_b.name])]
    # Unassigning: the last one says so and suggests suspension.
    first_removed = await gql.mutate(UNASSIGN, {"c": cid, "r": gid("Resource", site_a.id)}, token=tenant.owner_token)
    assert (first_removed["remainingResources"], first_removed["lastResourceRemoved"], first_removed["suggestion"]) \
        == (1, False, None)
    last = await gql.mutate(UNASSIGN, {"c": cid, "r": gid("Resource", site_b.id)}, token=tenant.owner_token)
    assert (last["remainingResources"], last["lastResourceRemoved"], last["suggestion"]) == (0, True, "SUSPEND_CLIENT")
    assert last["client"]["status"] == "ACTIVE"  # logged in once: still ACTIVE
    missing = (await gql.execute(UNASSIGN, {"c": cid, "r": gid("Resource", site_b.id)}, token=tenant.owner_token))
    assert missing["data"]["unassignResource"]["errors"][0]["code"] == "RESOURCE_NOT_ASSIGNED"
    # Suspension: login refused, the open session stops at once; reactivation restores ACTIVE.
    await gql.mutate(SUSPEND, {"c": cid}, token=tenant.owner_token)
    assert await gql.error_code(PORTAL, token=accepted["token"]) == "UNAUTHENTICATED"
    refused = await login(gql, client["email"])
    assert refused["errors"][0]["code"] == "CLIENT_ACCESS_SUSPENDED" and refused["token"] is None
    assert (await gql.mutate(REACTIVATE, {"c": cid}, token=tenant.owner_token))["client"]["status"] == "ACTIVE"
    assert (await login(gql, client["email"]))["token"]


async def test_send_invitation_preview_and_outbox(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant, firstName="Zoé", lastName="Martin"))["client"]
    message = "Bienvenue <b>chez nous</b>"
    preview = await gql.mutate(PREVIEW, {"c": client["id"], "m": message}, token=tenant.owner_token)
    assert "gives you access" in preview["subject"]
    assert message in preview["text"] and "Zoé Martin" in preview["text"]
    assert "&lt;b&gt;chez nous&lt;/b&gt;" in preview["html"] and "<b>" not in preview["html"]
    assert await OutboxEmail.filter(to_email=client["email"]).count() == 0  # a preview sends nothing
    too_long = (await gql.execute(PREVIEW, {"c": client["id"], "m": "x" * 2001}, token=tenant.owner_token))["data"]
    assert too_long["previewClientInvitation"]["errors"][0]["code"] == "TOO_LONG"
    sent = await gql.mutate(SEND, {"c": client["id"], "m": message}, token=tenant.owner_token)
    assert sent["client"]["status"] == "INVITED"
    assert sent["invitation"]["url"]  # no SMTP in tests: the link is handed back
    row = await OutboxEmail.get(to_email=client["email"], template="client_setup")
    variables = read_variables(runtime.settings, row)
    assert {"name", "account_name", "url", "expires_at", "custom_message"} <= set(variables)
    assert variables["custom_message"] == message and variables["url"] == sent["invitation"]["url"]


async def test_update_client_never_the_email(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    updated = await gql.mutate(UPDATE, {"input": {"clientId": client["id"], "displayName": "Acme", "notes": "VIP",
                                                  "phone1": "01 23 45 67 89", "permissions": ["VIEW_REPORTS"]}},
                               token=tenant.owner_token)
    assert updated["client"] == {"displayName": "Acme", "phone1": "01 23 45 67 89", "notes": "VIP",
                                 "email": client["email"], "company": client.get("company") or updated["client"]["company"],
                                 "permissions": ["VIEW_REPORTS"]}
    body = await gql.execute(UPDATE, {"input": {"clientId": client["id"], "email": "new@example.com"}},
                             token=tenant.owner_token)
    assert body.get("errors")  # the input has no e-mail field at all
    bad = await gql.execute(UPDATE, {"input": {"clientId": client["id"], "phone1": "nope", "notes": "changed"}},
                            token=tenant.owner_token)
    assert bad["data"]["updateClient"]["errors"] == [{"field": "phone1", "code": "INVALID_PHONE"}]
    stored = await Client.get(email=client["email"])
    assert (stored.notes, stored.phone1) == ("VIP", "01 23 45 67 89")


async def test_delete_client_is_irreversible_and_confirmed(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    site = await make_site(tenant.account_id)
    await gql.mutate(ASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}, token=tenant.owner_token)
    url = (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=tenant.owner_token))["url"]
    token = (await accept(gql, url))["data"]["acceptInvitation"]["token"]
    unconfirmed = (await gql.execute(DELETE, {"c": client["id"], "ok": False}, token=tenant.owner_token))["data"]
    assert unconfirmed["deleteClient"]["errors"][0]["code"] == "CONFIRMATION_REQUIRED"
    assert await Client.exists(email=client["email"])
    done = await gql.mutate(DELETE, {"c": client["id"], "ok": True}, token=tenant.owner_token)
    assert done["deletedClientId"] == client["id"]
    assert not await Client.exists(email=client["email"])
    assert not await User.exists(email=client["email"])  # no membership, no other client login
    assert not await Session.exists(user__email=client["email"])
    assert await gql.error_code(PORTAL, token=token) == "UNAUTHENTICATED"
    assert (await gql.ok(CLIENT_NODE, {"id": client["id"]}, token=tenant.owner_token))["node"] is None
    assert not await ClientUser.exists(client__email=client["email"])


async def test_deleting_the_last_assigned_resource_recomputes_the_status(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    site = await make_site(tenant.account_id)
    await gql.mutate(ASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}, token=tenant.owner_token)
    assert await _status(gql, tenant, client["id"]) == "SITE_ASSIGNED"
    await gql.mutate("mutation($r: ID!) { deleteResource(input: {resourceId: $r}) { errors { code } } }",
                     {"r": gid("Resource", site.id)}, token=tenant.owner_token)
    assert await _status(gql, tenant, client["id"]) == "POTENTIAL"


async def test_a_setup_link_never_takes_over_an_existing_identity(gql, runtime):
    """The setup URL is handed to the account's staff: for a person who already has a login it
    proves nothing by itself, so accepting needs their current password and never changes it."""
    tenant = await make_tenant(gql, runtime)
    victim_email, _ = await add_member(gql, await make_tenant(gql, runtime), "admin")
    client = (await make_client(gql, tenant, email=victim_email))["client"]
    url = (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=tenant.owner_token))["url"]
    takeover = (await accept(gql, url, password="Another-Strong-Passw0rd!"))["data"]["acceptInvitation"]
    assert takeover["errors"] == [{"field": "password", "code": "INVALID_CREDENTIALS",
                                   "message": "Enter your current password to accept."}]
    assert await _status(gql, tenant, client["id"]) == "INVITED"
    assert (await login(gql, victim_email, "Another-Strong-Passw0rd!"))["token"] is None
    assert (await login(gql, victim_email))["token"]  # the real password still works
    accepted = (await accept(gql, url))["data"]["acceptInvitation"]
    assert accepted["errors"] == [] and accepted["token"]
    assert await _status(gql, tenant, client["id"]) == "ACTIVE"


async def test_guessing_the_current_password_through_a_link_is_throttled(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    victim_email, _ = await add_member(gql, await make_tenant(gql, runtime), "qa")
    client = (await make_client(gql, tenant, email=victim_email))["client"]
    url = (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=tenant.owner_token))["url"]
    for attempt in range(runtime.settings.login_attempts_per_email):
        body = (await accept(gql, url, password=f"Guess-{attempt}-Passw0rd!"))["data"]["acceptInvitation"]
        assert body["errors"][0]["code"] == "INVALID_CREDENTIALS"
    blocked = (await accept(gql, url))["data"]["acceptInvitation"]  # even the right one, for the window
    assert blocked["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"
    # The same counters as login from this address (issue 15 §5: per e-mail and address), unless
    # the device signed in to this e-mail before (add_member did, in this client's cookie jar).
    assert (await login(gql, victim_email))["token"]
    gql.http.cookies.clear()
    assert (await login(gql, victim_email))["errors"][0]["code"] == "TOO_MANY_ATTEMPTS"
