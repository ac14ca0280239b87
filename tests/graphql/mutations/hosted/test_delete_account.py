"""deleteAccount: confirmation, rights, nothing left behind (checked with SQL), worker path."""

from __future__ import annotations

import asyncio
import uuid

from tortoise import connections

from gqlaccess.models import Account, AccountDeletion, ApiToken, User
from gqlaccess.models.enums import ApiTokenKind
from gqlaccess.services.accounts import account_deletion
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import PASSWORD, Tenant, add_member, make_tenant
from ....support.hosting import CREATE_HOSTED, accept, gid, login, make_client, make_site

DELETE = """mutation($id: ID!, $c: String) { deleteAccount(input: {accountId: $id, confirmation: $c}) {
  deletion { id status rowsTotal rowsDone usersDeleted accountName } errors { field code } } }"""
DELETION = """query($id: ID!) { accountDeletion(id: $id) { status rowsDone rowsTotal usersDeleted } }"""
ASSIGN = """mutation($c: ID!, $r: ID!) { assignResource(input: {clientId: $c, resourceId: $r}) { errors { code } } }"""
SETUP_URL = """mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) { url errors { code } } }"""
ADD_USER = """mutation($c: ID!, $e: String!) { addClientUser(input: {clientId: $c, email: $e}) {
  invitation { url } errors { code } } }"""

# Every table that points at an account, directly or through a client.
ORPHAN_QUERIES = {
    "membership": "SELECT COUNT(*) AS n FROM membership WHERE account_id NOT IN (SELECT id FROM account)",
    "client": "SELECT COUNT(*) AS n FROM client WHERE account_id NOT IN (SELECT id FROM account)",
    "client_user": "SELECT COUNT(*) AS n FROM client_user WHERE client_id NOT IN (SELECT id FROM client)",
    "client_user_user": 'SELECT COUNT(*) AS n FROM client_user WHERE user_id NOT IN (SELECT id FROM "user")',
    "client_resource": "SELECT COUNT(*) AS n FROM client_resource WHERE client_id NOT IN (SELECT id FROM client)"
                       " OR resource_id NOT IN (SELECT id FROM resource)",
    "resource": "SELECT COUNT(*) AS n FROM resource WHERE account_id NOT IN (SELECT id FROM account)",
    "invitation": "SELECT COUNT(*) AS n FROM invitation WHERE (account_id IS NOT NULL AND account_id NOT IN"
                  " (SELECT id FROM account)) OR (client_id IS NOT NULL AND client_id NOT IN (SELECT id FROM client))",
    "api_token": "SELECT COUNT(*) AS n FROM api_token WHERE account_id NOT IN (SELECT id FROM account)",
    "role": "SELECT COUNT(*) AS n FROM role WHERE account_id IS NOT NULL AND account_id NOT IN (SELECT id FROM account)",
    "session": 'SELECT COUNT(*) AS n FROM session WHERE user_id NOT IN (SELECT id FROM "user")'
               " OR (impersonated_client_id IS NOT NULL AND impersonated_client_id NOT IN (SELECT id FROM client))",
}


async def _orphans() -> dict[str, int]:
    conn = connections.get("default")
    counts = {}
    for name, sql in ORPHAN_QUERIES.items():
        rows = await conn.execute_query_dict(sql)
        counts[name] = int(rows[0]["n"])
    return counts


async def _populate(gql, runtime, tenant):  # type: ignore[no-untyped-def]
    """Members, clients with users and sites, invitations, an API token: something to delete."""
    member_email, _ = await add_member(gql, tenant, "marketing")
    client = (await make_client(gql, tenant))["client"]
    site = await make_site(tenant.account_id)
    await gql.mutate(ASSIGN, {"c": client["id"], "r": gid("Resource", site.id)}, token=tenant.owner_token)
    url = (await gql.mutate(SETUP_URL, {"c": client["id"]}, token=tenant.owner_token))["url"]
    accepted = (await accept(gql, url))["data"]["acceptInvitation"]
    assert accepted["errors"] == []
    extra = f"cu-{uuid.uuid4().hex[:8]}@example.com"
    await gql.mutate(ADD_USER, {"c": client["id"], "e": extra}, token=tenant.owner_token)
    await ApiToken.create(account_id=tenant.account_id, role_id=predefined_role_id("admin"), kind=ApiTokenKind.API,
                          name="ci", token_hash=uuid.uuid4().hex, prefix="gqa_x")
    return member_email, client, extra


async def test_delete_requires_confirmation_and_rights(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    account = await Account.get(id=tenant.account_id)
    for confirmation, code in ((None, "CONFIRMATION_REQUIRED"), ("", "CONFIRMATION_REQUIRED"),
                               ("Wrong name", "CONFIRMATION_MISMATCH")):
        body = await gql.execute(DELETE, {"id": tenant.gid, "c": confirmation}, token=tenant.owner_token)
        assert body["data"]["deleteAccount"]["errors"][0]["code"] == code
    assert await Account.exists(id=tenant.account_id)
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(DELETE, {"id": tenant.gid, "c": account.name}, token=other.owner_token) == "NOT_FOUND"
    _, admin = await add_member(gql, tenant, "admin")
    assert await gql.error_code(DELETE, {"id": tenant.gid, "c": account.name}, token=admin) == "FORBIDDEN"
    assert await Account.exists(id=tenant.account_id)


async def test_owner_deletes_account_and_nothing_is_left(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    account = await Account.get(id=tenant.account_id)
    member_email, client, extra = await _populate(gql, runtime, tenant)
    # Someone who also belongs elsewhere keeps their identity.
    elsewhere = await make_tenant(gql, runtime)
    shared_email, _ = await add_member(gql, elsewhere, "qa")
    shared = await User.get(email=shared_email)
    from gqlaccess.models import Membership

    await Membership.create(account_id=tenant.account_id, user_id=shared.id, role_id=predefined_role_id("qa"))
    payload = await gql.mutate(DELETE, {"id": tenant.gid, "c": account.name}, token=tenant.owner_token)
    deletion = payload["deletion"]
    assert deletion["status"] == "SUCCEEDED" and deletion["accountName"] == account.name
    assert deletion["usersDeleted"] >= 4  # owner, member, client contact, added client user
    assert not await Account.exists(id=tenant.account_id)
    for email in (tenant.owner_email, member_email, client["email"], extra):
        assert not await User.exists(email=email), email
    assert await User.exists(email=shared_email)
    assert await _orphans() == {name: 0 for name in ORPHAN_QUERIES}
    assert (await login(gql, tenant.owner_email, PASSWORD))["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_host_deletes_hosted_accounts_and_host_with_hosted_is_refused(gql, runtime):
    host = await make_tenant(gql, runtime)
    created = []
    for managed, email in ((True, None), (False, f"adm-{uuid.uuid4().hex[:8]}@example.com")):
        body = await gql.execute(CREATE_HOSTED, {"input": {"hostAccountId": host.gid, "name": f"H{managed}",
                                                           "managed": managed, "adminEmail": email}},
                                 token=host.owner_token)
        created.append(body["data"]["createHostedAccount"]["account"])
    host_account = await Account.get(id=host.account_id)
    refused = (await gql.execute(DELETE, {"id": host.gid, "c": host_account.name}, token=host.owner_token))["data"]
    assert refused["deleteAccount"]["errors"][0]["code"] == "ACCOUNT_HAS_HOSTED_ACCOUNTS"
    _, manager = await add_member(gql, host, "marketing_manager")
    assert await gql.error_code(DELETE, {"id": created[0]["id"], "c": created[0]["name"]}, token=manager) == "FORBIDDEN"
    for account in created:
        payload = await gql.mutate(DELETE, {"id": account["id"], "c": account["name"]}, token=host.owner_token)
        assert payload["deletion"]["status"] == "SUCCEEDED"
    assert not await Account.exists(host_id=host.account_id)
    assert await _orphans() == {name: 0 for name in ORPHAN_QUERIES}


async def test_large_account_is_deleted_by_the_worker(gql, runtime, monkeypatch):
    """A host deletes a large managed account and follows the job until it is done."""
    host = await make_tenant(gql, runtime)
    body = await gql.execute(CREATE_HOSTED, {"input": {"hostAccountId": host.gid, "name": "Big", "managed": True}},
                             token=host.owner_token)
    hosted_id = uuid.UUID(str((await Account.get(host_id=host.account_id)).id))
    assert body["data"]["createHostedAccount"]["errors"] == []
    tenant = Tenant(hosted_id, host.owner_email, host.owner_token)
    account = await Account.get(id=tenant.account_id)
    await _populate(gql, runtime, tenant)
    monkeypatch.setattr(account_deletion, "ASYNC_THRESHOLD", 3)
    payload = await gql.mutate(DELETE, {"id": tenant.gid, "c": account.name}, token=tenant.owner_token)
    deletion = payload["deletion"]
    assert deletion["status"] in ("QUEUED", "RUNNING", "SUCCEEDED")
    assert deletion["rowsTotal"] > 3
    if deletion["status"] != "SUCCEEDED":
        # While it runs the account is switched off: nobody acts in it.
        state = await Account.get_or_none(id=tenant.account_id)
        assert state is None or state.status == "DEACTIVATED"
    status = None
    for _ in range(1200):
        status = (await gql.ok(DELETION, {"id": deletion["id"]}, token=tenant.owner_token))["accountDeletion"]
        if status["status"] == "SUCCEEDED":
            break
        await asyncio.sleep(0.05)
    assert status is not None and status["status"] == "SUCCEEDED", status
    assert status["rowsDone"] == status["rowsTotal"]
    assert not await Account.exists(id=tenant.account_id)
    assert (await AccountDeletion.get(account_id=tenant.account_id)).users_deleted >= 3
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(DELETION, {"id": deletion["id"]}, token=other.owner_token) == "NOT_FOUND"
    assert await _orphans() == {name: 0 for name in ORPHAN_QUERIES}
