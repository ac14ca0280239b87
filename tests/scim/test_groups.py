"""/Groups = the account's assignable roles; membership sets the member's one role (issue 18)."""

from __future__ import annotations

from gqlaccess.models import Membership, Role
from gqlaccess.models.enums import RoleKind
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import make_tenant
from .support import Directory, make_directory, patch, scim_token

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


async def _group(d: Directory, name: str) -> dict:  # type: ignore[type-arg]
    found = (await d.get("/Groups", filter=f'displayName eq "{name}"', excludedAttributes="members")).json()
    assert found["totalResults"] == 1, found
    return found["Resources"][0]  # type: ignore[no-any-return]


async def test_groups_list_the_assignable_roles(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    listed = (await d.get("/Groups")).json()
    names = [g["displayName"] for g in listed["Resources"]]
    assert names[:2] == ["Admin", "Team lead"] and "QA" in names and listed["totalResults"] == len(names)
    admin = next(g for g in listed["Resources"] if g["displayName"] == "Admin")
    owner = (await d.get("/Users", filter=f'userName eq "{d.tenant.owner_email}"')).json()["Resources"][0]
    assert [m["value"] for m in admin["members"]] == [owner["id"]]
    assert (await d.get("/Groups", filter=f'members[value eq "{owner["id"]}"]')).json()["totalResults"] == 1


async def test_adding_a_member_moves_them_and_removing_returns_the_default_role(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    user = await d.create_user()
    qa, finance = await _group(d, "QA"), await _group(d, "Finance")
    response = await d.request("PATCH", f"/Groups/{qa['id']}", patch(
        {"op": "Add", "path": "members", "value": [{"value": user["id"]}]}
    ))
    assert response.status_code == 200, response.text
    assert (await Membership.get(id=user["id"])).role_id == predefined_role_id("qa")  # type: ignore[attr-defined]
    await d.request("PATCH", f"/Groups/{finance['id']}", patch(
        {"op": "add", "path": "members", "value": [{"value": user["id"]}]}
    ))
    assert (await Membership.get(id=user["id"])).role_id == predefined_role_id("finance")  # type: ignore[attr-defined]
    assert user["id"] not in [m["value"] for m in (await d.get(f"/Groups/{qa['id']}")).json()["members"]]
    # Okta/Entra remove a member with a value-path filter.
    response = await d.request("PATCH", f"/Groups/{finance['id']}", patch(
        {"op": "Remove", "path": f'members[value eq "{user["id"]}"]'}
    ))
    assert response.status_code == 200, response.text
    membership = await Membership.get(id=user["id"])
    assert membership.role_id == predefined_role_id("marketing_limited")  # type: ignore[attr-defined]
    listed = (await d.get(f"/Users/{user['id']}")).json()["groups"]
    assert [g["display"] for g in listed] == ["Marketing limited"]


async def test_admin_is_granted_only_by_an_admin_token(gql, runtime, http):
    tenant = await make_tenant(gql, runtime)
    admin_dir = Directory(tenant, await scim_token(gql, tenant, "admin"), http)
    lead_dir = Directory(tenant, await scim_token(gql, tenant, "team_lead"), http)
    user = await admin_dir.create_user()
    admin = await _group(admin_dir, "Admin")
    refused = await lead_dir.request("PATCH", f"/Groups/{admin['id']}", patch(
        {"op": "add", "path": "members", "value": [{"value": user["id"]}]}
    ))
    assert refused.status_code == 403, refused.text
    assert (await Membership.get(id=user["id"])).role_id != predefined_role_id("admin")  # type: ignore[attr-defined]
    granted = await admin_dir.request("PATCH", f"/Groups/{admin['id']}", patch(
        {"op": "add", "path": "members", "value": [{"value": user["id"]}]}
    ))
    assert granted.status_code == 200
    assert (await Membership.get(id=user["id"])).role_id == predefined_role_id("admin")  # type: ignore[attr-defined]


async def test_post_creates_a_custom_role_and_delete_needs_it_empty(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    user = await d.create_user()
    created = await d.request("POST", "/Groups", {
        "schemas": [GROUP], "displayName": "Directory editors", "externalId": "entra-g1",
        "members": [{"value": user["id"]}],
    })
    assert created.status_code == 201, created.text
    group = created.json()
    role = await Role.get(id=group["id"])
    assert role.kind == RoleKind.CUSTOM and role.account_id == d.tenant.account_id  # type: ignore[attr-defined]
    assert role.template_key == "marketing_limited"
    assert group["externalId"] == "entra-g1" and [m["value"] for m in group["members"]] == [user["id"]]
    busy = await d.request("DELETE", f"/Groups/{group['id']}")
    assert busy.status_code == 409 and await Role.exists(id=group["id"])
    await d.request("PATCH", f"/Groups/{group['id']}", patch({"op": "remove", "path": "members"}))
    assert (await d.request("DELETE", f"/Groups/{group['id']}")).status_code == 204
    assert not await Role.exists(id=group["id"])
    predefined = await d.request("DELETE", f"/Groups/{(await _group(d, 'QA'))['id']}")
    assert predefined.status_code == 400 and predefined.json()["scimType"] == "mutability"
    renamed = await d.request("PATCH", f"/Groups/{(await _group(d, 'QA'))['id']}", patch(
        {"op": "replace", "path": "displayName", "value": "Quality"}
    ))
    assert renamed.status_code == 400 and renamed.json()["scimType"] == "mutability"


async def test_temporary_roles_are_listed_but_not_joinable(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    holder = await d.create_user()
    temporary = await Role.create(account_id=d.tenant.account_id, name="Temp lead", kind=RoleKind.TEMPORARY,
                                  capabilities={})
    await Membership.filter(id=holder["id"]).update(role_id=temporary.id)
    group = await _group(d, "Temp lead")
    other = await d.create_user()
    response = await d.request("PATCH", f"/Groups/{group['id']}", patch(
        {"op": "add", "path": "members", "value": [{"value": other["id"]}]}
    ))
    assert response.status_code == 400 and response.json()["scimType"] == "mutability"
    assert (await Membership.get(id=other["id"])).role_id != temporary.id  # type: ignore[attr-defined]


async def test_unknown_members_change_nothing(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    user = await d.create_user()
    qa = await _group(d, "QA")
    response = await d.request("PATCH", f"/Groups/{qa['id']}", patch(
        {"op": "add", "path": "members", "value": [{"value": user["id"]},
                                                   {"value": "00000000-0000-0000-0000-000000000001"}]}
    ))
    assert response.status_code == 400
    assert (await Membership.get(id=user["id"])).role_id == predefined_role_id("marketing_limited")  # type: ignore[attr-defined]
