"""/Bulk: up to 1,000 operations, bulkId references, failOnErrors (RFC 7644 §3.7, issue 18)."""

from __future__ import annotations

from gqlaccess.models import Invitation, Membership, OutboxEmail, User
from gqlaccess.models.enums import InvitationKind

from .support import make_directory, new_email, user_body

BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


async def test_bulk_with_bulk_id_references(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    email = new_email()
    response = await d.request("POST", "/Bulk", {"schemas": [BULK], "Operations": [
        {"method": "POST", "path": "/Users", "bulkId": "u1", "data": user_body(email)},
        {"method": "POST", "path": "/Groups", "bulkId": "g1",
         "data": {"schemas": [GROUP], "displayName": f"Bulk {email[:12]}", "members": [{"value": "bulkId:u1"}]}},
        {"method": "PATCH", "path": "/Users/bulkId:u1", "data": {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "displayName", "value": "Renamed"}]}},
    ]})
    assert response.status_code == 200, response.text
    results = response.json()["Operations"]
    assert [r["status"] for r in results] == ["201", "201", "200"], results
    user_id = results[0]["location"].rsplit("/", 1)[-1]
    group_id = results[1]["location"].rsplit("/", 1)[-1]
    membership = await Membership.get(id=user_id)
    assert str(membership.role_id) == group_id  # type: ignore[attr-defined]
    assert (await User.get(email=email)).name == "Renamed"
    assert results[2]["version"] == (await d.get(f"/Users/{user_id}")).json()["meta"]["version"]


async def test_fail_on_errors_stops_and_failures_write_nothing(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    good, later = new_email(), new_email()
    response = await d.request("POST", "/Bulk", {"schemas": [BULK], "failOnErrors": 1, "Operations": [
        {"method": "POST", "path": "/Users", "bulkId": "a", "data": user_body(good)},
        {"method": "POST", "path": "/Users", "bulkId": "b", "data": user_body("not-an-email")},
        {"method": "POST", "path": "/Users", "bulkId": "c", "data": user_body(later)},
    ]})
    results = response.json()["Operations"]
    assert [r["status"] for r in results] == ["201", "400"]
    assert results[1]["response"]["scimType"] == "invalidValue" and results[1]["bulkId"] == "b"
    assert await User.exists(email=good) and not await User.exists(email=later)
    unknown = await d.request("POST", "/Bulk", {"schemas": [BULK], "Operations": [
        {"method": "PATCH", "path": "/Users/bulkId:nobody", "data": {"Operations": []}},
        {"method": "DELETE", "path": "/Users/00000000-0000-0000-0000-000000000000"},
        {"method": "GET", "path": "/Users"},
    ]})
    assert [r["status"] for r in unknown.json()["Operations"]] == ["409", "404", "400"]


async def test_bulk_limits(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    too_many = {"schemas": [BULK], "Operations": [{"method": "DELETE", "path": "/Users/x"}] * 1001}
    response = await d.request("POST", "/Bulk", too_many)
    assert response.status_code == 413 and response.json()["status"] == "413"
    assert (await d.request("POST", "/Bulk", {"Operations": "no"})).status_code == 400


async def test_a_thousand_users_in_one_bulk_each_with_its_invitation(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    emails = [new_email("bulk") for _ in range(1000)]
    body = {"schemas": [BULK], "Operations": [
        {"method": "POST", "path": "/Users", "bulkId": f"u{i}",
         "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": e, "displayName": f"U {i}"}}
        for i, e in enumerate(emails)
    ]}
    response = await d.request("POST", "/Bulk", body)
    assert response.status_code == 200
    assert {r["status"] for r in response.json()["Operations"]} == {"201"}
    users = await User.filter(email__in=emails).values_list("id", flat=True)
    assert len(users) == 1000
    invitations = await Invitation.filter(user_id__in=list(users), kind=InvitationKind.USER_ACTIVATION).values_list(
        "id", flat=True
    )
    assert len(invitations) == 1000
    assert await OutboxEmail.filter(invitation_id__in=list(invitations)).count() == 1000
