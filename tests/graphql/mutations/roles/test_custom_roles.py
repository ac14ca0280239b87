"""Custom roles (SPEC §1, §2 flow 5, seed 003) and the roles(accountId) list."""

from __future__ import annotations

from gqlaccess.graphql.ids import decode_id, encode_id
from gqlaccess.models import AuditEvent, Membership, Role
from gqlaccess.models.enums import RoleKind

from ....support.access import check, member, payload_errors, role_gid
from ....support.factories import make_tenant

CREATE = """
mutation($input: CreateCustomRoleInput!) {
  createCustomRole(input: $input) {
    role { id name kind templateKey memberCount editable assignable capabilities { capability level } }
    errors { field code message }
  }
}"""
UPDATE = """
mutation($input: UpdateCustomRoleInput!) {
  updateCustomRole(input: $input) { role { id name capabilities { capability level } } errors { field code message } }
}"""
DELETE = """
mutation($input: DeleteCustomRoleInput!) {
  deleteCustomRole(input: $input) { deletedRoleId errors { field code message } }
}"""
ROLES = """
query($a: ID!) { roles(accountId: $a) { id name kind key memberCount assignable capabilities { capability level } } }"""
ACCOUNT_ROLES = """query($a: ID!) { accountRoles(accountId: $a) { id memberCount accountId role { id name kind } } }
"""


def levels(role: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {c["capability"]: c["level"] for c in role["capabilities"]}


def create_input(tenant, name="Analysts", template="marketing", caps=None):  # type: ignore[no-untyped-def]
    return {"input": {"accountId": tenant.gid, "name": name, "templateRoleId": role_gid(template),
                      "capabilities": caps or []}}


async def test_create_from_template_with_adjustments(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await gql.mutate(CREATE, create_input(
        tenant, caps=[{"capability": "BILLING", "level": "VIEW"}, {"capability": "LINK_TEMPLATES", "level": "NONE"}]
    ), token=tenant.owner_token)
    role = payload["role"]
    assert (role["name"], role["kind"], role["templateKey"], role["memberCount"]) == (
        "Analysts", "CUSTOM", "marketing", 0)
    assert role["editable"] and role["assignable"]
    got = levels(role)
    assert got["BILLING"] == "VIEW" and got["LINK_TEMPLATES"] == "NONE"
    assert got["CLIENTS"] == "MANAGE" and got["RESOURCES"] == "VIEW" and got["API_TOKENS"] == "NONE"
    event = await AuditEvent.filter(action="role.create_custom", account_id=tenant.account_id).first()
    assert event is not None and event.outcome == "ALLOWED"


async def test_each_rule_is_its_own_error_and_nothing_is_written(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(CREATE, create_input(tenant, name="Taken"), token=tenant.owner_token)
    cases = [
        (create_input(tenant, template="admin"), [("templateRoleId", "ADMIN_ROLE_NOT_DUPLICABLE")]),
        (create_input(tenant, name="  "), [("name", "REQUIRED")]),
        (create_input(tenant, name="x" * 101), [("name", "TOO_LONG")]),
        (create_input(tenant, name="taken"), [("name", "ROLE_NAME_TAKEN")]),
        (create_input(tenant, name="team LEAD"), [("name", "ROLE_NAME_TAKEN")]),  # a predefined name
        (create_input(tenant, caps=[{"capability": "API_TOKENS", "level": "MANAGE"}]),
         [("capabilities.0", "CAPABILITY_NOT_EDITABLE")]),
        (create_input(tenant, caps=[{"capability": "USERS", "level": "VIEW"},
                                    {"capability": "USERS", "level": "NONE"}]),
         [("capabilities.1", "DUPLICATE_CAPABILITY")]),
    ]
    for variables, expected in cases:
        body = await gql.execute(CREATE, variables, token=tenant.owner_token)
        assert payload_errors(body) == expected, variables
        assert body["data"]["createCustomRole"]["role"] is None
    # A custom role is not a template; nor is an id of another type.
    custom = await Role.get(account_id=tenant.account_id, name="Taken")
    for template in (encode_id("Role", custom.id), tenant.gid):
        variables = create_input(tenant, name="Other")
        variables["input"]["templateRoleId"] = template
        body = await gql.execute(CREATE, variables, token=tenant.owner_token)
        assert payload_errors(body) == [("templateRoleId", "ROLE_TEMPLATE_INVALID")]
    assert await Role.filter(account_id=tenant.account_id).count() == 1
    rejected = await AuditEvent.filter(action="role.create_custom", account_id=tenant.account_id, outcome="REJECTED")
    assert len(rejected) == len(cases) + 2


async def test_nobody_creates_a_role_above_their_own(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    _, security = await member(gql, tenant, role_key="security")  # roles: MANAGE, hosted_accounts: NONE
    body = await gql.execute(CREATE, create_input(tenant, template="qa", caps=[
        {"capability": "BILLING", "level": "VIEW"}, {"capability": "LINK_TEMPLATES", "level": "NONE"}]),
        token=security)
    assert payload_errors(body) == [("capabilities.0", "ROLE_EXCEEDS_GRANTER")]
    # The template itself is above Security (Team lead manages hosted accounts): named on the template.
    body = await gql.execute(CREATE, create_input(tenant, template="team_lead"), token=security)
    assert payload_errors(body) == [("templateRoleId", "ROLE_EXCEEDS_GRANTER")]
    # Lowering what Security lacks makes it acceptable.
    payload = await gql.mutate(CREATE, create_input(tenant, name="TL lite", template="team_lead", caps=[
        {"capability": "HOSTED_ACCOUNTS", "level": "NONE"}, {"capability": "LINK_TEMPLATES", "level": "NONE"},
        {"capability": "CLIENTS", "level": "VIEW"}, {"capability": "RESOURCES", "level": "VIEW"}]),
        token=security)
    assert payload["role"]["templateKey"] == "team_lead"
    assert await Role.filter(account_id=tenant.account_id).count() == 1


async def test_members_without_roles_manage_are_forbidden_and_other_tenants_not_found(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    _, team_lead = await member(gql, tenant, role_key="team_lead")  # roles: VIEW
    assert await gql.error_code(CREATE, create_input(tenant), token=team_lead) == "FORBIDDEN"
    assert await gql.error_code(CREATE, create_input(tenant), token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(CREATE, create_input(tenant)) == "UNAUTHENTICATED"
    created = await gql.mutate(CREATE, create_input(tenant), token=tenant.owner_token)
    role_id = created["role"]["id"]
    update = {"input": {"roleId": role_id, "capabilities": [{"capability": "BILLING", "level": "VIEW"}]}}
    for query, variables in ((UPDATE, update), (DELETE, {"input": {"roleId": role_id}})):
        assert await gql.error_code(query, variables, token=team_lead) == "FORBIDDEN"
        assert await gql.error_code(query, variables, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(ROLES, {"a": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    _, marketing = await member(gql, tenant, role_key="marketing")  # neither roles nor users
    assert await gql.error_code(ROLES, {"a": tenant.gid}, token=marketing) == "FORBIDDEN"
    stored = await Role.get(id=decode_id(role_id)[1])
    assert stored.capabilities["billing"] == "NONE"
    denied = await AuditEvent.filter(action="role.update_custom", outcome="DENIED", target_id=str(stored.id)).count()
    assert denied == 2


async def test_edit_applies_at_once_to_every_holder(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE, create_input(tenant, name="Payers"), token=tenant.owner_token)
    role_id = created["role"]["id"]
    _, holder = await member(gql, tenant, role_id=decode_id(role_id)[1])
    _, other_holder = await member(gql, tenant, role_id=decode_id(role_id)[1])
    assert (await check(gql, holder, tenant.gid, "BILLING"))["allowed"] is False
    payload = await gql.mutate(UPDATE, {"input": {"roleId": role_id, "capabilities": [
        {"capability": "BILLING", "level": "MANAGE"}, {"capability": "CLIENTS", "level": "VIEW"}]}},
        token=tenant.owner_token)
    assert levels(payload["role"])["BILLING"] == "MANAGE"
    assert payload["role"]["name"] == "Payers"
    for token in (holder, other_holder):  # the same sessions, the next request
        assert (await check(gql, token, tenant.gid, "BILLING", "MANAGE"))["allowed"] is True
        assert (await check(gql, token, tenant.gid, "CLIENTS", "MANAGE"))["reason"] == "INSUFFICIENT_ROLE"


async def test_update_rules(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE, create_input(tenant, name="Editable", template="qa", caps=[
        {"capability": "LINK_TEMPLATES", "level": "NONE"}]), token=tenant.owner_token)
    role_id = created["role"]["id"]
    above = await gql.mutate(CREATE, create_input(tenant, name="Above security"), token=tenant.owner_token)
    _, security = await member(gql, tenant, role_key="security")
    cases = [
        # The role already holds more than Security (Marketing manages link templates): not Security's to edit.
        ({"roleId": above["role"]["id"], "capabilities": [{"capability": "AUDIT_LOG", "level": "VIEW"}]},
         security, [("roleId", "ROLE_EXCEEDS_GRANTER")]),
        ({"roleId": role_id, "capabilities": [{"capability": "API_TOKENS", "level": "VIEW"}]},
         tenant.owner_token, [("capabilities.0", "CAPABILITY_NOT_EDITABLE")]),
        ({"roleId": role_id, "capabilities": [{"capability": "BILLING", "level": "VIEW"}]},
         security, [("capabilities.0", "ROLE_EXCEEDS_GRANTER")]),
        ({"roleId": role_gid("marketing"), "capabilities": [{"capability": "BILLING", "level": "VIEW"}]},
         tenant.owner_token, [("roleId", "ROLE_NOT_CUSTOM")]),
    ]
    for variables, token, expected in cases:
        assert payload_errors(await gql.execute(UPDATE, {"input": variables}, token=token)) == expected
    stored = await Role.get(id=decode_id(role_id)[1])
    assert stored.capabilities["billing"] == "NONE" and stored.capabilities["api_tokens"] == "NONE"
    # The name is immutable: the input has no name field at all.
    body = await gql.execute("""mutation($id: ID!) { updateCustomRole(input: {roleId: $id, name: "New", capabilities: []})
      { errors { code } } }""", {"id": role_id}, token=tenant.owner_token)
    assert body.get("errors")
    # Security may edit within its own levels.
    payload = await gql.mutate(UPDATE, {"input": {"roleId": role_id, "capabilities": [
        {"capability": "AUDIT_LOG", "level": "MANAGE"}]}}, token=security)
    assert levels(payload["role"])["AUDIT_LOG"] == "MANAGE"


async def test_delete_only_when_nobody_holds_it(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE, create_input(tenant, name="Short lived"), token=tenant.owner_token)
    role_id = created["role"]["id"]
    uid, _ = await member(gql, tenant, role_id=decode_id(role_id)[1])
    body = await gql.execute(DELETE, {"input": {"roleId": role_id}}, token=tenant.owner_token)
    assert payload_errors(body) == [("roleId", "ROLE_IN_USE")]
    assert await Role.exists(id=decode_id(role_id)[1])
    await Membership.filter(user_id=decode_id(uid)[1]).update(role_id=decode_id(role_gid("qa"))[1])
    payload = await gql.mutate(DELETE, {"input": {"roleId": role_id}}, token=tenant.owner_token)
    assert payload["deletedRoleId"] == role_id
    assert not await Role.exists(id=decode_id(role_id)[1])
    body = await gql.execute(DELETE, {"input": {"roleId": role_gid("qa")}}, token=tenant.owner_token)
    assert payload_errors(body) == [("roleId", "ROLE_NOT_CUSTOM")]
    assert await gql.error_code(DELETE, {"input": {"roleId": role_id}}, token=tenant.owner_token) == "NOT_FOUND"


async def test_roles_lists_predefined_custom_and_held_temporary_roles_with_member_counts(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate(CREATE, create_input(tenant, name="Custom one"), token=tenant.owner_token)
    held = await Role.create(account_id=tenant.account_id, name="Temporary role 1", kind=RoleKind.TEMPORARY,
                             capabilities={"clients": "VIEW"})
    await Role.create(account_id=tenant.account_id, name="Temporary role 2", kind=RoleKind.TEMPORARY,
                      capabilities={"clients": "MANAGE"})
    await member(gql, tenant, role_id=held.id)
    await member(gql, tenant, role_key="qa")
    await member(gql, tenant, role_key="qa")
    other = await make_tenant(gql, runtime)
    await gql.mutate(CREATE, create_input(other, name="Not mine"), token=other.owner_token)
    _, manager = await member(gql, tenant, role_key="marketing_manager")  # users:VIEW is enough to list
    for token in (tenant.owner_token, manager):
        roles = (await gql.ok(ROLES, {"a": tenant.gid}, token=token))["roles"]
        names = [r["name"] for r in roles]
        assert names == ["Admin", "Team lead", "Marketing manager", "Marketing", "Marketing limited",
                         "Contributor", "Finance", "Security", "QA", "Custom one", "Temporary role 1"]
        # Per-account counts live on AccountRole (own ID per account); Role.memberCount only for
        # the account's own roles (a predefined Role is shared by every account: issue 14).
        listed = (await gql.ok(ACCOUNT_ROLES, {"a": tenant.gid}, token=token))["accountRoles"]
        assert [r["role"]["name"] for r in listed] == names
        counts = {r["role"]["name"]: r["memberCount"] for r in listed}
        assert counts["Admin"] == 1 and counts["QA"] == 2 and counts["Temporary role 1"] == 1
        assert counts["Custom one"] == 0 and counts["Marketing manager"] == 1
        assert {r["name"]: r["memberCount"] for r in roles if r["kind"] != "PREDEFINED"} == {
            "Custom one": 0, "Temporary role 1": 1}
        assert {r["memberCount"] for r in roles if r["kind"] == "PREDEFINED"} == {None}
        temp = roles[-1]
        assert temp["kind"] == "TEMPORARY" and temp["assignable"] is False
        assert levels(temp)["CLIENTS"] == "VIEW" and levels(temp)["USERS"] == "NONE"
        assert levels(roles[0])["API_TOKENS"] == "MANAGE"


async def test_role_node_visibility(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE, create_input(tenant, name="Seen"), token=tenant.owner_token)
    query = 'query($id: ID!) { node(id: $id) { ... on Role { name } } }'
    role_id = created["role"]["id"]
    assert (await gql.ok(query, {"id": role_id}, token=tenant.owner_token))["node"] == {"name": "Seen"}
    assert (await gql.ok(query, {"id": role_id}, token=other.owner_token))["node"] is None
    _, holder = await member(gql, tenant, role_id=decode_id(role_id)[1])
    assert (await gql.ok(query, {"id": role_id}, token=holder))["node"] == {"name": "Seen"}
    assert (await gql.ok(query, {"id": role_gid("qa")}, token=other.owner_token))["node"] == {"name": "QA"}
