"""API tokens (seed 003 "Gérer les tokens"): Admin only, secret once, hashed, acts with its role."""

from __future__ import annotations

from gqlaccess.graphql.ids import decode_id, encode_id
from gqlaccess.models import ApiToken, AuditEvent, Role
from gqlaccess.models.enums import RoleKind
from gqlaccess.security.tokens import hash_secret
from gqlaccess.services.core.access_changes import access_changed

from ....support.access import CHECK, check, member, payload_errors, role_gid
from ....support.factories import make_tenant

CREATE = """
mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret apiToken { id name kind prefix createdAt lastUsedAt role { key name } }
    errors { field code message }
  }
}"""
RENAME = """
mutation($input: RenameApiTokenInput!) {
  renameApiToken(input: $input) { apiToken { id name } errors { field code message } }
}"""
DELETE = """
mutation($input: DeleteApiTokenInput!) {
  deleteApiToken(input: $input) { deletedApiTokenId errors { field code message } }
}"""
LIST = "query($a: ID!) { apiTokens(accountId: $a) { id name kind prefix lastUsedAt createdAt role { key } } }"
ROLES = "query($a: ID!) { roles(accountId: $a) { name } }"


def create_input(tenant, name="CI", kind="API", role="marketing"):  # type: ignore[no-untyped-def]
    return {"input": {"accountId": tenant.gid, "name": name, "kind": kind, "roleId": role_gid(role)}}


async def test_create_shows_the_secret_once_and_stores_only_its_hash(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await gql.mutate(CREATE, create_input(tenant, kind="SERVER_TO_SERVER"), token=tenant.owner_token)
    secret = payload["secret"]
    token = payload["apiToken"]
    assert secret.startswith("gqt_") and len(secret) > 40
    assert token["prefix"] == secret[: len(token["prefix"])] and len(token["prefix"]) < 16
    assert (token["name"], token["kind"], token["role"]["key"], token["lastUsedAt"]) == (
        "CI", "SERVER_TO_SERVER", "marketing", None)
    stored = await ApiToken.get(id=decode_id(token["id"])[1])
    assert stored.token_hash == hash_secret(secret) and secret not in stored.token_hash
    listed = (await gql.ok(LIST, {"a": tenant.gid}, token=tenant.owner_token))["apiTokens"]
    assert [t["id"] for t in listed] == [token["id"]]
    assert "secret" not in listed[0]
    assert await AuditEvent.filter(action="api_token.create", outcome="ALLOWED", account_id=tenant.account_id).exists()


async def test_token_acts_in_its_account_with_its_role(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    strong = (await gql.mutate(CREATE, create_input(tenant, name="Ops", role="team_lead"),
                               token=tenant.owner_token))["secret"]
    weak = (await gql.mutate(CREATE, create_input(tenant, name="Reader", role="qa"),
                             token=tenant.owner_token))["secret"]
    # Team lead: roles VIEW, so the roles query works; checkAccess answers with the token's role.
    assert (await gql.ok(ROLES, {"a": tenant.gid}, token=strong))["roles"]
    assert (await check(gql, strong, tenant.gid, "USERS", "MANAGE"))["allowed"] is True
    assert (await check(gql, strong, tenant.gid, "BILLING"))["reason"] == "INSUFFICIENT_ROLE"
    # QA: no roles capability → FORBIDDEN; it cannot change what it only views either.
    assert await gql.error_code(ROLES, {"a": tenant.gid}, token=weak) == "FORBIDDEN"
    assert (await check(gql, weak, tenant.gid, "CLIENTS", "MANAGE"))["allowed"] is False
    # Another account does not exist for a token.
    assert await gql.error_code(ROLES, {"a": other.gid}, token=strong) == "NOT_FOUND"
    assert await gql.error_code(CHECK, {"a": other.gid, "c": "CLIENTS"}, token=strong) == "NOT_FOUND"
    # Last use is recorded.
    listed = (await gql.ok(LIST, {"a": tenant.gid}, token=tenant.owner_token))["apiTokens"]
    assert all(t["lastUsedAt"] for t in listed)


async def test_a_deleted_token_is_unauthenticated_at_once(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await gql.mutate(CREATE, create_input(tenant, role="admin"), token=tenant.owner_token)
    secret = payload["secret"]
    assert (await check(gql, secret, tenant.gid, "CLIENTS"))["allowed"] is True
    deleted = await gql.mutate(DELETE, {"input": {"apiTokenId": payload["apiToken"]["id"]}}, token=tenant.owner_token)
    assert deleted["deletedApiTokenId"] == payload["apiToken"]["id"]
    assert await gql.error_code(CHECK, {"a": tenant.gid, "c": "CLIENTS"}, token=secret) == "UNAUTHENTICATED"
    assert not await ApiToken.exists(id=decode_id(payload["apiToken"]["id"])[1])


async def test_only_admins_manage_tokens_and_tokens_cannot_mint_tokens(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE, create_input(tenant, role="admin"), token=tenant.owner_token)
    token_id, admin_token = created["apiToken"]["id"], created["secret"]
    rename = {"input": {"apiTokenId": token_id, "name": "Renamed"}}
    delete = {"input": {"apiTokenId": token_id}}
    for role in ("team_lead", "security"):
        _, session = await member(gql, tenant, role_key=role)
        assert await gql.error_code(CREATE, create_input(tenant), token=session) == "FORBIDDEN"
        assert await gql.error_code(RENAME, rename, token=session) == "FORBIDDEN"
        assert await gql.error_code(DELETE, delete, token=session) == "FORBIDDEN"
        assert await gql.error_code(LIST, {"a": tenant.gid}, token=session) == "FORBIDDEN"
    for query, variables in ((CREATE, create_input(tenant)), (RENAME, rename), (DELETE, delete),
                             (LIST, {"a": tenant.gid})):
        assert await gql.error_code(query, variables, token=other.owner_token) == "NOT_FOUND"
        assert await gql.error_code(query, variables) == "UNAUTHENTICATED"
    # An Admin-role token may list tokens, but minting, renaming and deleting need a person.
    assert (await gql.ok(LIST, {"a": tenant.gid}, token=admin_token))["apiTokens"]
    for query, variables in ((CREATE, create_input(tenant, name="Child")), (RENAME, rename), (DELETE, delete)):
        assert await gql.error_code(query, variables, token=admin_token) == "FORBIDDEN"
    stored = await ApiToken.filter(account_id=tenant.account_id)
    assert [t.name for t in stored] == ["CI"]


async def test_each_rule_is_its_own_error_and_nothing_is_written(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    await gql.mutate(CREATE, create_input(tenant, name="Existing"), token=tenant.owner_token)
    temporary = await Role.create(account_id=tenant.account_id, name="Temporary role 1", kind=RoleKind.TEMPORARY,
                                  capabilities={})
    foreign = await Role.create(account_id=other.account_id, name="Theirs", kind=RoleKind.CUSTOM,
                                template_key="qa", capabilities={})

    def with_role(role_id):  # type: ignore[no-untyped-def]
        variables = create_input(tenant, name="New")
        variables["input"]["roleId"] = encode_id("Role", role_id)
        return variables

    cases = [
        (create_input(tenant, name=" "), [("name", "REQUIRED")]),
        (create_input(tenant, name="n" * 101), [("name", "TOO_LONG")]),
        (create_input(tenant, name="existing"), [("name", "TOKEN_NAME_TAKEN")]),
        (with_role(temporary.id), [("roleId", "TEMPORARY_ROLE_NOT_ASSIGNABLE")]),
        (with_role(foreign.id), [("roleId", "NOT_FOUND")]),
        (with_role("00000000-0000-0000-0000-000000000000"), [("roleId", "NOT_FOUND")]),
    ]
    for variables, expected in cases:
        body = await gql.execute(CREATE, variables, token=tenant.owner_token)
        assert payload_errors(body) == expected, variables
        assert body["data"]["createApiToken"]["secret"] is None
    assert await ApiToken.filter(account_id=tenant.account_id).count() == 1
    second = await gql.mutate(CREATE, create_input(tenant, name="Second"), token=tenant.owner_token)
    body = await gql.execute(RENAME, {"input": {"apiTokenId": second["apiToken"]["id"], "name": "EXISTING"}},
                             token=tenant.owner_token)
    assert payload_errors(body) == [("name", "TOKEN_NAME_TAKEN")]
    body = await gql.execute(RENAME, {"input": {"apiTokenId": second["apiToken"]["id"], "name": ""}},
                             token=tenant.owner_token)
    assert payload_errors(body) == [("name", "REQUIRED")]
    assert (await ApiToken.get(id=decode_id(second["apiToken"]["id"])[1])).name == "Second"
    renamed = await gql.mutate(RENAME, {"input": {"apiTokenId": second["apiToken"]["id"], "name": "Nightly  sync"}},
                               token=tenant.owner_token)
    assert renamed["apiToken"]["name"] == "Nightly sync"


async def test_a_token_on_a_custom_role_follows_the_role(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    role = await Role.create(account_id=tenant.account_id, name="Billing bot", kind=RoleKind.CUSTOM,
                             template_key="finance", capabilities={"billing": "VIEW"})
    variables = create_input(tenant)
    variables["input"]["roleId"] = encode_id("Role", role.id)
    secret = (await gql.mutate(CREATE, variables, token=tenant.owner_token))["secret"]
    assert (await check(gql, secret, tenant.gid, "BILLING", "MANAGE"))["allowed"] is False
    await Role.filter(id=role.id).update(capabilities={"billing": "MANAGE"})
    await access_changed(accounts=[tenant.account_id])  # a write outside the services announces itself
    assert (await check(gql, secret, tenant.gid, "BILLING", "MANAGE"))["allowed"] is True
    # A role a token holds cannot be deleted.
    body = await gql.execute("""mutation($input: DeleteCustomRoleInput!) {
      deleteCustomRole(input: $input) { errors { field code } } }""",
        {"input": {"roleId": encode_id("Role", role.id)}}, token=tenant.owner_token)
    assert payload_errors(body) == [("roleId", "ROLE_IN_USE")]


async def test_api_token_node_visibility(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE, create_input(tenant), token=tenant.owner_token)
    query = "query($id: ID!) { node(id: $id) { ... on ApiToken { name } } }"
    token_id = created["apiToken"]["id"]
    assert (await gql.ok(query, {"id": token_id}, token=tenant.owner_token))["node"] == {"name": "CI"}
    assert (await gql.ok(query, {"id": token_id}, token=other.owner_token))["node"] is None
    _, lead = await member(gql, tenant, role_key="team_lead")
    assert (await gql.ok(query, {"id": token_id}, token=lead))["node"] is None
