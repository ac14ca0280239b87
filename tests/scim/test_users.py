"""/Users: the mapping onto memberships, through the same services as GraphQL (issue 18)."""

from __future__ import annotations

from gqlaccess.models import AuditEvent, Invitation, Membership, OutboxEmail, User
from gqlaccess.models.enums import InvitationKind, MembershipStatus
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import add_member, make_tenant
from .support import ENTERPRISE, make_directory, new_email, patch, scim_token, user_body

ACCOUNT = "query($id: ID!) { resources(accountId: $id) { id } }"


async def test_post_creates_a_member_with_the_default_role_and_the_activation_invitation(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    email = new_email()
    response = await d.request("POST", "/Users", user_body(email.upper(), externalId="okta-1",
                                                           **{ENTERPRISE: {"department": "Research"}}))
    assert response.status_code == 201, response.text
    assert response.headers["content-type"].startswith("application/scim+json")
    created = response.json()
    assert created["userName"] == email  # stored lower-cased, like createUser
    assert created["externalId"] == "okta-1" and created["active"] is True
    assert created[ENTERPRISE] == {"department": "Research"}
    assert response.headers["location"] == created["meta"]["location"]
    assert response.headers["etag"] == created["meta"]["version"]
    membership = await Membership.get(id=created["id"])
    assert membership.account_id == d.tenant.account_id  # type: ignore[attr-defined]
    assert membership.role_id == predefined_role_id("marketing_limited")  # type: ignore[attr-defined]
    assert membership.directory_managed and membership.external_id == "okta-1"
    user = await User.get(email=email)
    assert user.name == "Ada Lovelace" and user.department == "Research"
    invitation = await Invitation.get(user_id=user.id, kind=InvitationKind.USER_ACTIVATION)
    assert await OutboxEmail.exists(invitation_id=invitation.id, template="user_activation")
    event = await AuditEvent.filter(account_id=d.tenant.account_id, action="scim.user.create").first()
    assert event is not None and event.outcome == "ALLOWED" and event.actor_kind == "SCIM"
    assert event.actor_token_id is not None and event.target_id == created["id"]


async def test_get_put_patch_delete_round_trip(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    created = await d.create_user()
    path = f"/Users/{created['id']}"
    assert (await d.get(path)).json() == created
    replaced = await d.request("PUT", path, user_body(created["userName"], displayName="Grace Hopper",
                                                      externalId="e-2", **{ENTERPRISE: {"department": "Navy"}}))
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["displayName"] == "Grace Hopper" and replaced.json()[ENTERPRISE]["department"] == "Navy"
    patched = await d.request("PATCH", path, patch({"op": "replace", "path": "displayName", "value": "G. Hopper"}))
    assert patched.status_code == 200 and patched.json()["displayName"] == "G. Hopper"
    assert patched.json()["meta"]["version"] != replaced.json()["meta"]["version"]
    deleted = await d.request("DELETE", path)
    assert deleted.status_code == 204
    assert (await d.get(path)).status_code == 404
    assert not await User.exists(email=created["userName"])  # no membership left: the identity goes too


async def test_username_is_immutable_and_nothing_is_written(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    created = await d.create_user()
    path = f"/Users/{created['id']}"
    body = user_body(new_email(), displayName="Changed")
    response = await d.request("PUT", path, body)
    assert response.status_code == 400 and response.json()["scimType"] == "mutability"
    response = await d.request("PATCH", path, patch({"op": "replace", "path": "userName", "value": new_email()}))
    assert response.status_code == 400 and response.json()["scimType"] == "mutability"
    assert (await d.get(path)).json() == created  # unchanged, displayName included
    rejected = await AuditEvent.filter(account_id=d.tenant.account_id, action="scim.user.replace").first()
    assert rejected is not None and rejected.outcome == "REJECTED"


async def test_external_id_is_unique_per_account_only(gql, runtime, http):
    a = await make_directory(gql, runtime, http)
    b = await make_directory(gql, runtime, http)
    await a.create_user(externalId="same")
    again = await a.request("POST", "/Users", user_body(new_email(), externalId="same"))
    assert again.status_code == 409 and again.json()["scimType"] == "uniqueness"
    await b.create_user(externalId="same")  # another account keeps its own ids
    found = await a.get("/Users", filter='externalId eq "same"')
    assert found.json()["totalResults"] == 1


async def test_deactivation_ends_access_to_this_account_at_once(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    email, session = await add_member(gql, d.tenant, "marketing")
    assert (await gql.execute(ACCOUNT, {"id": d.tenant.gid}, token=session)).get("errors") is None
    found = (await d.get("/Users", filter=f'userName eq "{email}"')).json()["Resources"][0]
    # Entra ID's own shape: capitalised op, boolean as a string.
    response = await d.request("PATCH", f"/Users/{found['id']}",
                               patch({"op": "Replace", "path": "active", "value": "False"}))
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False
    assert (await Membership.get(id=found["id"])).status == MembershipStatus.INACTIVE
    refused = await gql.execute(ACCOUNT, {"id": d.tenant.gid}, token=session)
    # Deactivation ends the person's sessions at once (issue 14: they sign in again for other accounts).
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED", refused
    back = await d.request("PATCH", f"/Users/{found['id']}", patch({"op": "replace", "value": {"active": True}}))
    assert back.json()["active"] is True
    from ..support.factories import LOGIN, PASSWORD

    again = (await gql.mutate(LOGIN, {"email": email, "password": PASSWORD}))["token"]  # a new sign-in
    assert (await gql.execute(ACCOUNT, {"id": d.tenant.gid}, token=again)).get("errors") is None


async def test_the_owner_cannot_be_deactivated_or_deleted(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    owner = (await d.get("/Users", filter=f'userName eq "{d.tenant.owner_email}"')).json()["Resources"][0]
    response = await d.request("PATCH", f"/Users/{owner['id']}", patch({"op": "replace", "path": "active", "value": False}))
    assert response.status_code == 400 and "owner" in response.json()["detail"]
    response = await d.request("DELETE", f"/Users/{owner['id']}")
    assert response.status_code == 400 and "owner" in response.json()["detail"]
    assert (await Membership.get(id=owner["id"])).status == MembershipStatus.ACTIVE


async def test_filters_compile_to_queries(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    one = await d.create_user(new_email("alpha"), displayName="Alpha One", externalId="x1")
    two = await d.create_user(new_email("beta"), displayName="Beta Two", externalId="x2", active=False)

    async def ids(expression: str) -> set[str]:
        response = await d.get("/Users", filter=expression)
        assert response.status_code == 200, response.text
        return {r["id"] for r in response.json()["Resources"]}

    assert await ids(f'userName eq "{one["userName"].upper()}"') == {one["id"]}  # caseExact false
    assert await ids('userName sw "alpha-"') == {one["id"]}
    assert await ids('displayName co "two"') == {two["id"]}
    assert await ids('externalId pr and active eq false') == {two["id"]}
    assert await ids('externalId eq "x1" or externalId eq "x2"') == {one["id"], two["id"]}
    assert await ids(f'emails[type eq "work" and value eq "{two["userName"]}"]') == {two["id"]}
    assert await ids(f'emails.value ew "{one["userName"][-20:]}"') == {one["id"]}
    assert await ids('not (externalId pr)') >= {u for u in await ids("active eq true")} - {one["id"]}
    assert one["id"] in await ids(f'meta.lastModified ge "{one["meta"]["lastModified"]}"')
    assert await ids(f'meta.lastModified lt "{one["meta"]["created"]}"') & {one["id"], two["id"]} == set()
    for bad in ('userName eq', 'nickName eq "x"', 'active gt true', 'userName zz "a"'):
        response = await d.get("/Users", filter=bad)
        assert response.status_code == 400 and response.json()["scimType"] == "invalidFilter", (bad, response.text)


async def test_paging_sorting_and_attribute_selection(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    for prefix in ("c", "a", "b"):
        await d.create_user(new_email(prefix))
    page = (await d.get("/Users", startIndex=2, count=2, sortBy="userName")).json()
    assert page["totalResults"] == 4 and page["startIndex"] == 2 and page["itemsPerPage"] == 2
    everyone = (await d.get("/Users", sortBy="userName", sortOrder="descending")).json()["Resources"]
    names = [r["userName"] for r in everyone]
    assert names == sorted(names, reverse=True)
    assert (await d.get("/Users", count=1000)).json()["itemsPerPage"] == 4  # count is capped at 100
    assert (await d.get("/Users", count=0)).json()["Resources"] == []
    slim = (await d.get("/Users", attributes="userName,emails.value")).json()["Resources"][0]
    assert set(slim) == {"schemas", "id", "meta", "userName", "emails"} and set(slim["emails"][0]) == {"value"}
    without = (await d.get("/Users", excludedAttributes="groups,emails")).json()["Resources"][0]
    assert "groups" not in without and "emails" not in without and "userName" in without


async def test_etags(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    created = await d.create_user()
    path, version = f"/Users/{created['id']}", created["meta"]["version"]
    assert (await d.request("GET", path, if_none_match=version)).status_code == 304
    changed = await d.request("PATCH", path, patch({"op": "replace", "path": "displayName", "value": "New"}),
                              if_match=version)
    assert changed.status_code == 200
    stale = await d.request("PATCH", path, patch({"op": "replace", "path": "displayName", "value": "Stale"}),
                            if_match=version)
    assert stale.status_code == 412 and stale.json()["status"] == "412"
    assert (await d.get(path)).json()["displayName"] == "New"
    assert (await d.request("DELETE", path, if_match=version)).status_code == 412
    assert (await d.request("DELETE", path, if_match=changed.json()["meta"]["version"])).status_code == 204


async def test_errors_are_scim_bodies(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    cases = [
        (await http.get("/scim/v2/Users"), 401),  # with WWW-Authenticate (below)
        (await http.get("/scim/v2/Users", headers={"Authorization": "Bearer gqt_nope"}), 401),
        (await d.get("/Users/not-a-uuid"), 404),
        (await d.get("/Users/00000000-0000-0000-0000-000000000000"), 404),
        (await http.post("/scim/v2/Users", content=b"{nope", headers=d.headers()), 400),
        (await d.request("POST", "/Users", {"schemas": [], "displayName": "no userName"}), 400),
        (await d.request("POST", "/Users", user_body("not-an-email")), 400),
        (await d.request("POST", "/Users", user_body(new_email(), active="perhaps")), 400),
        (await d.request("PATCH", "/Users/00000000-0000-0000-0000-000000000000", patch()), 404),
        (await d.request("DELETE", "/ServiceProviderConfig"), 405),
        (await d.get("/Nothing"), 404),
    ]
    for response, status in cases:
        assert response.status_code == status, response.text
        body = response.json()
        assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"] and body["status"] == str(status)
    assert cases[0][0].headers["www-authenticate"].startswith("Bearer")
    user = await d.create_user()
    bad_patch = await d.request("PATCH", f"/Users/{user['id']}", {"Operations": [{"op": "explode"}]})
    assert bad_patch.status_code == 400


async def test_tokens_of_other_kinds_and_narrow_roles(gql, runtime, http):
    tenant = await make_tenant(gql, runtime)
    api = await gql.mutate(
        """mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret errors { code } } }""",
        {"input": {"accountId": tenant.gid, "name": "plain", "kind": "API",
                   "roleId": __import__("tests.support.access", fromlist=["role_gid"]).role_gid("admin")}},
        token=tenant.owner_token,
    )
    plain = await http.get("/scim/v2/Users", headers={"Authorization": f"Bearer {api['secret']}"})
    assert plain.status_code == 401  # only SCIM tokens open /scim/v2
    marketing = await scim_token(gql, tenant, "marketing")  # no `users` capability
    response = await http.get("/scim/v2/Users", headers={"Authorization": f"Bearer {marketing}"})
    assert response.status_code == 403
    manager = await scim_token(gql, tenant, "marketing_manager")  # users: VIEW only
    headers = {"Authorization": f"Bearer {manager}"}
    assert (await http.get("/scim/v2/Users", headers=headers)).status_code == 200
    refused = await http.post("/scim/v2/Users", json=user_body(new_email()), headers=headers)
    assert refused.status_code == 403
    denied = await AuditEvent.filter(account_id=tenant.account_id, action="scim.user.create").first()
    assert denied is not None and denied.outcome == "DENIED"


async def test_scim_tokens_are_refused_by_graphql(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    body = await gql.execute(ACCOUNT, {"id": d.tenant.gid}, token=d.token)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    me = await gql.execute("{ me { id } }", token=d.token)
    assert me.get("data", {}).get("me") is None


async def test_same_rules_as_create_user_plan_limit_domains_and_webhooks(gql, runtime, http):
    from gqlaccess.models import Account, AccountSecurityPolicy, WebhookEndpoint, WebhookEvent
    from gqlaccess.security import crypto

    d = await make_directory(gql, runtime, http)
    await WebhookEndpoint.create(
        account_id=d.tenant.account_id, url="http://127.0.0.1:9/hook", events=["user.invited", "membership.updated",
                                                                              "membership.removed"],
        secret_encrypted=crypto.encrypt(runtime.settings.secret_key, "webhook-secret", "whsec_test"),
        enabled=False,  # nothing is delivered: the events are still what GraphQL emits (see below)
    )
    await AccountSecurityPolicy.create(account_id=d.tenant.account_id, allowed_email_domains=["example.com"])
    refused = await d.request("POST", "/Users", user_body("someone@elsewhere.org"))
    assert refused.status_code == 400 and "domains" in refused.json()["detail"]
    bulk = await d.request("POST", "/Bulk", {"Operations": [
        {"method": "POST", "path": "/Users", "bulkId": "x", "data": user_body("other@elsewhere.org")},
        {"method": "POST", "path": "/Users", "bulkId": "y", "data": user_body(new_email())},
    ]})
    assert [op["status"] for op in bulk.json()["Operations"]] == ["400", "201"]
    assert not await User.exists(email__in=["someone@elsewhere.org", "other@elsewhere.org"])
    count = await Membership.filter(account_id=d.tenant.account_id).count()
    await Account.filter(id=d.tenant.account_id).update(max_users=count)
    full = await d.request("POST", "/Users", user_body(new_email()))
    assert full.status_code == 400 and "limit" in full.json()["detail"]
    await Account.filter(id=d.tenant.account_id).update(max_users=None)
    # Webhooks: the endpoint is disabled, so `events.emit` writes nothing, exactly as for GraphQL;
    # enable it and the same SCIM calls write the events createUser/set_status/removeUsers write.
    await WebhookEndpoint.filter(account_id=d.tenant.account_id).update(enabled=True)
    created = await d.create_user()
    await d.request("PATCH", f"/Users/{created['id']}", patch({"op": "replace", "path": "active", "value": False}))
    await d.request("DELETE", f"/Users/{created['id']}")
    types = list(await WebhookEvent.filter(account_id=d.tenant.account_id).order_by("created_at").values_list(
        "event_type", flat=True))
    assert types == ["user.invited", "membership.updated", "membership.removed"], types


async def test_a_failed_request_writes_nothing(gql, runtime, http):
    d = await make_directory(gql, runtime, http)
    await d.create_user(externalId="taken")
    target = await d.create_user(externalId="mine")
    path = f"/Users/{target['id']}"
    # A PUT that would rename and deactivate but reuses another member's externalId: nothing changes.
    response = await d.request("PUT", path, user_body(target["userName"], displayName="Changed", active=False,
                                                      externalId="taken"))
    assert response.status_code == 409
    # A PATCH whose second operation is invalid: the first is not applied either.
    response = await d.request("PATCH", path, patch(
        {"op": "replace", "path": "displayName", "value": "Changed"},
        {"op": "replace", "path": "active", "value": "perhaps"},
    ))
    assert response.status_code == 400
    response = await d.request("PATCH", path, patch(
        {"op": "replace", "path": "displayName", "value": "Changed"},
        {"op": "replace", "path": "userName", "value": new_email()},
    ))
    assert response.status_code == 400 and response.json()["scimType"] == "mutability"
    assert (await d.get(path)).json() == target
    membership = await Membership.get(id=target["id"])
    assert membership.status == MembershipStatus.ACTIVE and membership.external_id == "mine"
