"""The authorization matrix: every root Query and Mutation field, classified.

A field's `Rule` says what it needs (`need`, and for CAPABILITY the capability and level checked on
the target account T) and how to call it (`args`: variables for the field's arguments, built per
call so a destructive mutation always gets a fresh object). `expected(rule, principal)` derives the
outcome for each principal of `world.PRINCIPALS`; `overrides` records deliberate exceptions.

Outcomes:
  OK               no error; payload `errors` empty; the target is revealed (`reveals`)
  ALLOWED          past authorization: no top-level error (payload errors allowed)
  HIDDEN           no error, but the target is absent (null, or not in the list)
  UNAUTHENTICATED / FORBIDDEN / NOT_FOUND   top-level error with that extensions.code

A key is "Type.field", or "Type.field[variant]" for a second way of calling the same field
(another argument that changes what is checked). A field of the live schema missing here fails tests/authz/test_matrix.py. To classify a new
field, see docs/ARCHITECTURE.md ("Classifying a new root field").
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models.enums import InvitationKind
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level

from .world import (
    ANONYMOUS,
    API_TOKEN,
    API_TOKEN_ROLE,
    CLIENT_USER,
    HOST_ADMIN,
    IMPERSONATION,
    MEMBER_WITH,
    MEMBER_WITHOUT,
    OPERATOR,
    OTHER_ADMIN,
    PASSWORD,
    World,
)


class Need(StrEnum):
    PUBLIC = "PUBLIC"  # anyone, no token needed
    VIEWER = "VIEWER"  # anyone; answers null for callers that are not a person (`me`)
    AUTHENTICATED = "AUTHENTICATED"  # any valid bearer token
    MEMBER = "MEMBER"  # any access to T, whatever the capability
    SESSION = "SESSION"  # a person's session (not an API token, not a view-as-client token)
    SESSION_OR_IMPERSONATION = "SESSION_OR_IMPERSONATION"
    OPERATOR = "OPERATOR"  # platform operators only
    CAPABILITY = "CAPABILITY"  # `capability` >= `level` in T


Args = Callable[[World, str], Awaitable[dict[str, Any]]]


async def no_args(world: World, principal: str) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Rule:
    need: Need
    capability: Capability | None = None
    level: Level = Level.VIEW
    args: Args = no_args
    success: str = "OK"  # what a principal who may call it gets: OK or ALLOWED
    hidden: str = "NOT_FOUND"  # how T looks to principals who cannot reach it: NOT_FOUND or HIDDEN
    reveals: Callable[[Any, World], bool] | None = None  # default: the field's value is not null
    overrides: dict[str, str] = field(default_factory=dict)
    note: str = ""


OUTSIDERS = (OTHER_ADMIN, HOST_ADMIN, CLIENT_USER)


def expected(rule: Rule, principal: str) -> str:
    if principal in rule.overrides:
        return rule.overrides[principal]
    need, ok = rule.need, rule.success
    if need == Need.PUBLIC:
        return ok
    if need == Need.VIEWER:
        return "HIDDEN" if principal in (ANONYMOUS, API_TOKEN) else ok
    if principal == ANONYMOUS:
        return "UNAUTHENTICATED"
    if need == Need.AUTHENTICATED:
        return ok
    if need in (Need.SESSION, Need.SESSION_OR_IMPERSONATION):
        if principal == API_TOKEN:
            return "FORBIDDEN"
        if principal == IMPERSONATION and need == Need.SESSION:
            return "FORBIDDEN"
        return ok
    if need == Need.OPERATOR:
        return ok if principal == OPERATOR else "FORBIDDEN"
    if need == Need.MEMBER:
        return rule.hidden if principal in (*OUTSIDERS, IMPERSONATION) else ok
    assert need == Need.CAPABILITY and rule.capability is not None, rule
    if principal in OUTSIDERS:
        return rule.hidden
    if principal == IMPERSONATION:
        # View-as-client tokens are read-only and reach no account as a member.
        return "FORBIDDEN" if rule.level == Level.MANAGE else rule.hidden
    if principal == MEMBER_WITHOUT:
        return "FORBIDDEN"
    if principal == API_TOKEN:
        return ok if PREDEFINED_ROLES[API_TOKEN_ROLE][rule.capability].covers(rule.level) else "FORBIDDEN"
    return ok  # MEMBER_WITH, OPERATOR


# ---- argument builders ------------------------------------------------------------------------


def _fresh_email(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:12]}@example.com"


async def _target_id(world: World, principal: str) -> dict[str, Any]:
    return {"id": world.target_gid}


async def _target_ids(world: World, principal: str) -> dict[str, Any]:
    return {"ids": [world.target_gid]}


async def _check_access(world: World, principal: str) -> dict[str, Any]:
    return {"accountId": world.target_gid, "capability": "USERS"}


async def _check_access_of_other(world: World, principal: str) -> dict[str, Any]:
    other = await world.member("contributor")
    return {"accountId": world.target_gid, "capability": "USERS", "userId": encode_id("User", other.id)}


async def _invitation_preview(world: World, principal: str) -> dict[str, Any]:
    return {"token": await world.invitation_token()}


async def _login(world: World, principal: str) -> dict[str, Any]:
    user = await world.login_user()
    return {"input": {"email": user.email, "password": PASSWORD}}


async def _request_reset(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"email": _fresh_email("nobody")}}


async def _reset_password(world: World, principal: str) -> dict[str, Any]:
    token = await world.invitation_token(InvitationKind.PASSWORD_RESET)
    return {"input": {"token": token, "password": "Another-Strong-Passphrase-77"}}


async def _accept_invitation(world: World, principal: str) -> dict[str, Any]:
    token = await world.invitation_token()
    return {"input": {"token": token, "password": "Another-Strong-Passphrase-77",
                      "acceptTerms": True, "acceptPrivacy": True}}


async def _totp_code(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"code": "000000"}}


async def _create_account(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"name": f"Matrix {uuid.uuid4().hex[:6]}", "ownerEmail": _fresh_email("owner")}}


def _lists_target(value: Any, world: World) -> bool:
    return any(a and a["id"] == world.target_gid for a in value or [])


def _any_node(value: Any, world: World) -> bool:
    return any(v is not None for v in value or [])


async def _export_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid}}


async def _export_job(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import ExportJob
    from gqlaccess.models.enums import ExportKind

    job = await ExportJob.create(
        account_id=world.target.id, requested_by_id=(await world.member("admin")).id, kind=ExportKind.CLIENTS
    )
    return {"id": encode_id("ExportJob", job.id)}


# ---- the classification -----------------------------------------------------------------------

FIELDS: dict[str, Rule] = {
    # Query
    "Query.me": Rule(Need.VIEWER, note="null for anonymous callers and API tokens"),
    "Query.node": Rule(Need.MEMBER, args=_target_id, hidden="HIDDEN", note="out of reach reads as null"),
    "Query.nodes": Rule(Need.MEMBER, args=_target_ids, hidden="HIDDEN", reveals=_any_node),
    "Query.accounts": Rule(
        Need.MEMBER, hidden="HIDDEN", reveals=_lists_target,
        overrides={OPERATOR: "HIDDEN"}, note="lists memberships and managed hosted accounts only",
    ),
    "Query.account": Rule(Need.MEMBER, args=_target_id),
    "Query.capabilities": Rule(Need.PUBLIC, note="the static catalogue"),
    "Query.checkAccess": Rule(Need.MEMBER, args=_check_access),
    "Query.checkAccess[userId]": Rule(
        Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_check_access_of_other,
        note="asking about another member needs users:VIEW",
    ),
    "Query.invitation": Rule(Need.PUBLIC, args=_invitation_preview, note="the link is the credential"),
    # Mutation: authentication
    "Mutation.login": Rule(Need.PUBLIC, args=_login),
    "Mutation.logout": Rule(Need.SESSION_OR_IMPERSONATION),
    "Mutation.requestPasswordReset": Rule(Need.PUBLIC, args=_request_reset),
    "Mutation.resetPassword": Rule(Need.PUBLIC, args=_reset_password),
    "Mutation.acceptInvitation": Rule(Need.PUBLIC, args=_accept_invitation),
    "Mutation.enrollTotp": Rule(Need.SESSION),
    "Mutation.confirmTotp": Rule(Need.SESSION, args=_totp_code, success="ALLOWED"),
    "Mutation.disableTotp": Rule(Need.SESSION, args=_totp_code, success="ALLOWED"),
    # Mutation: accounts
    "Mutation.createAccount": Rule(Need.OPERATOR, args=_create_account),
    # exports (issue 6)
    "Mutation.exportClients": Rule(
        Need.CAPABILITY, Capability.EXPORTS, Level.MANAGE, args=_export_input,
        note="also clients:VIEW (every role with exports:MANAGE has it) and a person's session",
    ),
    "Mutation.exportUsers": Rule(
        Need.CAPABILITY, Capability.EXPORTS, Level.MANAGE, args=_export_input,
        overrides={MEMBER_WITH: "FORBIDDEN"}, note="Admins only (seed 003): exports:MANAGE is not enough",
    ),
    "Query.exportJob": Rule(
        Need.CAPABILITY, Capability.EXPORTS, Level.VIEW, args=_export_job,
        overrides={MEMBER_WITH: "FORBIDDEN"}, note="the requester (an Admin here) or an Admin of T",
    ),
}


# ---- hosted accounts and clients (issue 5) ---------------------------------------------------
# T is an unmanaged hosted account of H: host members reach nothing inside it (NOT_FOUND), but the
# host keeps the hosting relationship (finish setup, delete) — see policy/hosting.py.

async def _fresh_client(world: World) -> Any:
    from gqlaccess.models import Client, ClientUser

    from .world import fresh_user

    client = await Client.create(account_id=world.target.id, display_name="Matrix client", first_name="Mat",
                                 last_name="Rix", email=_fresh_email("client"))
    contact = await fresh_user("contact", activated=False)
    await ClientUser.create(client_id=client.id, user_id=contact.id, is_contact=True)
    return client


async def _fresh_client_user(world: World, status: str) -> Any:
    from gqlaccess.models import ClientUser

    from .world import fresh_user

    user = await fresh_user("client-login", activated=status != "PENDING")
    return await ClientUser.create(client_id=world.client.id, user_id=user.id, status=status)


def _client_gid(world: World) -> str:
    return encode_id("Client", world.client.id)


async def _client_arg(world: World, principal: str) -> dict[str, Any]:
    return {"clientId": _client_gid(world)}


async def _client_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"clientId": _client_gid(world)}}


async def _fresh_client_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"clientId": encode_id("Client", (await _fresh_client(world)).id)}}


async def _delete_client(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"clientId": encode_id("Client", (await _fresh_client(world)).id), "confirm": True}}


async def _create_client(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "firstName": "Mat", "lastName": "Rix",
                      "email": _fresh_email("client")}}


async def _update_client(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"clientId": _client_gid(world), "notes": "matrix"}}


async def _resource_input(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import Resource

    resource = await Resource.create(account_id=world.target.id, kind="SITE", name=f"site-{uuid.uuid4().hex[:8]}")
    return {"input": {"clientId": _client_gid(world), "resourceId": encode_id("Resource", resource.id)}}


async def _add_client_user(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"clientId": _client_gid(world), "email": _fresh_email("client-user")}}


async def _pending_client_user(world: World, principal: str) -> dict[str, Any]:
    row = await _fresh_client_user(world, "PENDING")
    return {"input": {"clientUserId": encode_id("ClientUser", row.id)}}


async def _pending_client_user_email(world: World, principal: str) -> dict[str, Any]:
    row = await _fresh_client_user(world, "PENDING")
    return {"input": {"clientUserId": encode_id("ClientUser", row.id), "email": _fresh_email("renamed")}}


async def _active_client_user(world: World, principal: str) -> dict[str, Any]:
    row = await _fresh_client_user(world, "ACTIVE")
    return {"input": {"clientUserId": encode_id("ClientUser", row.id)}}


async def _account_arg(world: World) -> dict[str, Any]:
    return {"accountId": world.target_gid}


async def _target_id_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid}}


async def _hosted_of_target(world: World, principal: str) -> dict[str, Any]:
    return {"hostAccountId": world.target_gid}


async def _create_hosted(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"hostAccountId": world.target_gid, "name": f"Hosted {uuid.uuid4().hex[:6]}", "managed": True}}


async def _rename_target(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "name": world.target.name}}


async def _target_or_fresh_for_operator(world: World, principal: str) -> dict[str, Any]:
    """Operators really deactivate: give them an account of their own, T stays active."""
    from gqlaccess.models import Account

    if principal == OPERATOR:
        account = await Account.create(name=f"Matrix {uuid.uuid4().hex[:6]}", host_id=world.host.id, managed=False)
        return {"input": {"accountId": encode_id("Account", account.id)}}
    return {"input": {"accountId": world.target_gid}}


async def _delete_target_unconfirmed(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "confirmation": "not the account's name"}}


async def _account_deletion(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import AccountDeletion

    deletion = await AccountDeletion.create(account_id=uuid.uuid4(), account_name="Gone", status="SUCCEEDED")
    return {"id": encode_id("AccountDeletion", deletion.id)}


_OUT_OF_SIGHT = {OTHER_ADMIN: "NOT_FOUND", HOST_ADMIN: "NOT_FOUND", CLIENT_USER: "NOT_FOUND"}
_C = Capability.CLIENTS
FIELDS.update({
    "Query.clients": Rule(Need.CAPABILITY, _C, Level.VIEW, args=lambda w, p: _account_arg(w)),
    "Query.clientUsers": Rule(Need.CAPABILITY, _C, Level.VIEW, args=_client_arg),
    "Query.clientPortal": Rule(Need.AUTHENTICATED, note="the caller's own client view; empty for members"),
    "Query.hostedAccounts": Rule(Need.CAPABILITY, Capability.HOSTED_ACCOUNTS, Level.VIEW, args=_hosted_of_target),
    "Query.accountDeletion": Rule(
        Need.OPERATOR, args=_account_deletion,
        overrides={p: "NOT_FOUND" for p in (MEMBER_WITHOUT, MEMBER_WITH, OTHER_ADMIN, HOST_ADMIN, CLIENT_USER,
                                            IMPERSONATION, API_TOKEN)},
        note="visible to whoever asked for the deletion (nobody here) and operators",
    ),
    "Mutation.createHostedAccount": Rule(Need.CAPABILITY, Capability.HOSTED_ACCOUNTS, Level.MANAGE,
                                         args=_create_hosted),
    "Mutation.renameAccount": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_rename_target,
        note="decided by the Admin role (policy/hosting.py); api_tokens:MANAGE is Admin-only, so the "
             "matrix's holder is an Admin and its lacking member is not",
    ),
    "Mutation.deactivateAccount": Rule(Need.OPERATOR, args=_target_or_fresh_for_operator, overrides=_OUT_OF_SIGHT,
                                       note="unmanaged T: operators only; the host never reaches it"),
    "Mutation.reactivateAccount": Rule(Need.OPERATOR, args=_target_id_input, success="ALLOWED",
                                       overrides=_OUT_OF_SIGHT),
    "Mutation.resendAccountSetup": Rule(
        Need.OPERATOR, args=_target_id_input, success="ALLOWED",
        overrides={**_OUT_OF_SIGHT, HOST_ADMIN: "ALLOWED"},
        note="the host finishes the setup of its unmanaged account (seed 001); T is set up already",
    ),
    "Mutation.deleteAccount": Rule(
        Need.OPERATOR, args=_delete_target_unconfirmed, success="ALLOWED",
        overrides={**_OUT_OF_SIGHT, HOST_ADMIN: "ALLOWED"},
        note="host (seed 001: managed or unmanaged), owner or operator; wrong confirmation here",
    ),
    "Mutation.createClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_create_client),
    "Mutation.updateClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_update_client),
    "Mutation.deleteClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_delete_client),
    "Mutation.suspendClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_fresh_client_input),
    "Mutation.reactivateClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_client_input, success="ALLOWED"),
    "Mutation.assignResource": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_resource_input),
    "Mutation.unassignResource": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_resource_input, success="ALLOWED"),
    "Mutation.generateClientSetupUrl": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_fresh_client_input),
    "Mutation.previewClientInvitation": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_client_input),
    "Mutation.sendClientInvitation": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_fresh_client_input),
    "Mutation.impersonateClient": Rule(
        Need.CAPABILITY, _C, Level.VIEW, args=_client_input,
        overrides={API_TOKEN: "FORBIDDEN", IMPERSONATION: "FORBIDDEN"},
        note="a person's session only: API tokens and view-as-client tokens cannot start one",
    ),
    "Mutation.addClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_add_client_user),
    "Mutation.updateClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_pending_client_user_email),
    "Mutation.deactivateClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_active_client_user),
    "Mutation.reactivateClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_active_client_user,
                                          success="ALLOWED"),
    "Mutation.resendClientUserInvitation": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_pending_client_user),
})


# ---- audit-trail export (issue 7) ------------------------------------------------------------
FIELDS.update({
    "Mutation.exportAuditEvents": Rule(
        Need.CAPABILITY, Capability.AUDIT_LOG, Level.VIEW, args=_export_input,
        overrides={IMPERSONATION: "FORBIDDEN"},
        note="also exports:MANAGE (Admin, Team lead and Security hold both) and a person's session; "
             "a view-as-client token is refused as read-only before anything is looked up",
    ),
})
