"""A pending identity cannot become another account's client login (SPEC §1: a user who has not
activated cannot be added elsewhere).

Found while classifying the clients fields for the authorization matrix: createClient,
addClientUser and updateClientUser attached whatever user had the e-mail, pending included. A
setup URL is returned to its creator (always for generateClientSetupUrl, without SMTP for the
others), and accepting it sets the password of a user who never activated: anyone with clients
MANAGE in their own account could take over a person another account had just invited (and with it
that membership, Admin included).
"""

from __future__ import annotations

import asyncio
import uuid

from gqlaccess.graphql.ids import decode_id, encode_id
from gqlaccess.models import Client, ClientUser, Invitation, OutboxEmail, User
from gqlaccess.models.enums import InvitationStatus
from gqlaccess.services.core.outbox import read_variables
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import invitation_token, make_tenant
from ....support.hosting import CREATE_CLIENT, accept, login, make_client

CREATE_USER = """mutation($input: CreateUserInput!) {
  createUser(input: $input) { membership { id status } invitation { url } errors { field code } } }"""
ADD = """mutation($c: ID!, $e: String!) { addClientUser(input: {clientId: $c, email: $e}) {
  clientUser { id } invitation { url } errors { field code } } }"""
UPDATE = """mutation($u: ID!, $e: String) { updateClientUser(input: {clientUserId: $u, email: $e}) {
  clientUser { email } invitation { url } errors { field code } } }"""
BULK_CREATE = """mutation($input: BulkCreateUsersInput!) {
  bulkCreateUsers(input: $input) { results { errors { field code } } errors { field code } } }"""
REQUEST_RESET = "mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }"
RESET = "mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, password: $p}) { ok errors { code } } }"
OWNER_PASSWORD = "Mailbox-Owner-Passphrase-73"
SETUP_URL = """mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) {
  invitation { url } errors { field code } } }"""


async def test_another_accounts_pending_user_cannot_be_taken_over_through_a_client(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    victim_account = await make_tenant(gql, runtime)
    attacker = await make_tenant(gql, runtime)
    email = f"invited-{uuid.uuid4().hex[:8]}@example.com"
    invited = await gql.mutate(CREATE_USER, {"input": {
        "accountId": victim_account.gid, "email": email, "name": "Invited Admin",
        "roleId": encode_id("Role", predefined_role_id("admin")),
    }}, token=victim_account.owner_token)
    assert invited["membership"]["status"] == "PENDING"

    as_contact = (await gql.ok(CREATE_CLIENT, {"input": {
        "accountId": attacker.gid, "firstName": "Mal", "lastName": "Lory", "email": email,
    }}, token=attacker.owner_token))["createClient"]
    assert as_contact["errors"] == [{"field": "email", "code": "USER_CANNOT_BE_CREATED",
                                     "message": "This user cannot be created."}]
    assert not await Client.exists(account_id=attacker.account_id, email=email)

    client = (await make_client(gql, attacker))["client"]
    added = (await gql.ok(ADD, {"c": client["id"], "e": email}, token=attacker.owner_token))["addClientUser"]
    assert added["errors"] == [{"field": "email", "code": "USER_CANNOT_BE_CREATED"}]
    other = (await gql.mutate(ADD, {"c": client["id"], "e": f"cu-{uuid.uuid4().hex[:8]}@example.com"},
                              token=attacker.owner_token))["clientUser"]
    moved = (await gql.ok(UPDATE, {"u": other["id"], "e": email}, token=attacker.owner_token))["updateClientUser"]
    assert moved["errors"] == [{"field": "email", "code": "USER_CANNOT_BE_CREATED"}]
    # Nothing written by the refused change: the other login's link is still the pending one.
    assert await Invitation.filter(
        client_user_id=decode_id(other["id"])[1], status=InvitationStatus.PENDING  # type: ignore[index]
    ).count() == 1
    user = await User.get(email=email)
    assert not await ClientUser.exists(user_id=user.id)
    assert user.activated_at is None and user.password_hash is None

    # The invitation of the account that invited them still works, with the password they choose.
    accepted = (await accept(gql, invited["invitation"]["url"]))["data"]["acceptInvitation"]
    assert accepted["errors"] == [] and accepted["user"]["email"] == email
    assert (await login(gql, email))["token"]


async def test_an_activated_user_may_still_become_a_client_login(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    """Reusing an activated identity stays possible: its link asks for the current password."""
    other = await make_tenant(gql, runtime)
    tenant = await make_tenant(gql, runtime)
    created = (await make_client(gql, tenant, email=other.owner_email))["client"]
    url = (await gql.mutate(SETUP_URL, {"c": created["id"]}, token=tenant.owner_token))["invitation"]["url"]
    wrong = (await accept(gql, url, password="Another-Strong-Passphrase-77"))["data"]["acceptInvitation"]
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert (await accept(gql, url))["data"]["acceptInvitation"]["errors"] == []


async def test_an_identity_registered_through_a_setup_url_is_not_added_to_another_account(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    """A setup URL returned to its creator proves no mailbox: the identity it activates is refused
    by other accounts until the owner of the address proves it (password reset, a mailed link)."""
    victim_account = await make_tenant(gql, runtime)
    squatter = await make_tenant(gql, runtime)
    email = f"future-{uuid.uuid4().hex[:8]}@example.com"
    client = (await make_client(gql, squatter, email=email))["client"]
    url = (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=squatter.owner_token))["invitation"]["url"]
    squatted = "Squatter-Chosen-Passphrase-42"
    assert (await accept(gql, url, password=squatted))["data"]["acceptInvitation"]["errors"] == []
    assert (await User.get(email=email)).email_verified_at is None
    as_admin = {"input": {
        "accountId": victim_account.gid, "email": email, "name": "Future Admin",
        "roleId": encode_id("Role", predefined_role_id("admin")),
    }}
    refused = (await gql.ok(CREATE_USER, as_admin, token=victim_account.owner_token))["createUser"]
    assert refused["errors"] == [{"field": "email", "code": "USER_CANNOT_BE_CREATED"}]
    assert refused["membership"] is None
    as_client = (await gql.ok(CREATE_CLIENT, {"input": {
        "accountId": victim_account.gid, "firstName": "Fu", "lastName": "Ture", "email": email,
    }}, token=victim_account.owner_token))["createClient"]
    assert [e["code"] for e in as_client["errors"]] == ["USER_CANNOT_BE_CREATED"]
    squatter_token = (await login(gql, email, password=squatted))["token"]
    reached = await gql.execute("query($id: ID!) { users(accountId: $id) { totalCount } }",
                                {"id": victim_account.gid}, token=squatter_token)
    assert reached["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "NOT_FOUND"), reached

    # The owner of the mailbox gets in through the mail: a reset proves the address and ends the
    # squatter's sessions and password; the account can then add them.
    assert (await gql.mutate(REQUEST_RESET, {"e": email}))["ok"] is True
    reset_url = await _mailed_link(runtime, email, "password_reset")
    assert (await gql.mutate(RESET, {"t": invitation_token(reset_url), "p": OWNER_PASSWORD}))["ok"] is True
    assert await gql.error_code("{ me { email } }", token=squatter_token) == "UNAUTHENTICATED"
    assert (await login(gql, email, password=squatted))["errors"][0]["code"] == "INVALID_CREDENTIALS"
    added = await gql.mutate(CREATE_USER, as_admin, token=victim_account.owner_token)
    assert added["membership"]["status"] == "ACTIVE" and added["invitation"] is None
    owner_token = (await login(gql, email, password=OWNER_PASSWORD))["token"]
    seen = await gql.mutate("query($id: ID!) { users(accountId: $id) { totalCount } }",
                            {"id": victim_account.gid}, token=owner_token)
    assert seen["totalCount"] == 2


async def test_a_link_returned_to_an_admin_proves_no_mailbox_either(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    """Without SMTP createUser hands the link to the admin who created the user: accepting it
    activates the user in that account, but another account cannot add them directly."""
    first = await make_tenant(gql, runtime)
    second = await make_tenant(gql, runtime)
    email = f"handed-{uuid.uuid4().hex[:8]}@example.com"
    invited = await gql.mutate(CREATE_USER, {"input": {
        "accountId": first.gid, "email": email, "name": "Handed Link",
        "roleId": encode_id("Role", predefined_role_id("admin")),
    }}, token=first.owner_token)
    assert (await accept(gql, invited["invitation"]["url"]))["data"]["acceptInvitation"]["errors"] == []
    refused = (await gql.ok(BULK_CREATE, {"input": {"accountId": second.gid, "items": [
        {"email": email, "name": "Handed Link", "roleId": encode_id("Role", predefined_role_id("admin"))},
    ]}}, token=second.owner_token))["bulkCreateUsers"]
    assert refused["results"][0]["errors"] == [{"field": "email", "code": "USER_CANNOT_BE_CREATED"}]
    client = (await make_client(gql, second))["client"]
    added = (await gql.ok(ADD, {"c": client["id"], "e": email}, token=second.owner_token))["addClientUser"]
    assert added["errors"] == [{"field": "email", "code": "USER_CANNOT_BE_CREATED"}]
    assert (await login(gql, email))["token"]  # their own access is untouched


async def test_a_mailed_invitation_proves_the_mailbox(gql, runtime, mail_stack) -> None:  # type: ignore[no-untyped-def]
    """With SMTP the link only travels by e-mail: accepting it proves the address, and another
    account adds the person directly (SPEC flow 2)."""
    first = await make_tenant(gql, runtime)
    second = await make_tenant(gql, runtime)
    email = f"mailed-{uuid.uuid4().hex[:8]}@example.com"
    invited = await mail_stack.gql.mutate(CREATE_USER, {"input": {
        "accountId": first.gid, "email": email, "name": "Mailed Link",
        "roleId": encode_id("Role", predefined_role_id("admin")),
    }}, token=first.owner_token)
    assert invited["invitation"]["url"] is None
    url = await _mailed_link(mail_stack, email, "user_activation")
    assert (await accept(gql, url))["data"]["acceptInvitation"]["errors"] == []
    assert (await User.get(email=email)).email_verified_at is not None
    added = await gql.mutate(CREATE_USER, {"input": {
        "accountId": second.gid, "email": email, "name": "Mailed Link",
        "roleId": encode_id("Role", predefined_role_id("admin")),
    }}, token=second.owner_token)
    assert added["membership"]["status"] == "ACTIVE"


async def _mailed_link(runtime, email: str, template: str) -> str:  # type: ignore[no-untyped-def]
    """The link in the e-mail owed to `email` (the reset is recorded by a worker job: wait)."""
    for _ in range(1200):
        row = await OutboxEmail.filter(to_email=email, template=template).order_by("-id").first()
        if row is not None:
            return str(read_variables(runtime.settings, row)["url"])
        await asyncio.sleep(0.05)
    raise AssertionError(f"no {template} e-mail to {email}")
