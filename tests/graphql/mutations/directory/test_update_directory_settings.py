"""updateDirectorySettings / directorySettings: provisioning defaults and directory-owned attributes."""

from __future__ import annotations

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import AuditEvent, Membership, Role
from gqlaccess.models.enums import RoleKind
from gqlaccess.services.roles.roles import predefined_role_id

from ....scim.support import make_directory, patch
from ....support.access import member, payload_errors, role_gid
from ....support.factories import make_tenant

UPDATE = """
mutation($input: UpdateDirectorySettingsInput!) {
  updateDirectorySettings(input: $input) {
    settings { defaultRoleId directoryOwnsAttributes mediaSources { all values } geos { all countryCodes } }
    errors { field code message }
  }
}"""
READ = "query($a: ID!) { directorySettings(accountId: $a) { defaultRoleId directoryOwnsAttributes } }"
UPDATE_MEMBERSHIP = """
mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { membership { id } errors { field code } } }"""
DEACTIVATE = """
mutation($input: DeactivateMembershipInput!) {
  deactivateMembership(input: $input) { membership { id } errors { field code } } }"""
USERS = """query($a: ID!) { users(accountId: $a) { edges { node { id externalId managedByDirectory user { email } } } } }"""


async def test_defaults_apply_to_provisioned_users(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    owner = d.tenant.owner_token
    assert (await gql.ok(READ, {"a": d.tenant.gid}, token=owner))["directorySettings"]["defaultRoleId"] is None
    payload = await gql.mutate(UPDATE, {"input": {
        "accountId": d.tenant.gid, "defaultRoleId": role_gid("finance"),
        "mediaSources": {"all": False, "values": ["google", "meta"]}, "geos": {"all": False, "countryCodes": ["fr"]},
    }}, token=owner)
    assert payload["settings"]["defaultRoleId"] == role_gid("finance")
    assert payload["settings"]["geos"] == {"all": False, "countryCodes": ["FR"]}
    created = await d.create_user()
    membership = await Membership.get(id=created["id"])
    assert membership.role_id == predefined_role_id("finance")  # type: ignore[attr-defined]
    assert membership.media_sources == ["google", "meta"] and membership.geos == ["FR"]
    event = await AuditEvent.filter(account_id=d.tenant.account_id, action="directory.update_settings").first()
    assert event is not None and event.outcome == "ALLOWED"
    # Removed from a group: back to the default role.
    qa = (await d.get("/Groups", filter='displayName eq "QA"')).json()["Resources"][0]
    await d.request("PATCH", f"/Groups/{qa['id']}", patch({"op": "add", "path": "members", "value": [{"value": created["id"]}]}))
    await d.request("PATCH", f"/Groups/{qa['id']}", patch({"op": "remove", "path": f'members[value eq "{created["id"]}"]'}))
    assert (await Membership.get(id=created["id"])).role_id == predefined_role_id("finance")  # type: ignore[attr-defined]
    reset = await gql.mutate(UPDATE, {"input": {"accountId": d.tenant.gid, "resetDefaultRole": True}}, token=owner)
    assert reset["settings"]["defaultRoleId"] is None


async def test_validation_and_who_may(gql, runtime, http):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    temporary = await Role.create(account_id=tenant.account_id, name="Temp", kind=RoleKind.TEMPORARY, capabilities={})
    foreign = await Role.create(account_id=other.account_id, name="Theirs", kind=RoleKind.CUSTOM,
                                template_key="qa", capabilities={})
    for role_id, code in ((encode_id("Role", temporary.id), "TEMPORARY_ROLE_NOT_ASSIGNABLE"),
                          (encode_id("Role", foreign.id), "ROLE_NOT_FOUND"), ("nonsense", "ROLE_NOT_FOUND")):
        body = await gql.execute(UPDATE, {"input": {"accountId": tenant.gid, "defaultRoleId": role_id}},
                                 token=tenant.owner_token)
        assert payload_errors(body) == [("defaultRoleId", code)], body
    bad_geo = await gql.execute(UPDATE, {"input": {"accountId": tenant.gid, "geos": {"all": False, "countryCodes": ["ZZ"]}}},
                                token=tenant.owner_token)
    assert payload_errors(bad_geo) == [("geos", "INVALID_COUNTRY_CODE")]
    _, lead = await member(gql, tenant, role_key="team_lead")  # users: MANAGE, api_tokens: NONE
    refused = await gql.execute(UPDATE, {"input": {"accountId": tenant.gid, "directoryOwnsAttributes": True}}, token=lead)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await gql.ok(READ, {"a": tenant.gid}, token=lead))["directorySettings"]["directoryOwnsAttributes"] is False
    # Another account's admin: exactly like a missing account.
    hidden = await gql.execute(UPDATE, {"input": {"accountId": tenant.gid, "directoryOwnsAttributes": True}},
                               token=other.owner_token)
    assert hidden["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert (await gql.execute(READ, {"a": tenant.gid}, token=other.owner_token))["errors"][0]["extensions"][
        "code"] == "NOT_FOUND"


async def test_directory_owned_attributes_are_read_only_in_graphql(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    owner = d.tenant.owner_token
    provisioned = await d.create_user(externalId="idp-42")
    managed_gid = encode_id("Membership", provisioned["id"])
    _, _token = await member(gql, d.tenant, role_key="qa")
    edges = (await gql.ok(USERS, {"a": d.tenant.gid}, token=owner))["users"]["edges"]
    by_email = {e["node"]["user"]["email"]: e["node"] for e in edges}
    assert by_email[provisioned["userName"]]["externalId"] == "idp-42"
    assert by_email[provisioned["userName"]]["managedByDirectory"] is True
    manual = next(n for e, n in by_email.items() if e != provisioned["userName"] and e != d.tenant.owner_email)
    assert manual["managedByDirectory"] is False and manual["externalId"] is None
    # Until the account chooses so, GraphQL may still edit a provisioned member.
    ok = await gql.execute(UPDATE_MEMBERSHIP, {"input": {"membershipId": managed_gid, "department": "Ops"}}, token=owner)
    assert payload_errors(ok) == []
    await gql.mutate(UPDATE, {"input": {"accountId": d.tenant.gid, "directoryOwnsAttributes": True}}, token=owner)
    for variables in ({"membershipId": managed_gid, "name": "Renamed"},
                      {"membershipId": managed_gid, "roleId": role_gid("finance")}):
        body = await gql.execute(UPDATE_MEMBERSHIP, {"input": variables}, token=owner)
        assert [code for _, code in payload_errors(body)] == ["DIRECTORY_MANAGED"], body
    body = await gql.execute(DEACTIVATE, {"input": {"membershipId": managed_gid}}, token=owner)
    assert payload_errors(body) == [("membershipId", "DIRECTORY_MANAGED")]
    # Scopes are not the directory's: still editable. Members not provisioned: untouched by the rule.
    scoped = await gql.execute(UPDATE_MEMBERSHIP, {"input": {"membershipId": managed_gid, "geos": {"all": False, "countryCodes": ["FR"]}}},
                               token=owner)
    assert payload_errors(scoped) == []
    other = await gql.execute(UPDATE_MEMBERSHIP, {"input": {"membershipId": manual["id"], "roleId": role_gid("finance")}},
                              token=owner)
    assert payload_errors(other) == []
    # The directory itself still changes them.
    response = await d.request("PATCH", f"/Users/{provisioned['id']}", patch({"op": "replace", "path": "displayName", "value": "By IdP"}))
    assert response.status_code == 200 and response.json()["displayName"] == "By IdP"
