"""Seed 000: client users — add, edit e-mail while pending, deactivate, reactivate, resend."""

from __future__ import annotations

import uuid

from gqlaccess.models import ClientUser, Invitation, OutboxEmail, User
from gqlaccess.models.enums import InvitationStatus
from gqlaccess.services.core.outbox import read_variables

from ....support.factories import add_member, make_tenant
from ....support.hosting import accept, login, make_client

ADD = """mutation($c: ID!, $e: String!) { addClientUser(input: {clientId: $c, email: $e}) {
  clientUser { id email status isContact } invitation { url kind } errors { field code } } }"""
UPDATE = """mutation($u: ID!, $e: String) { updateClientUser(input: {clientUserId: $u, email: $e}) {
  clientUser { email status } invitation { url } errors { field code } } }"""
DEACTIVATE = """mutation($u: ID!) { deactivateClientUser(input: {clientUserId: $u}) { clientUser { status } errors { code } } }"""
REACTIVATE = """mutation($u: ID!) { reactivateClientUser(input: {clientUserId: $u}) { clientUser { status } errors { code } } }"""
RESEND = """mutation($u: ID!) { resendClientUserInvitation(input: {clientUserId: $u}) {
  invitation { url } errors { code } } }"""
LIST = """query($c: ID!) { clientUsers(clientId: $c) { id email status isContact } }"""
SUSPEND = """mutation($c: ID!) { suspendClient(input: {clientId: $c}) { errors { code } } }"""
PORTAL = """{ clientPortal { clientId } }"""


def _email() -> str:
    return f"cu-{uuid.uuid4().hex[:8]}@example.com"


async def test_add_accept_deactivate_reactivate(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    email = _email()
    added = await gql.mutate(ADD, {"c": client["id"], "e": email}, token=tenant.owner_token)
    assert (added["clientUser"]["status"], added["clientUser"]["isContact"]) == ("PENDING", False)
    assert added["invitation"]["kind"] == "CLIENT_SETUP" and added["invitation"]["url"]
    row = await OutboxEmail.get(to_email=email, template="client_user_invitation")
    assert {"name", "account_name", "client_name", "url", "expires_at"} <= set(read_variables(runtime.settings, row))
    duplicate = (await gql.execute(ADD, {"c": client["id"], "e": email.upper()}, token=tenant.owner_token))["data"]
    assert duplicate["addClientUser"]["errors"] == [{"field": "email", "code": "DUPLICATE_CLIENT_USER"}]
    bad = (await gql.execute(ADD, {"c": client["id"], "e": "no-at-sign"}, token=tenant.owner_token))["data"]
    assert bad["addClientUser"]["errors"][0]["code"] == "INVALID_EMAIL"
    listed = (await gql.ok(LIST, {"c": client["id"]}, token=tenant.owner_token))["clientUsers"]
    assert [(u["email"], u["isContact"], u["status"]) for u in listed] == [
        (client["email"], True, "PENDING"), (email, False, "PENDING")]
    # Acceptance needs the terms and the privacy policy, like every invitation.
    refused = await gql.execute(
        """mutation($t: String!) { acceptInvitation(input: {token: $t, password: "Correct-Horse-Battery-9",
           acceptTerms: true, acceptPrivacy: false}) { errors { code } } }""",
        {"t": added["invitation"]["url"].rsplit("/", 1)[-1]},
    )
    assert refused["data"]["acceptInvitation"]["errors"][0]["code"] == "PRIVACY_NOT_ACCEPTED"
    accepted = (await accept(gql, added["invitation"]["url"]))["data"]["acceptInvitation"]
    assert accepted["errors"] == []
    user_id = added["clientUser"]["id"]
    assert (await gql.ok(LIST, {"c": client["id"]}, token=tenant.owner_token))["clientUsers"][1]["status"] == "ACTIVE"
    not_pending = (await gql.execute(RESEND, {"u": user_id}, token=tenant.owner_token))["data"]
    assert not_pending["resendClientUserInvitation"]["errors"][0]["code"] == "NOT_PENDING"
    locked = (await gql.execute(UPDATE, {"u": user_id, "e": _email()}, token=tenant.owner_token))["data"]
    assert locked["updateClientUser"]["errors"][0]["code"] == "NOT_PENDING"
    # Deactivated: the session stops, login is refused; reactivated: back in.
    assert (await gql.mutate(DEACTIVATE, {"u": user_id}, token=tenant.owner_token))["clientUser"]["status"] == "INACTIVE"
    assert await gql.error_code(PORTAL, token=accepted["token"]) == "UNAUTHENTICATED"
    assert (await login(gql, email))["errors"][0]["code"] == "CLIENT_ACCESS_SUSPENDED"
    again = (await gql.execute(DEACTIVATE, {"u": user_id}, token=tenant.owner_token))["data"]
    assert again["deactivateClientUser"]["errors"][0]["code"] == "CLIENT_USER_NOT_ACTIVE"
    assert (await gql.mutate(REACTIVATE, {"u": user_id}, token=tenant.owner_token))["clientUser"]["status"] == "ACTIVE"
    twice = (await gql.execute(REACTIVATE, {"u": user_id}, token=tenant.owner_token))["data"]
    assert twice["reactivateClientUser"]["errors"][0]["code"] == "CLIENT_USER_NOT_INACTIVE"
    session = await login(gql, email)
    assert session["token"]
    assert len((await gql.ok(PORTAL, token=session["token"]))["clientPortal"]) == 1


async def test_edit_email_while_pending_and_resend(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    first = _email()
    added = await gql.mutate(ADD, {"c": client["id"], "e": first}, token=tenant.owner_token)
    user_id = added["clientUser"]["id"]
    second = _email()
    updated = await gql.mutate(UPDATE, {"u": user_id, "e": second}, token=tenant.owner_token)
    assert updated["clientUser"] == {"email": second, "status": "PENDING"}
    assert updated["invitation"]["url"] and updated["invitation"]["url"] != added["invitation"]["url"]
    assert not await User.exists(email=first)  # the abandoned pending identity is gone
    old = (await accept(gql, added["invitation"]["url"]))["data"]["acceptInvitation"]
    assert old["errors"][0]["code"] in ("INVITATION_REVOKED", "INVITATION_INVALID")
    resent = await gql.mutate(RESEND, {"u": user_id}, token=tenant.owner_token)
    assert (await accept(gql, updated["invitation"]["url"]))["data"]["acceptInvitation"]["errors"][0]["code"] \
        == "INVITATION_REVOKED"
    assert await Invitation.filter(email=second, status=InvitationStatus.PENDING).count() == 1
    # The contact's e-mail is the client's login: never editable.
    contact = (await gql.ok(LIST, {"c": client["id"]}, token=tenant.owner_token))["clientUsers"][0]
    refused = (await gql.execute(UPDATE, {"u": contact["id"], "e": _email()}, token=tenant.owner_token))["data"]
    assert refused["updateClientUser"]["errors"][0]["code"] == "INVALID"
    assert (await accept(gql, resent["invitation"]["url"]))["data"]["acceptInvitation"]["errors"] == []


async def test_client_user_rights_and_suspended_client(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    client = (await make_client(gql, tenant))["client"]
    added = await gql.mutate(ADD, {"c": client["id"], "e": _email()}, token=tenant.owner_token)
    user_id = added["clientUser"]["id"]
    _, contributor = await add_member(gql, tenant, "contributor")  # clients: VIEW
    for query, variables in ((ADD, {"c": client["id"], "e": _email()}), (UPDATE, {"u": user_id, "e": _email()}),
                             (DEACTIVATE, {"u": user_id}), (REACTIVATE, {"u": user_id}), (RESEND, {"u": user_id})):
        assert await gql.error_code(query, variables, token=contributor) == "FORBIDDEN", query
        assert await gql.error_code(query, variables, token=other.owner_token) == "NOT_FOUND", query
    assert len((await gql.ok(LIST, {"c": client["id"]}, token=contributor))["clientUsers"]) == 2
    assert await gql.error_code(LIST, {"c": client["id"]}, token=other.owner_token) == "NOT_FOUND"
    await gql.mutate(SUSPEND, {"c": client["id"]}, token=tenant.owner_token)
    count = await ClientUser.filter(client__email=client["email"]).count()
    refused = (await gql.execute(ADD, {"c": client["id"], "e": _email()}, token=tenant.owner_token))["data"]
    assert refused["addClientUser"]["errors"][0]["code"] == "CLIENT_SUSPENDED"
    assert await ClientUser.filter(client__email=client["email"]).count() == count
    resend = (await gql.execute(RESEND, {"u": user_id}, token=tenant.owner_token))["data"]
    assert resend["resendClientUserInvitation"]["errors"][0]["code"] == "CLIENT_SUSPENDED"
    # A link issued before the suspension cannot be used while suspended.
    late = (await accept(gql, added["invitation"]["url"]))["data"]["acceptInvitation"]
    assert late["errors"][0]["code"] == "CLIENT_SUSPENDED"
