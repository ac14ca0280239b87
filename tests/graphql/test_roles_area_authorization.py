"""Every root field of the roles / API tokens / resources / checkAccess area, walked through
anonymous, another tenant's admin, a member lacking the capability and one holding it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.graphql.schema import Mutation, Query
from gqlaccess.models import ApiToken, Resource, Role
from gqlaccess.models.enums import RoleKind

from ..support.access import member, role_gid
from ..support.factories import make_tenant


@dataclass
class Case:
    document: str
    without: str | None  # a predefined role lacking what the field needs (None: any member may)
    holder: str  # a predefined role holding it


CASES: dict[str, Case] = {
    "roles": Case("query($a: ID!) { roles(accountId: $a) { id } }", "marketing", "team_lead"),
    "apiTokens": Case("query($a: ID!) { apiTokens(accountId: $a) { id } }", "team_lead", "admin"),
    "resources": Case("query($a: ID!) { resources(accountId: $a) { id } }", "finance", "qa"),
    "checkAccess": Case("query($a: ID!, $u: ID) { checkAccess(accountId: $a, capability: USERS, userId: $u) "
                        "{ allowed } }", "marketing", "marketing_manager"),
    "createCustomRole": Case(
        'mutation($a: ID!, $tpl: ID!) { createCustomRole(input: {accountId: $a, name: "", templateRoleId: $tpl}) '
        "{ errors { code } } }", "team_lead", "security"),
    "updateCustomRole": Case(
        "mutation($role: ID!) { updateCustomRole(input: {roleId: $role, capabilities: []}) { errors { code } } }",
        "team_lead", "security"),
    "deleteCustomRole": Case(
        "mutation($role: ID!) { deleteCustomRole(input: {roleId: $role}) { errors { code } } }",
        "team_lead", "security"),
    "createApiToken": Case(
        'mutation($a: ID!, $tpl: ID!) { createApiToken(input: {accountId: $a, name: "", kind: API, roleId: $tpl}) '
        "{ errors { code } } }", "security", "admin"),
    "renameApiToken": Case(
        'mutation($tok: ID!) { renameApiToken(input: {apiTokenId: $tok, name: "Renamed"}) { errors { code } } }',
        "security", "admin"),
    "deleteApiToken": Case(
        "mutation($tok: ID!) { deleteApiToken(input: {apiTokenId: $tok}) { errors { code } } }",
        "security", "admin"),
    "createResource": Case(
        'mutation($a: ID!) { createResource(input: {accountId: $a, kind: APP, name: ""}) { errors { code } } }',
        "marketing", "marketing_manager"),
    "deleteResource": Case(
        "mutation($res: ID!) { deleteResource(input: {resourceId: $res}) { errors { code } } }",
        "marketing", "marketing_manager"),
}


def test_every_field_of_the_area_is_in_the_schema():
    names = {f.python_name for f in Query.__strawberry_definition__.fields}
    names |= {f.python_name for f in Mutation.__strawberry_definition__.fields}
    camel = {n.split("_")[0] + "".join(p.title() for p in n.split("_")[1:]) for n in names}
    assert set(CASES) <= camel


@pytest.mark.parametrize("field", sorted(CASES))
async def test_field_authorization(gql, runtime, field):
    case = CASES[field]
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    role = await Role.create(account_id=tenant.account_id, name="R", kind=RoleKind.CUSTOM, template_key="qa",
                             capabilities={})
    resource = await Resource.create(account_id=tenant.account_id, kind="APP", name="App")
    token = await ApiToken.create(account_id=tenant.account_id, role_id=role.id, kind="API", name="T",
                                  token_hash=uuid.uuid4().hex * 2, prefix="gqt_xxxxxx")
    target_gid, _ = await member(gql, tenant, role_key="qa")
    variables: dict[str, Any] = {
        "a": tenant.gid, "tpl": role_gid("qa"), "role": encode_id("Role", role.id),
        "tok": encode_id("ApiToken", token.id), "res": encode_id("Resource", resource.id), "u": target_gid,
    }
    used = {k: v for k, v in variables.items() if f"${k}" in case.document}

    assert await gql.error_code(case.document, used) == "UNAUTHENTICATED"
    assert await gql.error_code(case.document, used, token=other.owner_token) == "NOT_FOUND"
    if case.without is not None:
        _, lacking = await member(gql, tenant, role_key=case.without)
        assert await gql.error_code(case.document, used, token=lacking) == "FORBIDDEN"
    _, holding = await member(gql, tenant, role_key=case.holder)
    await gql.ok(case.document, used, token=holding)
