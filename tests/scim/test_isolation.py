"""Tenant isolation: a SCIM token of account A never reads or changes account B (issue 18)."""

from __future__ import annotations

from gqlaccess.models import Membership, User

from .support import make_directory, new_email, patch, user_body


async def test_a_token_of_a_sees_nothing_of_b(gql, runtime, http):
    a = await make_directory(gql, runtime, http)
    b = await make_directory(gql, runtime, http)
    theirs = await b.create_user(externalId="b-only")
    unknown = "00000000-0000-0000-0000-0000000000ab"
    # Reads: B's user answers exactly like an id that exists nowhere.
    for path in (f"/Users/{theirs['id']}", f"/Users/{unknown}"):
        response = await a.get(path)
        assert response.status_code == 404 and response.json()["detail"] == "User not found."
    assert (await a.get("/Users", filter=f'userName eq "{theirs["userName"]}"')).json()["totalResults"] == 0
    assert (await a.get("/Users", filter='externalId eq "b-only"')).json()["totalResults"] == 0
    listed = {r["userName"] for r in (await a.get("/Users")).json()["Resources"]}
    assert theirs["userName"] not in listed and b.tenant.owner_email not in listed
    # Writes: refused the same way, nothing changes in B.
    for method, body in (("PUT", user_body(theirs["userName"], displayName="Hijacked")),
                         ("PATCH", patch({"op": "replace", "path": "active", "value": False})),
                         ("DELETE", None)):
        response = await a.request(method, f"/Users/{theirs['id']}", body)
        assert response.status_code == 404, (method, response.text)
    assert (await b.get(f"/Users/{theirs['id']}")).json() == theirs
    # Groups: B's custom role is not A's group, and B's members cannot be put in A's groups.
    group = (await b.request("POST", "/Groups", {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                                                 "displayName": "B only"})).json()
    assert (await a.get(f"/Groups/{group['id']}")).status_code == 404
    assert (await a.get("/Groups", filter='displayName eq "B only"')).json()["totalResults"] == 0
    qa = (await a.get("/Groups", filter='displayName eq "QA"')).json()["Resources"][0]
    moved = await a.request("PATCH", f"/Groups/{qa['id']}", patch(
        {"op": "add", "path": "members", "value": [{"value": theirs["id"]}]}
    ))
    assert moved.status_code == 400
    assert (await Membership.get(id=theirs["id"])).role_id != qa["id"]  # type: ignore[attr-defined]
    bulk = await a.request("POST", "/Bulk", {"Operations": [{"method": "DELETE", "path": f"/Users/{theirs['id']}"}]})
    assert bulk.json()["Operations"][0]["status"] == "404"
    assert await Membership.exists(id=theirs["id"])


async def test_creating_a_username_of_b_answers_like_an_unknown_one(gql, runtime, http):
    a = await make_directory(gql, runtime, http)
    b = await make_directory(gql, runtime, http)
    # B's owner is an established identity; a fresh e-mail exists nowhere. A's token gets the same answer.
    existing = await a.request("POST", "/Users", user_body(b.tenant.owner_email))
    fresh = await a.request("POST", "/Users", user_body(new_email()))
    assert existing.status_code == fresh.status_code == 201, (existing.text, fresh.text)
    assert set(existing.json()) == set(fresh.json())
    assert existing.json()["groups"] == fresh.json()["groups"]
    # B's side is untouched: the membership in B, and the identity's profile.
    owner = await User.get(email=b.tenant.owner_email)
    assert await Membership.exists(account_id=b.tenant.account_id, user_id=owner.id)
    assert (await b.get("/Users", filter=f'userName eq "{b.tenant.owner_email}"')).json()["totalResults"] == 1
