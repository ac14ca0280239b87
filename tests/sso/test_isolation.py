"""Tenant isolation of SSO settings: another account's connection reads exactly like a missing one."""

from __future__ import annotations

from gqlaccess.models import SsoConnection

from ..support.factories import add_member, make_tenant
from .conftest import CLIENT_A
from .flow import CONFIGURE, DISABLE, TEST_SSO, sso_tenant

CONNECTION = "query($id: ID!) { ssoConnection(accountId: $id) { issuer } }"
MISSING_ACCOUNT = "QWNjb3VudDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA"  # Account:0000...


async def test_sso_settings_of_another_account_are_not_found(gql, runtime, sso_settings, dns_server, oidc_provider):
    tenant, _ = await sso_tenant(gql, runtime, dns_server, issuer=oidc_provider.issuer, client=CLIENT_A)
    other = await make_tenant(gql, runtime)
    _, other_member = await add_member(gql, other, "team_lead")
    calls = [
        (CONNECTION, {"id": tenant.gid}),
        (TEST_SSO, {"accountId": tenant.gid}),
        (DISABLE, {"accountId": tenant.gid}),
        (CONFIGURE, {"input": {"accountId": tenant.gid, "issuer": oidc_provider.issuer, "clientId": "x",
                               "clientSecret": "y", "requireSso": True}}),
    ]
    for token in (other.owner_token, other_member):
        for document, variables in calls:
            for account in (variables, _with_account(variables, MISSING_ACCOUNT)):
                body = await gql.execute(document, account, token=token)
                assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND", body
    row = await SsoConnection.get(account_id=tenant.account_id)
    assert row.enabled and row.client_id == CLIENT_A["client_id"] and not row.require_sso
    # The other account's own (absent) connection: null, and its Admin cannot see the first's.
    assert (await gql.ok(CONNECTION, {"id": other.gid}, token=other.owner_token))["ssoConnection"] is None


def _with_account(variables, account_id):  # type: ignore[no-untyped-def]
    if "input" in variables:
        return {"input": {**variables["input"], "accountId": account_id}}
    return {k: account_id for k in variables}
