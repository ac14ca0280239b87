"""Replays of what Microsoft Entra ID and Okta send during provisioning (issue 18).

The request bodies follow the vendors' public documentation:
- Entra ID: "Tutorial: Develop and plan provisioning for a SCIM endpoint in Microsoft Entra ID",
  section "User and group operations" (learn.microsoft.com/entra/identity/app-provisioning/
  use-scim-to-provision-users-and-groups): capitalised op names, emails[type eq "work"].value
  paths, "Remove" of members with a value list, GET /Groups?excludedAttributes=members, and the
  documented non-compliance of booleans sent as "False"/"True" strings.
- Okta: "Okta and SCIM Version 2.0" (developer.okta.com/docs/api/openapi/okta-scim/guides/scim-20):
  GET /Users?filter=userName eq "…"&startIndex=1&count=100, POST with password and locale,
  PATCH {"op": "replace", "value": {"active": false}} without a path, PUT of the whole user,
  group push with {"op": "replace", "value": {"id", "displayName"}} and
  members[value eq "…"] removals.
One difference is ours: Entra's sample userName is not an e-mail ("Test_User_<uuid>"); here
userName is the e-mail (Entra's default mapping, userPrincipalName, has that form).
"""

from __future__ import annotations

import uuid

from gqlaccess.models import Membership, User
from gqlaccess.models.enums import MembershipStatus
from gqlaccess.services.roles.roles import predefined_role_id

from .support import ENTERPRISE, USER, make_directory

PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


async def test_entra_id_user_lifecycle(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    upn = f"test_user_{uuid.uuid4().hex[:12]}@contoso.example.com"
    # 1. Entra first looks the user up, expecting an empty list.
    lookup = await d.get("/Users", filter=f'userName eq "{upn}"')
    assert lookup.status_code == 200 and lookup.json()["totalResults"] == 0 and lookup.json()["Resources"] == []
    # 2. Create.
    created = await d.request("POST", "/Users", {
        "schemas": [USER, ENTERPRISE],
        "externalId": str(uuid.uuid4()),
        "userName": upn,
        "active": True,
        "emails": [{"primary": True, "type": "work", "value": upn}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
        "roles": [],
    })
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    assert created.json()["displayName"] == "givenName familyName"
    # 3. Get by id, then by a filter on emails.
    assert (await d.get(f"/Users/{user_id}")).json()["userName"] == upn
    by_mail = await d.get("/Users", filter=f'emails[type eq "work"].value eq "{upn}"')
    assert by_mail.status_code == 200, by_mail.text
    assert [r["id"] for r in by_mail.json()["Resources"]] == [user_id]
    # 4. Update with Entra's capitalised ops, the department through its extension URN.
    response = await d.request("PATCH", f"/Users/{user_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "Replace", "path": "displayName", "value": "Updated Name"},
        {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Finance"},
        {"op": "Replace", "path": 'emails[type eq "work"].value', "value": upn},  # unchanged: accepted
    ]})
    assert response.status_code == 200, response.text
    assert response.json()["displayName"] == "Updated Name" and response.json()[ENTERPRISE]["department"] == "Finance"
    # 5. Entra never changes userName silently: a new one is refused, the user kept.
    refused = await d.request("PATCH", f"/Users/{user_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "Replace", "path": "userName", "value": f"{uuid.uuid4()}@testuser.example.com"},
    ]})
    assert refused.status_code == 400 and refused.json()["scimType"] == "mutability"
    # 6. Disable (soft delete), with the documented string boolean.
    disabled = await d.request("PATCH", f"/Users/{user_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "Replace", "path": "active", "value": "False"},
    ]})
    assert disabled.status_code == 200 and disabled.json()["active"] is False
    assert (await Membership.get(id=user_id)).status == MembershipStatus.INACTIVE
    # ... and it reads as inactive through the same filter Entra then sends.
    again = (await d.get("/Users", filter=f'userName eq "{upn}"')).json()["Resources"][0]
    assert again["active"] is False
    # 7. Hard delete, 30 days later.
    assert (await d.request("DELETE", f"/Users/{user_id}")).status_code == 204
    assert (await d.get(f"/Users/{user_id}")).status_code == 404
    assert not await User.exists(email=upn)


async def test_entra_id_group_operations(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    member = (await d.create_user())["id"]
    created = await d.request("POST", "/Groups", {
        "schemas": [GROUP, "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
        "externalId": str(uuid.uuid4()), "displayName": f"Entra group {uuid.uuid4().hex[:6]}",
        "meta": {"resourceType": "Group"},
    })
    assert created.status_code == 201, created.text
    group = created.json()
    slim = await d.get(f"/Groups/{group['id']}", excludedAttributes="members")
    assert slim.status_code == 200 and "members" not in slim.json()
    found = await d.get("/Groups", excludedAttributes="members", filter=f'displayName eq "{group["displayName"]}"')
    assert [g["id"] for g in found.json()["Resources"]] == [group["id"]]
    added = await d.request("PATCH", f"/Groups/{group['id']}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "Add", "path": "members", "value": [{"$ref": None, "value": member}]},
    ]})
    assert added.status_code == 200, added.text
    assert (await Membership.get(id=member)).role_id == uuid.UUID(group["id"])  # type: ignore[attr-defined]
    removed = await d.request("PATCH", f"/Groups/{group['id']}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "Remove", "path": "members", "value": [{"$ref": None, "value": member}]},
    ]})
    assert removed.status_code == 200, removed.text
    assert removed.json()["members"] == []
    assert (await Membership.get(id=member)).role_id == predefined_role_id("marketing_limited")  # type: ignore[attr-defined]
    assert (await d.request("DELETE", f"/Groups/{group['id']}")).status_code == 204


async def test_okta_user_lifecycle(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    login = f"test.user.{uuid.uuid4().hex[:8]}@okta.example.com"
    lookup = await d.get("/Users", filter=f'userName eq "{login}"', startIndex=1, count=100)
    assert lookup.json()["totalResults"] == 0
    created = await d.request("POST", "/Users", {
        "schemas": [USER], "userName": login, "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": True, "value": login, "type": "work"}], "displayName": "Test User",
        "locale": "en-US", "externalId": "00ujl29u0le5T6Aj10h7", "groups": [],
        "password": "1mz050nq", "active": True,
    })
    assert created.status_code == 201, created.text
    user = created.json()
    assert "password" not in user
    # Okta's profile push: the whole user again, with a new name.
    replaced = await d.request("PUT", f"/Users/{user['id']}", {
        "schemas": [USER], "id": user["id"], "userName": login, "name": {"givenName": "Another", "familyName": "User"},
        "emails": [{"primary": True, "value": login, "type": "work"}], "displayName": "Another User",
        "locale": "en-US", "externalId": "00ujl29u0le5T6Aj10h7", "groups": [], "active": True,
    })
    assert replaced.status_code == 200 and replaced.json()["displayName"] == "Another User"
    # Deactivation: a value object without a path.
    response = await d.request("PATCH", f"/Users/{user['id']}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "replace", "value": {"active": False}},
    ]})
    assert response.status_code == 200 and response.json()["active"] is False
    reactivated = await d.request("PATCH", f"/Users/{user['id']}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "replace", "value": {"active": True}},
    ]})
    assert reactivated.json()["active"] is True
    assert (await Membership.get(id=user["id"])).status == MembershipStatus.ACTIVE


async def test_okta_group_push(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    first, second = (await d.create_user())["id"], (await d.create_user())["id"]
    name = f"Test SCIMv2 {uuid.uuid4().hex[:6]}"
    assert (await d.get("/Groups", filter=f'displayName eq "{name}"', startIndex=1, count=100)).json()[
        "totalResults"] == 0
    created = await d.request("POST", "/Groups", {"schemas": [GROUP], "displayName": name, "members": []})
    assert created.status_code == 201, created.text
    group_id = created.json()["id"]
    renamed = await d.request("PATCH", f"/Groups/{group_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "replace", "value": {"id": group_id, "displayName": name}},
    ]})
    assert renamed.status_code == 200, renamed.text
    added = await d.request("PATCH", f"/Groups/{group_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "add", "path": "members", "value": [{"value": first, "display": "first@example.com"},
                                                  {"value": second, "display": "second@example.com"}]},
    ]})
    assert added.status_code == 200, added.text
    assert sorted(m["value"] for m in added.json()["members"]) == sorted([first, second])
    removed = await d.request("PATCH", f"/Groups/{group_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "remove", "path": f'members[value eq "{first}"]'},
    ]})
    assert removed.status_code == 200, removed.text
    assert [m["value"] for m in removed.json()["members"]] == [second]
    # Okta's "push membership again": replace the whole list.
    replaced = await d.request("PATCH", f"/Groups/{group_id}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "replace", "path": "members", "value": [{"value": first}]},
    ]})
    assert [m["value"] for m in replaced.json()["members"]] == [first]
    assert (await Membership.get(id=second)).role_id == predefined_role_id("marketing_limited")  # type: ignore[attr-defined]
