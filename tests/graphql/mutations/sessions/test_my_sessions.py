"""mySessions, revokeSession, revokeOtherSessions (issue 14, item 7)."""

from __future__ import annotations

import uuid

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import ApiToken
from gqlaccess.models.enums import ApiTokenKind
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services.auth.sessions import device_label
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import add_member, make_tenant
from ._docs import FIREFOX, IPHONE, ME, MY_SESSIONS, REVOKE, REVOKE_OTHERS, login, post, refresh


def test_device_labels_come_from_the_user_agent() -> None:
    assert device_label(FIREFOX) == "Firefox 133 on Ubuntu"
    assert device_label(IPHONE) == "Mobile Safari 17 on iOS 17"
    assert device_label("python-httpx/0.28.1") == "python-httpx 0.28.1"
    assert device_label(None) == "Unknown device"


async def test_a_person_lists_their_devices_and_ends_one(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "marketing")
    laptop = await login(gql, email, user_agent=FIREFOX)
    phone = await login(gql, email, user_agent=IPHONE)

    listed = (await post(gql, MY_SESSIONS, token=laptop["token"]))["data"]["mySessions"]
    by_label = {s["deviceLabel"]: s for s in listed}
    # The token add_member made has no User-Agent of a browser: three sessions in all.
    assert len(listed) == 3 and {"Firefox 133 on Ubuntu", "Mobile Safari 17 on iOS 17"} <= set(by_label)
    assert by_label["Firefox 133 on Ubuntu"]["current"] is True
    assert [s["current"] for s in listed].count(True) == 1
    mobile = by_label["Mobile Safari 17 on iOS 17"]
    assert mobile["userAgent"] == IPHONE and mobile["ip"] and mobile["createdAt"] and mobile["expiresAt"]
    # node(id) gives the same object back to its owner.
    node = await post(gql, "query($id: ID!) { node(id: $id) { id ... on Session { deviceLabel current } } }",
                      {"id": mobile["id"]}, token=laptop["token"])
    assert node["data"]["node"] == {"id": mobile["id"], "deviceLabel": mobile["deviceLabel"], "current": False}

    ended = await post(gql, REVOKE, {"id": mobile["id"]}, token=laptop["token"])
    assert ended["data"]["revokeSession"] == {"revokedSessionId": mobile["id"], "errors": []}
    # The phone's access and refresh tokens stop at once.
    assert await gql.error_code(ME, token=phone["token"]) == "UNAUTHENTICATED"
    assert (await refresh(gql, phone["refreshToken"]))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    remaining = (await post(gql, MY_SESSIONS, token=laptop["token"]))["data"]["mySessions"]
    assert mobile["id"] not in [s["id"] for s in remaining] and len(remaining) == 2
    # Ended already: NOT_FOUND, like any unknown id.
    assert await gql.error_code(REVOKE, {"id": mobile["id"]}, token=laptop["token"]) == "NOT_FOUND"


async def test_another_persons_session_answers_like_a_missing_one(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    stranger = await make_tenant(gql, runtime)
    _, mine = await add_member(gql, tenant, "admin")
    listed = await post(gql, MY_SESSIONS, token=stranger.owner_token)
    theirs = listed["data"]["mySessions"][0]["id"]
    for session_id in (theirs, encode_id("Session", uuid.uuid4()), encode_id("User", uuid.uuid4()), "garbage"):
        body = await post(gql, REVOKE, {"id": session_id}, token=mine)
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND", body
        assert body["data"] is None
    # Even the owner of an account the stranger belongs to cannot see or end it.
    assert await gql.error_code(REVOKE, {"id": theirs}, token=tenant.owner_token) == "NOT_FOUND"
    node = await post(gql, "query($id: ID!) { node(id: $id) { id } }", {"id": theirs}, token=tenant.owner_token)
    assert node["data"]["node"] is None
    assert (await gql.ok(ME, token=stranger.owner_token))["me"]["email"] == stranger.owner_email


async def test_revoke_other_sessions_keeps_only_the_current_one(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    email, first_token = await add_member(gql, tenant, "marketing")
    laptop = await login(gql, email, user_agent=FIREFOX)
    phone = await login(gql, email, user_agent=IPHONE)
    body = await post(gql, REVOKE_OTHERS, token=laptop["token"])
    assert body["data"]["revokeOtherSessions"] == {"revokedCount": 2, "errors": []}
    for token in (first_token, phone["token"]):
        assert await gql.error_code(ME, token=token) == "UNAUTHENTICATED"
    assert (await gql.ok(ME, token=laptop["token"]))["me"]["email"] == email
    # The current session still refreshes.
    renewed = (await refresh(gql, laptop["refreshToken"]))["data"]["refreshSession"]
    listed = (await post(gql, MY_SESSIONS, token=renewed["token"]))["data"]["mySessions"]
    assert [(s["deviceLabel"], s["current"]) for s in listed] == [("Firefox 133 on Ubuntu", True)]


async def test_api_tokens_keep_their_bearer_semantics_and_have_no_sessions(gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    secret = new_secret(API_TOKEN_PREFIX)
    await ApiToken.create(account_id=tenant.account_id, role_id=predefined_role_id("qa"), kind=ApiTokenKind.API,
                          name="ci", token_hash=hash_secret(secret), prefix=secret[:8])
    accounts = "{ accounts { id } }"
    assert (await gql.ok(accounts, token=secret))["accounts"] == [{"id": tenant.gid}]
    body = await post(gql, MY_SESSIONS, token=secret)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await refresh(gql, secret))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await gql.ok(accounts, token=secret))["accounts"] == [{"id": tenant.gid}]
