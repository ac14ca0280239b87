"""Seed 001: managed and unmanaged hosted accounts, finish setup, rename, (de)activation."""

from __future__ import annotations

import uuid

from gqlaccess.models import Account, Invitation, Membership, OutboxEmail, User
from gqlaccess.models.enums import InvitationStatus
from gqlaccess.services.core.outbox import read_variables

from ....support.factories import PASSWORD, add_member, make_tenant
from ....support.hosting import CREATE_CLIENT, CREATE_HOSTED, accept, login

RENAME = """mutation($id: ID!, $name: String!) { renameAccount(input: {accountId: $id, name: $name}) {
  account { id name } errors { field code } } }"""
DEACTIVATE = """mutation($id: ID!) { deactivateAccount(input: {accountId: $id}) { account { status } errors { code } } }"""
REACTIVATE = """mutation($id: ID!) { reactivateAccount(input: {accountId: $id}) { account { status } errors { code } } }"""
RESEND = """mutation($id: ID!, $email: String) { resendAccountSetup(input: {accountId: $id, adminEmail: $email}) {
  invitation { url email status } errors { field code } } }"""
ACCOUNT = """query($id: ID!) { account(id: $id) { id name status managed } }"""
NODE = """query($id: ID!) { node(id: $id) { id } }"""
ACCOUNTS = """{ accounts { id name status managed hosted host { id } } }"""
HOSTED = """query($id: ID!) { hostedAccounts(hostAccountId: $id) { id name status managed } }"""
CLIENTS = """query($id: ID!) { clients(accountId: $id) { totalCount } }"""
DELETE = """mutation($id: ID!, $c: String!) { deleteAccount(input: {accountId: $id, confirmation: $c}) {
  deletion { id status } errors { field code } } }"""


async def _hosted(gql, host, *, managed: bool, admin_email: str | None = None, token: str | None = None):  # type: ignore[no-untyped-def]
    return await gql.execute(
        CREATE_HOSTED,
        {"input": {"hostAccountId": host.gid, "name": f"Hosted {uuid.uuid4().hex[:6]}", "managed": managed,
                   "adminEmail": admin_email}},
        token=token or host.owner_token,
    )


async def test_managed_account_is_active_and_reached_by_host_members(gql, runtime):
    host = await make_tenant(gql, runtime)
    body = await _hosted(gql, host, managed=True)
    payload = body["data"]["createHostedAccount"]
    assert payload["errors"] == []
    account = payload["account"]
    assert (account["status"], account["managed"], account["hosted"]) == ("ACTIVE", True, True)
    assert account["host"]["id"] == host.gid
    assert payload["invitation"] is None
    # A host member (not an admin) reaches it with the capabilities of their host role.
    _, marketing = await add_member(gql, host, "marketing")
    data = await gql.ok(ACCOUNT, {"id": account["id"]}, token=marketing)
    assert data["account"]["managed"] is True
    listed = {a["id"]: a for a in (await gql.ok(ACCOUNTS, token=marketing))["accounts"]}
    assert listed[account["id"]]["host"]["id"] == host.gid
    assert (await gql.ok(CLIENTS, {"id": account["id"]}, token=marketing))["clients"]["totalCount"] == 0


async def test_create_hosted_account_permissions(gql, runtime):
    host = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    _, manager = await add_member(gql, host, "marketing_manager")  # hosted_accounts: VIEW only
    assert await gql.error_code(CREATE_HOSTED, {"input": {"hostAccountId": host.gid, "name": "X", "managed": True}},
                                token=manager) == "FORBIDDEN"
    assert await gql.error_code(CREATE_HOSTED, {"input": {"hostAccountId": host.gid, "name": "X", "managed": True}},
                                token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CREATE_HOSTED, {"input": {"hostAccountId": host.gid, "name": "X", "managed": True}}) \
        == "UNAUTHENTICATED"
    _, team_lead = await add_member(gql, host, "team_lead")
    body = await _hosted(gql, host, managed=True, token=team_lead)
    assert body["data"]["createHostedAccount"]["account"]["status"] == "ACTIVE"


async def test_invalid_input_writes_nothing(gql, runtime):
    host = await make_tenant(gql, runtime)
    before = await Account.filter(host_id=host.account_id).count()
    users_before = await User.all().count()
    cases = [
        ({"managed": False, "adminEmail": None}, "ADMIN_EMAIL_REQUIRED"),
        ({"managed": False, "adminEmail": "not..valid@example.com"}, "INVALID_EMAIL"),
        ({"managed": False, "adminEmail": "someone@site.test"}, "INVALID_EMAIL"),
        ({"managed": True, "adminEmail": "x@example.com"}, "ADMIN_EMAIL_NOT_ALLOWED"),
        ({"managed": True, "name": "   "}, "REQUIRED"),
    ]
    for extra, code in cases:
        values = {"hostAccountId": host.gid, "name": "Acme", **extra}
        body = await gql.execute(CREATE_HOSTED, {"input": values}, token=host.owner_token)
        assert [e["code"] for e in body["data"]["createHostedAccount"]["errors"]] == [code], extra
    assert await Account.filter(host_id=host.account_id).count() == before
    assert await User.all().count() == users_before


async def test_unmanaged_account_is_never_reached_by_host_members(gql, runtime):
    host = await make_tenant(gql, runtime)
    admin_email = f"ext-{uuid.uuid4().hex[:8]}@example.com"
    payload = (await _hosted(gql, host, managed=False, admin_email=admin_email))["data"]["createHostedAccount"]
    assert payload["errors"] == []
    account, invitation = payload["account"], payload["invitation"]
    assert (account["status"], account["managed"]) == ("SETUP_IN_PROGRESS", False)
    assert invitation["kind"] == "ACCOUNT_SETUP" and invitation["url"]  # no SMTP: the link is returned
    account_id = uuid.UUID(str(await Account.filter(name=account["name"]).first().values_list("id", flat=True)))
    # The e-mail is owed in the outbox, with the template's variables.
    row = await OutboxEmail.filter(account_id=account_id, template="account_setup").first()
    assert row is not None and row.to_email == admin_email
    variables = read_variables(runtime.settings, row)
    assert set(variables) == {"name", "account_name", "host_name", "url", "expires_at"}
    assert variables["url"] == invitation["url"] and variables["host_name"]
    # The host lists it (seed 001's "Gérer les comptes") but reaches nothing inside.
    hosted = (await gql.ok(HOSTED, {"id": host.gid}, token=host.owner_token))["hostedAccounts"]
    assert [a["status"] for a in hosted if a["id"] == account["id"]] == ["SETUP_IN_PROGRESS"]

    async def assert_unreachable(token: str) -> None:
        assert await gql.error_code(ACCOUNT, {"id": account["id"]}, token=token) == "NOT_FOUND"
        assert (await gql.ok(NODE, {"id": account["id"]}, token=token))["node"] is None
        assert account["id"] not in [a["id"] for a in (await gql.ok(ACCOUNTS, token=token))["accounts"]]
        assert await gql.error_code(CLIENTS, {"id": account["id"]}, token=token) == "NOT_FOUND"
        assert await gql.error_code(RENAME, {"id": account["id"], "name": "Mine"}, token=token) == "NOT_FOUND"
        assert await gql.error_code(DEACTIVATE, {"id": account["id"]}, token=token) == "NOT_FOUND"
        assert await gql.error_code(REACTIVATE, {"id": account["id"]}, token=token) == "NOT_FOUND"
        assert await gql.error_code(CREATE_CLIENT, {"input": {
            "accountId": account["id"], "firstName": "A", "lastName": "B", "email": "a@example.com"}},
            token=token) == "NOT_FOUND"
        assert await gql.error_code(
            "query($id: ID!) { hostedAccounts(hostAccountId: $id) { id } }", {"id": account["id"]}, token=token
        ) == "NOT_FOUND"

    _, team_lead = await add_member(gql, host, "team_lead")
    for token in (host.owner_token, team_lead):
        await assert_unreachable(token)
    # The external admin accepts: owner, Admin, account ACTIVE.
    accepted = (await accept(gql, invitation["url"]))["data"]["acceptInvitation"]
    assert accepted["errors"] == []
    me = await gql.ok("{ me { memberships { isOwner role { key } account { id status } } } }", token=accepted["token"])
    (membership,) = me["me"]["memberships"]
    assert membership == {"isOwner": True, "role": {"key": "admin"}, "account": {"id": account["id"], "status": "ACTIVE"}}
    assert (await Account.get(id=account_id)).owner_id is not None
    for token in (host.owner_token, team_lead):
        await assert_unreachable(token)
    # The new owner is at home: renames it; a host admin still cannot.
    renamed = await gql.mutate(RENAME, {"id": account["id"], "name": "Mine now"}, token=accepted["token"])
    assert renamed["account"]["name"] == "Mine now"


async def test_finish_setup_revokes_old_link_and_can_change_email(gql, runtime):
    host = await make_tenant(gql, runtime)
    first_email = f"first-{uuid.uuid4().hex[:8]}@example.com"
    payload = (await _hosted(gql, host, managed=False, admin_email=first_email))["data"]["createHostedAccount"]
    account = payload["account"]
    old_url = payload["invitation"]["url"]
    second_email = f"second-{uuid.uuid4().hex[:8]}@example.com"
    _, manager = await add_member(gql, host, "marketing_manager")
    assert await gql.error_code(RESEND, {"id": account["id"], "email": second_email}, token=manager) == "FORBIDDEN"
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(RESEND, {"id": account["id"]}, token=other.owner_token) == "NOT_FOUND"
    bad = (await gql.execute(RESEND, {"id": account["id"], "email": "bad"}, token=host.owner_token))["data"]
    assert bad["resendAccountSetup"]["errors"][0]["code"] == "INVALID_EMAIL"
    resent = await gql.mutate(RESEND, {"id": account["id"], "email": second_email}, token=host.owner_token)
    assert resent["invitation"]["email"] == second_email and resent["invitation"]["url"] != old_url
    # The first admin never activated and is needed nowhere else: gone.
    assert not await User.exists(email=first_email)
    old = (await accept(gql, old_url))["data"]["acceptInvitation"]
    assert old["errors"][0]["code"] in ("INVITATION_REVOKED", "INVITATION_INVALID")
    # Same e-mail again: a new link, the previous revoked.
    again = await gql.mutate(RESEND, {"id": account["id"]}, token=host.owner_token)
    assert again["invitation"]["email"] == second_email
    revoked = (await accept(gql, resent["invitation"]["url"]))["data"]["acceptInvitation"]
    assert revoked["errors"][0]["code"] == "INVITATION_REVOKED"
    ok = (await accept(gql, again["invitation"]["url"]))["data"]["acceptInvitation"]
    assert ok["errors"] == []
    done = (await gql.execute(RESEND, {"id": account["id"]}, token=host.owner_token))["data"]["resendAccountSetup"]
    assert done["errors"][0]["code"] == "SETUP_ALREADY_DONE"
    assert await Invitation.filter(email=second_email, status=InvitationStatus.PENDING).count() == 0


async def test_existing_activated_user_becomes_owner_on_acceptance(gql, runtime):
    host = await make_tenant(gql, runtime)
    member_email, _ = await add_member(gql, await make_tenant(gql, runtime), "marketing")
    payload = (await _hosted(gql, host, managed=False, admin_email=member_email))["data"]["createHostedAccount"]
    assert payload["errors"] == []
    user = await User.get(email=member_email)
    account = await Account.get(owner_id=None, host_id=host.account_id)
    assert not await Membership.exists(account_id=account.id, user_id=user.id)  # not before acceptance
    # The host holds the link (no SMTP): it cannot set the existing user's password with it.
    wrong = (await accept(gql, payload["invitation"]["url"], "Host-Chosen-Passw0rd!"))["data"]["acceptInvitation"]
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    assert not await Membership.exists(account_id=account.id, user_id=user.id)
    accepted = (await accept(gql, payload["invitation"]["url"]))["data"]["acceptInvitation"]
    assert accepted["errors"] == []
    assert (await Membership.get(account_id=account.id, user_id=user.id)).role_id is not None  # type: ignore[attr-defined]
    assert (await Account.get(id=account.id)).owner_id == user.id  # type: ignore[attr-defined]
    assert (await login(gql, member_email))["token"]
    # An owner cannot be invited to own a second account.
    refused = (await _hosted(gql, host, managed=False, admin_email=member_email))["data"]["createHostedAccount"]
    assert refused["errors"][0]["code"] == "USER_CANNOT_BE_CREATED"


async def test_rename_deactivate_reactivate_managed(gql, runtime):
    host = await make_tenant(gql, runtime)
    account = (await _hosted(gql, host, managed=True))["data"]["createHostedAccount"]["account"]
    _, manager = await add_member(gql, host, "marketing_manager")
    _, security = await add_member(gql, host, "security")
    for token in (manager, security):
        assert await gql.error_code(RENAME, {"id": account["id"], "name": "N"}, token=token) == "FORBIDDEN"
        assert await gql.error_code(DEACTIVATE, {"id": account["id"]}, token=token) == "FORBIDDEN"
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(DEACTIVATE, {"id": account["id"]}, token=other.owner_token) == "NOT_FOUND"
    bad = (await gql.execute(RENAME, {"id": account["id"], "name": "x" * 201}, token=host.owner_token))["data"]
    assert bad["renameAccount"]["errors"][0]["code"] == "TOO_LONG"
    assert (await gql.mutate(RENAME, {"id": account["id"], "name": "Renamed"}, token=host.owner_token))[
        "account"]["name"] == "Renamed"
    not_deactivated = (await gql.execute(REACTIVATE, {"id": account["id"]}, token=host.owner_token))["data"]
    assert not_deactivated["reactivateAccount"]["errors"][0]["code"] == "ACCOUNT_NOT_DEACTIVATED"
    assert (await gql.mutate(DEACTIVATE, {"id": account["id"]}, token=host.owner_token))["account"]["status"] \
        == "DEACTIVATED"
    # Nobody acts in it any more; the data is kept.
    assert await gql.error_code(
        CREATE_CLIENT, {"input": {"accountId": account["id"], "firstName": "A", "lastName": "B",
                                  "email": "a@example.com"}}, token=host.owner_token) == "FORBIDDEN"
    assert await gql.error_code(CLIENTS, {"id": account["id"]}, token=host.owner_token) == "FORBIDDEN"
    assert (await gql.ok(ACCOUNT, {"id": account["id"]}, token=host.owner_token))["account"]["name"] == "Renamed"
    again = (await gql.execute(DEACTIVATE, {"id": account["id"]}, token=host.owner_token))["data"]
    assert again["deactivateAccount"]["errors"][0]["code"] == "ACCOUNT_NOT_ACTIVE"
    assert (await gql.mutate(REACTIVATE, {"id": account["id"]}, token=host.owner_token))["account"]["status"] \
        == "ACTIVE"
    assert (await gql.ok(CLIENTS, {"id": account["id"]}, token=host.owner_token))["clients"]["totalCount"] == 0


async def test_top_level_account_lifecycle_rights(gql, runtime):
    """Own Admins rename; only the owner deletes; deactivation is for operators (and hosts)."""
    tenant = await make_tenant(gql, runtime)
    _, admin = await add_member(gql, tenant, "admin")
    _, team_lead = await add_member(gql, tenant, "team_lead")
    assert (await gql.mutate(RENAME, {"id": tenant.gid, "name": "By admin"}, token=admin))["account"]["name"] \
        == "By admin"
    assert await gql.error_code(RENAME, {"id": tenant.gid, "name": "No"}, token=team_lead) == "FORBIDDEN"
    assert await gql.error_code(DEACTIVATE, {"id": tenant.gid}, token=tenant.owner_token) == "FORBIDDEN"
    assert await gql.error_code(DELETE, {"id": tenant.gid, "c": "By admin"}, token=admin) == "FORBIDDEN"
    operator_email, _ = await add_member(gql, await make_tenant(gql, runtime), "qa")
    await User.filter(email=operator_email).update(is_platform_operator=True)
    operator = (await login(gql, operator_email, PASSWORD))["token"]
    assert (await gql.mutate(DEACTIVATE, {"id": tenant.gid}, token=operator))["account"]["status"] == "DEACTIVATED"
    assert (await gql.mutate(REACTIVATE, {"id": tenant.gid}, token=operator))["account"]["status"] == "ACTIVE"
