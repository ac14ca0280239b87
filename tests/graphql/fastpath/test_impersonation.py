"""A view-as-client token sees what the client sees, whatever the path.

Found by the authorization matrix (`Query.me[memberships]`): the compiled path answered
`me { memberships }` for a view-as-client token with the impersonating Admin's memberships, where
the normal executor (types/user.py) answers an empty list. Read-only tokens now always take the
normal executor (which audits their use) and share its membership rule (policy/visibility.py).
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from ...support.factories import make_tenant
from .test_differential import _post, _view, both_paths

CREATE_CLIENT = """mutation($input: CreateClientInput!) {
  createClient(input: $input) { client { id } errors { field code message } }
}"""
IMPERSONATE = """mutation($input: ImpersonateClientInput!) {
  impersonateClient(input: $input) { token errors { field code message } }
}"""


async def test_view_as_client_token_sees_no_memberships(app, http, gql, runtime) -> None:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE_CLIENT, {"input": {
        "accountId": tenant.gid, "firstName": "Cli", "lastName": "Ent",
        "email": f"client-{uuid.uuid4().hex[:10]}@example.com",
    }}, token=tenant.owner_token)
    token = (await gql.mutate(
        IMPERSONATE, {"input": {"clientId": created["client"]["id"]}}, token=tenant.owner_token
    ))["token"]
    query = "{ me { id memberships { id status role { name } account { id name } } } }"

    fast = _view(app).fastpath
    served = fast.served
    answer = await _post(http, query, {}, token)

    body: dict[str, Any] = orjson.loads(answer)
    assert body["data"]["me"]["memberships"] == [], body
    assert fast.served == served, "a view-as-client token must not take the compiled path"
    # The owner's own session still lists the membership (the rule is about the token, not the user).
    own, _ = await both_paths(app, http, query, {}, tenant.owner_token)
    assert len(orjson.loads(own)["data"]["me"]["memberships"]) == 1
