"""GraphQL over HTTP: methods, media types, status codes, CSRF, persisted queries, idempotency keys."""

import hashlib
import uuid

import orjson

from gqlaccess.models import WebhookEndpoint

from ..support.factories import add_member, make_tenant

ME = "query Me { me { email } }"
GRAPHQL_RESPONSE = "application/graphql-response+json"
CREATE = """mutation Create($input: CreateWebhookInput!) {
  createWebhook(input: $input) { webhook { id } secret errors { code } } }"""


def _auth(token):  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {token}"}


async def test_get_runs_queries_and_refuses_mutations(http, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    response = await http.get("/graphql", params={"query": ME}, headers=_auth(tenant.owner_token))
    assert response.status_code == 200
    assert response.json() == {"data": {"me": {"email": tenant.owner_email}}}
    response = await http.get(
        "/graphql", params={"query": "mutation { logout { errors { code } } }"}, headers=_auth(tenant.owner_token)
    )
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"
    # With variables as JSON in the query string.
    response = await http.get("/graphql", params={
        "query": "query($id: ID!) { node(id: $id) { id } }", "variables": orjson.dumps({"id": tenant.gid}).decode(),
    }, headers=_auth(tenant.owner_token))
    assert response.json()["data"]["node"] == {"id": tenant.gid}
    response = await http.get("/graphql", params={"query": ME, "variables": "{nope"})
    assert response.status_code == 400


async def test_media_types_and_status_codes(http):
    legacy = await http.post("/graphql", json={"query": "{ nope }"})
    assert legacy.status_code == 200 and legacy.headers["content-type"].startswith("application/json")
    assert "data" in legacy.json()
    modern = await http.post("/graphql", json={"query": "{ nope }"}, headers={"Accept": GRAPHQL_RESPONSE})
    assert modern.status_code == 400
    assert modern.headers["content-type"] == f"{GRAPHQL_RESPONSE}; charset=utf-8"
    assert "data" not in modern.json() and modern.json()["errors"]
    ok = await http.post("/graphql", json={"query": "{ me { email } }"},
                         headers={"Accept": f"{GRAPHQL_RESPONSE}, application/json;q=0.9"})
    assert ok.status_code == 200 and ok.json() == {"data": {"me": None}}
    assert ok.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    syntax = await http.post("/graphql", json={"query": "{ me { "}, headers={"Accept": GRAPHQL_RESPONSE})
    assert syntax.status_code == 400
    assert (await http.post("/graphql", json={"query": ME}, headers={"Accept": "text/csv"})).status_code == 406
    assert (await http.post("/graphql", content=b"{not json", headers={"content-type": "application/json"})).status_code == 400
    assert (await http.post("/graphql", json=[{"query": ME}])).status_code == 400
    assert (await http.post("/graphql", json={"variables": {}})).status_code == 400  # no query


async def test_form_and_text_posts_are_refused_against_csrf(http, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    form = await http.post("/graphql", data={"query": "mutation { logout { errors { code } } }"},
                           headers=_auth(tenant.owner_token))
    assert form.status_code == 415
    assert form.json()["errors"][0]["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    text = await http.post("/graphql", content=orjson.dumps({"query": ME}), headers={"content-type": "text/plain"})
    assert text.status_code == 415
    multipart = await http.post("/graphql", files={"operations": (None, orjson.dumps({"query": ME}))})
    assert multipart.status_code == 415
    assert (await gql.ok(ME, token=tenant.owner_token))["me"]["email"] == tenant.owner_email  # the session still works


async def test_automatic_persisted_queries(http, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    document = f"query Persisted{uuid.uuid4().hex} {{ me {{ email }} }}"
    sha = hashlib.sha256(document.encode()).hexdigest()
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha}}
    miss = await http.post("/graphql", json={"extensions": extensions}, headers=_auth(tenant.owner_token))
    assert miss.status_code == 200
    assert miss.json()["errors"][0] == {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    strict = await http.post("/graphql", json={"extensions": extensions}, headers={"Accept": GRAPHQL_RESPONSE})
    assert strict.status_code == 400 and "data" not in strict.json()
    wrong = await http.post("/graphql", json={"query": "{ me { name } }", "extensions": extensions})
    assert wrong.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    registered = await http.post("/graphql", json={"query": document, "extensions": extensions},
                                 headers=_auth(tenant.owner_token))
    assert registered.json() == {"data": {"me": {"email": tenant.owner_email}}}
    by_hash = await http.get("/graphql", params={"extensions": orjson.dumps(extensions).decode()},
                             headers=_auth(tenant.owner_token))
    assert by_hash.status_code == 200 and by_hash.json() == {"data": {"me": {"email": tenant.owner_email}}}
    bad_version = await http.post("/graphql", json={"extensions": {"persistedQuery": {"version": 2, "sha256Hash": sha}}})
    assert bad_version.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"
    # A persisted mutation still needs POST.
    mutation = f"mutation M{uuid.uuid4().hex} {{ logout {{ errors {{ code }} }} }}"
    m_ext = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(mutation.encode()).hexdigest()}}
    await http.post("/graphql", json={"query": mutation, "extensions": m_ext})
    refused = await http.get("/graphql", params={"extensions": orjson.dumps(m_ext).decode()})
    assert refused.status_code == 405


async def test_idempotency_key_replays_the_first_response_and_creates_once(http, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    body = {"query": CREATE, "variables": {"input": {
        "accountId": tenant.gid, "url": "http://127.0.0.1:9/idem", "events": ["user.invited"]}}}
    headers = {**_auth(tenant.owner_token), "Idempotency-Key": f"key-{uuid.uuid4()}"}
    first = await http.post("/graphql", json=body, headers=headers)
    again = await http.post("/graphql", json=body, headers=headers)
    assert first.status_code == again.status_code == 200
    # The same webhook, without its once-shown secret (issue 15 §4: secrets are never replayed).
    assert again.json()["data"]["createWebhook"]["webhook"] == first.json()["data"]["createWebhook"]["webhook"]
    assert first.json()["data"]["createWebhook"]["secret"] and again.json()["data"]["createWebhook"]["secret"] is None
    assert again.headers["idempotent-replayed"] == "true" and again.headers["idempotent-redacted"] == "true"
    assert await WebhookEndpoint.filter(account_id=tenant.account_id).count() == 1
    # The same key with another body: a conflict, nothing created.
    changed = {**body, "variables": {"input": {**body["variables"]["input"], "url": "http://127.0.0.1:9/other"}}}
    conflict = await http.post("/graphql", json=changed, headers=headers)
    assert conflict.status_code == 409
    assert conflict.json()["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await WebhookEndpoint.filter(account_id=tenant.account_id).count() == 1
    # Keys are scoped per principal: another admin's identical key is a new request.
    email, _ = await add_member(gql, tenant, "admin")
    from ..support.factories import LOGIN, PASSWORD

    other_token = (await gql.mutate(LOGIN, {"email": email, "password": PASSWORD}))["token"]
    other = await http.post("/graphql", json=body, headers={**headers, **_auth(other_token)})
    assert other.json()["data"]["createWebhook"]["webhook"]["id"] != first.json()["data"]["createWebhook"]["webhook"]["id"]
    assert await WebhookEndpoint.filter(account_id=tenant.account_id).count() == 2
    # Without a key, every request runs.
    plain = await http.post("/graphql", json=body, headers=_auth(tenant.owner_token))
    assert plain.json()["data"]["createWebhook"]["secret"] != first.json()["data"]["createWebhook"]["secret"]
    too_long = await http.post("/graphql", json=body, headers={**_auth(tenant.owner_token), "Idempotency-Key": "x" * 300})
    assert too_long.status_code == 400


async def test_concurrent_retries_with_one_key_create_once(http, gql, runtime):
    import asyncio

    tenant = await make_tenant(gql, runtime)
    body = {"query": CREATE, "variables": {"input": {
        "accountId": tenant.gid, "url": "http://127.0.0.1:9/race", "events": ["role.updated"]}}}
    headers = {**_auth(tenant.owner_token), "Idempotency-Key": f"race-{uuid.uuid4()}"}
    responses = await asyncio.gather(*[http.post("/graphql", json=body, headers=headers) for _ in range(5)])
    statuses = sorted(r.status_code for r in responses)
    assert set(statuses) <= {200, 409} and 200 in statuses
    for response in responses:
        if response.status_code == 409:
            assert response.json()["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_KEY_IN_PROGRESS"
            assert response.headers["retry-after"] == "1"
    assert await WebhookEndpoint.filter(account_id=tenant.account_id).count() == 1


async def test_stored_responses_do_not_hold_secrets_in_clear(http, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    key = f"secret-{uuid.uuid4()}"
    body = {"query": CREATE, "variables": {"input": {
        "accountId": tenant.gid, "url": "http://127.0.0.1:9/s", "events": ["role.updated"]}}}
    first = await http.post("/graphql", json=body, headers={**_auth(tenant.owner_token), "Idempotency-Key": key})
    secret = first.json()["data"]["createWebhook"]["secret"]
    redis = runtime.redis.pool
    stored = [await redis.get(k) async for k in redis.scan_iter(match=f"{runtime.settings.redis_prefix}:idem:*")]
    assert stored and not any(secret.encode() in value for value in stored)


async def test_secrets_replayed_by_idempotency_are_withheld_and_stale_rights_refused(http, gql, runtime):
    """Issue 15 §4: a createApiToken sent with an Idempotency-Key stored its secret and replayed it
    for 24 h, even after the token was deleted or the caller lost the right."""
    tenant = await make_tenant(gql, runtime)
    query = """mutation($i: CreateApiTokenInput!) { tokenAlias: createApiToken(input: $i) {
      apiToken { id name } secret errors { code } } }"""
    from gqlaccess.graphql.ids import encode_id
    from gqlaccess.services.roles.roles import predefined_role_id

    body = {"query": query, "variables": {"i": {
        "accountId": tenant.gid, "name": f"ci-{uuid.uuid4().hex[:6]}", "kind": "API", "roleId": encode_id("Role", predefined_role_id("qa"))}}}
    email, token = await add_member(gql, tenant, "admin")
    headers = {**_auth(token), "Idempotency-Key": f"tok-{uuid.uuid4()}"}
    first = await http.post("/graphql", json=body, headers=headers)
    payload = first.json()["data"]["tokenAlias"]
    assert payload["errors"] == [] and payload["secret"].startswith("gqt_")
    redis = runtime.redis.pool
    stored = [await redis.get(k) async for k in redis.scan_iter(match=f"{runtime.settings.redis_prefix}:idem:*")]
    assert stored and not any(payload["secret"].encode() in value for value in stored)
    replay = await http.post("/graphql", json=body, headers=headers)
    assert replay.json()["data"]["tokenAlias"] == {**payload, "secret": None}  # the object, not its secret
    assert replay.headers["idempotent-redacted"] == "true"
    # The caller loses the right (demoted to QA): the stored answer is not served any more.
    from gqlaccess.models import Membership, User

    user = await User.get(email=email)
    await Membership.filter(account_id=tenant.account_id, user_id=user.id).update(role_id=predefined_role_id("qa"))
    refused = await http.post("/graphql", json=body, headers=headers)
    assert refused.status_code == 409
    assert refused.json()["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_RIGHTS_CHANGED"
