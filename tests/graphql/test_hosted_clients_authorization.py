"""Every root field of the hosted-accounts / clients area, walked through anonymous, another
tenant's admin, a member lacking the capability and one holding it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.graphql.schema import Mutation, Query
from gqlaccess.models import Account, Client, ClientUser, Resource, User
from gqlaccess.models.enums import AccountStatus

from ..support.access import member
from ..support.factories import make_tenant


@dataclass
class Case:
    document: str
    without: str | None  # a predefined role lacking what the field needs (None: every role has it)
    holder: str


M = "marketing"  # clients: MANAGE
CASES: dict[str, Case] = {
    "clients": Case("query($a: ID!) { clients(accountId: $a) { totalCount } }", None, "qa"),
    "clientUsers": Case("query($c: ID!) { clientUsers(clientId: $c) { id } }", None, "qa"),
    "hostedAccounts": Case("query($a: ID!) { hostedAccounts(hostAccountId: $a) { id } }", "marketing",
                           "marketing_manager"),
    "createHostedAccount": Case('mutation($a: ID!) { createHostedAccount(input: {hostAccountId: $a, name: "", '
                                "managed: true}) { errors { code } } }", "marketing_manager", "team_lead"),
    "renameAccount": Case('mutation($h: ID!) { renameAccount(input: {accountId: $h, name: ""}) { errors { code } } }',
                          "marketing_manager", "team_lead"),
    "deactivateAccount": Case("mutation($hs: ID!) { deactivateAccount(input: {accountId: $hs}) { errors { code } } }",
                              "marketing_manager", "team_lead"),
    "reactivateAccount": Case("mutation($h: ID!) { reactivateAccount(input: {accountId: $h}) { errors { code } } }",
                              "marketing_manager", "team_lead"),
    "resendAccountSetup": Case('mutation($hu: ID!) { resendAccountSetup(input: {accountId: $hu, adminEmail: "x"}) '
                               "{ errors { code } } }", "marketing_manager", "team_lead"),
    "deleteAccount": Case('mutation($h: ID!) { deleteAccount(input: {accountId: $h, confirmation: "no"}) '
                          "{ errors { code } } }", "marketing_manager", "team_lead"),
    "createClient": Case('mutation($a: ID!) { createClient(input: {accountId: $a, firstName: "", lastName: "", '
                         'email: ""}) { errors { code } } }', "qa", M),
    "updateClient": Case('mutation($c: ID!) { updateClient(input: {clientId: $c, phone1: "x"}) { errors { code } } }',
                         "qa", M),
    "deleteClient": Case("mutation($c: ID!) { deleteClient(input: {clientId: $c}) { errors { code } } }", "qa", M),
    "suspendClient": Case("mutation($c: ID!) { suspendClient(input: {clientId: $c}) { errors { code } } }", "qa", M),
    "reactivateClient": Case("mutation($c: ID!) { reactivateClient(input: {clientId: $c}) { errors { code } } }",
                             "qa", M),
    "assignResource": Case("mutation($c: ID!, $r: ID!) { assignResource(input: {clientId: $c, resourceId: $r}) "
                           "{ errors { code } } }", "qa", M),
    "unassignResource": Case("mutation($c: ID!, $r: ID!) { unassignResource(input: {clientId: $c, resourceId: $r}) "
                             "{ errors { code } } }", "qa", M),
    "generateClientSetupUrl": Case("mutation($c: ID!) { generateClientSetupUrl(input: {clientId: $c}) "
                                   "{ errors { code } } }", "qa", M),
    "previewClientInvitation": Case("mutation($c: ID!) { previewClientInvitation(input: {clientId: $c}) "
                                    "{ errors { code } } }", "qa", M),
    "sendClientInvitation": Case("mutation($c: ID!) { sendClientInvitation(input: {clientId: $c}) "
                                 "{ errors { code } } }", "qa", M),
    "impersonateClient": Case("mutation($c: ID!) { impersonateClient(input: {clientId: $c}) { errors { code } } }",
                              None, "qa"),
    "addClientUser": Case('mutation($c: ID!) { addClientUser(input: {clientId: $c, email: "x"}) { errors { code } } }',
                          "qa", M),
    "updateClientUser": Case('mutation($cu: ID!) { updateClientUser(input: {clientUserId: $cu, email: "x"}) '
                             "{ errors { code } } }", "qa", M),
    "deactivateClientUser": Case("mutation($cu: ID!) { deactivateClientUser(input: {clientUserId: $cu}) "
                                 "{ errors { code } } }", "qa", M),
    "reactivateClientUser": Case("mutation($cu: ID!) { reactivateClientUser(input: {clientUserId: $cu}) "
                                 "{ errors { code } } }", "qa", M),
    "resendClientUserInvitation": Case("mutation($cu: ID!) { resendClientUserInvitation(input: {clientUserId: $cu}) "
                                       "{ errors { code } } }", "qa", M),
}
# Not account-scoped: `clientPortal` (the caller's own view) and `accountDeletion` (its requester);
# both are covered in their own tests.
SELF_FIELDS = {"clientPortal", "accountDeletion"}


def test_every_field_of_the_area_is_classified():
    names = {f.python_name for f in Query.__strawberry_definition__.fields}
    names |= {f.python_name for f in Mutation.__strawberry_definition__.fields}
    camel = {n.split("_")[0] + "".join(p.title() for p in n.split("_")[1:]) for n in names}
    assert set(CASES) | SELF_FIELDS <= camel


@pytest.mark.parametrize("field", sorted(CASES))
async def test_field_authorization(gql, runtime, field):
    case = CASES[field]
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    suffix = uuid.uuid4().hex[:8]
    managed = await Account.create(name="Managed", host_id=tenant.account_id, managed=True)
    suspended = await Account.create(name="Managed 2", host_id=tenant.account_id, managed=True)
    unmanaged = await Account.create(name="Unmanaged", host_id=tenant.account_id, managed=False,
                                     status=AccountStatus.SETUP_IN_PROGRESS)
    client = await Client.create(account_id=tenant.account_id, display_name="C", first_name="A", last_name="B",
                                 email=f"c-{suffix}@example.com")
    user = await User.create(email=f"cu-{suffix}@example.com", name="CU")
    client_user = await ClientUser.create(client_id=client.id, user_id=user.id)
    resource = await Resource.create(account_id=tenant.account_id, kind="SITE", name="Site")
    variables: dict[str, Any] = {
        "a": tenant.gid, "h": encode_id("Account", managed.id), "hs": encode_id("Account", suspended.id),
        "hu": encode_id("Account", unmanaged.id), "c": encode_id("Client", client.id),
        "cu": encode_id("ClientUser", client_user.id), "r": encode_id("Resource", resource.id),
    }
    used = {k: v for k, v in variables.items() if f"${k}" in case.document}

    assert await gql.error_code(case.document, used) == "UNAUTHENTICATED"
    assert await gql.error_code(case.document, used, token=other.owner_token) == "NOT_FOUND"
    if case.without is not None:
        _, lacking = await member(gql, tenant, role_key=case.without)
        assert await gql.error_code(case.document, used, token=lacking) == "FORBIDDEN"
    _, holding = await member(gql, tenant, role_key=case.holder)
    await gql.ok(case.document, used, token=holding)
