"""checkAccesses on the compiled path answers byte for byte what graphql-core answers."""

from __future__ import annotations

from typing import Any

from gqlaccess.models import Resource

from ...support.access import member
from ...support.factories import make_tenant
from ...support.hosting import gid
from .test_differential import both_paths

QUERY = "query($checks: [AccessCheckInput!]!) { checkAccesses(checks: $checks) { allowed r: reason __typename } }"


async def test_check_accesses_compiled_like_graphql_core(app: Any, http: Any, gql: Any, runtime: Any) -> None:
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    app_row = await Resource.create(account_id=tenant.account_id, kind="APP", name="App")
    subject, token = await member(gql, tenant, role_key="marketing", geos=["FR"], app_ids=[str(app_row.id)])
    checks = [
        {"accountId": tenant.gid, "capability": "CLIENTS", "level": "MANAGE"},
        {"accountId": tenant.gid, "capability": "EXPORTS"},
        {"accountId": tenant.gid, "capability": "RESOURCES", "geo": "de", "mediaSource": "x"},
        {"accountId": tenant.gid, "capability": "RESOURCES", "appId": gid("Resource", app_row.id)},
        {"accountId": tenant.gid, "capability": "RESOURCES", "appId": gid("Resource", other.account_id)},
        {"accountId": other.gid, "capability": "CLIENTS"},
        {"accountId": "nope", "capability": "CLIENTS"},
        {"accountId": tenant.gid, "capability": "CLIENTS", "userId": subject},
    ]
    for caller in (token, tenant.owner_token, other.owner_token):
        compiled, reference = await both_paths(app, http, QUERY, {"checks": checks}, caller)
        assert compiled == reference
    # Errors too: a bad geo fails the whole call, on both paths alike.
    bad = [*checks, {"accountId": tenant.gid, "capability": "CLIENTS", "geo": "ZZ"}]
    compiled, reference = await both_paths(app, http, QUERY, {"checks": bad}, token)
    assert compiled == reference and b"BAD_USER_INPUT" in compiled
