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
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from gqlaccess.graphql.ids import encode_id, encode_sealed_int
from gqlaccess.models.enums import InvitationKind
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level
from gqlaccess.services.roles.roles import predefined_role_id

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
    QUIET_EVENT,
    SCIM_TOKEN,
    UNREACHABLE_WEBHOOK_URL,
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
    CAPABILITY = "CAPABILITY"  # `capability` (or one of `any_of`) >= `level` in T
    ADMIN = "ADMIN"  # the Admin role in T (after `capability` >= `level`), or a platform operator
    OWNER = "OWNER"  # the owner of T (after `capability` >= `level`), or a platform operator


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
    denied: str = "FORBIDDEN"  # what members and tokens of T lacking the capability get: FORBIDDEN or HIDDEN
    reveals: Callable[[Any, World], bool] | None = None  # default: the field's value is not null
    overrides: dict[str, str] = field(default_factory=dict)
    note: str = ""
    any_of: tuple[Capability, ...] = ()  # other capabilities that serve as well (at the same level)
    session: bool = False  # also a person's session (`require_user`): tokens and view-as-client get FORBIDDEN
    select: str | None = None  # the selection, when the generated one cannot show `reveals` what it needs


OUTSIDERS = (OTHER_ADMIN, HOST_ADMIN, CLIENT_USER)


def expected(rule: Rule, principal: str) -> str:
    if principal in rule.overrides:
        return rule.overrides[principal]
    need, ok = rule.need, rule.success
    if need == Need.PUBLIC:
        return ok
    if need == Need.VIEWER:
        return "HIDDEN" if principal in (ANONYMOUS, API_TOKEN, SCIM_TOKEN) else ok
    if principal == ANONYMOUS:
        return "UNAUTHENTICATED"
    if principal == SCIM_TOKEN:  # for /scim/v2 only: every non-public field refuses it
        return "FORBIDDEN"
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
    assert need in (Need.CAPABILITY, Need.ADMIN, Need.OWNER), rule
    assert rule.capability is not None or need != Need.CAPABILITY, rule
    if principal in OUTSIDERS:
        return rule.hidden
    if rule.session and principal in (API_TOKEN, IMPERSONATION):
        return "FORBIDDEN"
    if principal == IMPERSONATION:
        # View-as-client tokens are read-only and reach no account as a member.
        return "FORBIDDEN" if rule.level == Level.MANAGE else rule.hidden
    if principal == MEMBER_WITHOUT:
        return rule.denied
    if principal == API_TOKEN:
        if need == Need.OWNER or (need == Need.ADMIN and API_TOKEN_ROLE != "admin"):
            return rule.denied
        assert rule.capability is not None, rule
        held = PREDEFINED_ROLES[API_TOKEN_ROLE]
        return ok if any(held[c].covers(rule.level) for c in (rule.capability, *rule.any_of)) else rule.denied
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


async def _check_accesses(world: World, principal: str) -> dict[str, Any]:
    return {"checks": [await _check_access(world, principal)]}


async def _check_accesses_of_other(world: World, principal: str) -> dict[str, Any]:
    return {"checks": [await _check_access_of_other(world, principal)]}


def _answered(value: Any, world: World) -> bool:
    """A `checkAccesses` answer that says something about the account (not out of reach)."""
    return bool(value) and value[0]["reason"] not in ("NOT_FOUND", "FORBIDDEN")


async def _invitation_preview(world: World, principal: str) -> dict[str, Any]:
    return {"token": await world.invitation_token()}


async def _login(world: World, principal: str) -> dict[str, Any]:
    user = await world.login_user()
    return {"input": {"email": user.email, "password": PASSWORD}}


async def _refresh_token(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.services.auth.sessions import issue_session

    issued = await issue_session(world.deps.settings, await world.login_user())
    return {"input": {"refreshToken": issued.refresh_token}}


async def _own_session(world: World, principal: str) -> dict[str, Any]:
    """Another session of the person behind the principal's token (a random id for non-persons)."""
    from datetime import timedelta

    from gqlaccess.services.auth.sessions import create_session

    if principal in (ANONYMOUS, API_TOKEN, IMPERSONATION, SCIM_TOKEN):
        return {"input": {"sessionId": encode_id("Session", uuid.uuid4())}}
    session, _ = await create_session(await world.person(principal, None, Level.VIEW), lifetime=timedelta(hours=1))
    return {"input": {"sessionId": encode_id("Session", session.id)}}


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


def _account(world: World, principal: str) -> dict[str, Any]:
    return {"accountId": world.target_gid}


async def _account_id(world: World, principal: str) -> dict[str, Any]:
    return _account(world, principal)


async def _update_directory_settings(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "directoryOwnsAttributes": False}}


def _invitations_of_kind(kind: str) -> Args:
    async def build(world: World, principal: str) -> dict[str, Any]:
        return {"accountId": world.target_gid, "kind": kind}

    return build


def _membership_input(*, fresh: bool = False, pending: bool = False, totp: bool = False, **extra: Any) -> Args:
    async def build(world: World, principal: str) -> dict[str, Any]:
        if fresh:
            membership = await world.fresh_member(pending=pending, totp=totp)
        else:
            membership = await world.shared_member("pending" if pending else "shared", pending=pending)
        return {"input": {"membershipId": encode_id("Membership", membership.id), **extra}}

    return build


async def _create_user(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "email": _fresh_email("new"), "name": "Matrix New",
                      "roleId": encode_id("Role", await world.plain_role())}}


async def _bulk_create_users(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "items": [
        {"email": _fresh_email("bulk"), "name": "Matrix Bulk", "roleId": encode_id("Role", await world.plain_role())},
    ]}}


async def _update_membership(world: World, principal: str) -> dict[str, Any]:
    membership = await world.shared_member("shared")
    return {"input": {"membershipId": encode_id("Membership", membership.id),
                      "department": f"Dept {uuid.uuid4().hex[:6]}"}}


async def _bulk_update_memberships(world: World, principal: str) -> dict[str, Any]:
    membership = await world.shared_member("shared")
    return {"input": {"accountId": world.target_gid, "membershipIds": [encode_id("Membership", membership.id)],
                      "geos": {"all": True}}}


async def _remove_users(world: World, principal: str) -> dict[str, Any]:
    membership = await world.fresh_member()
    return {"input": {"accountId": world.target_gid, "membershipIds": [encode_id("Membership", membership.id)]}}


async def _transfer_ownership(world: World, principal: str) -> dict[str, Any]:
    await world.restore_owner()
    new_owner = await world.fresh_member(predefined_role_id("admin"))
    return {"input": {"accountId": world.target_gid, "membershipId": encode_id("Membership", new_owner.id)}}


async def _update_security_policy(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "userInvitationLifetimeHours": 48}}


async def _create_custom_role(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "name": f"Matrix role {uuid.uuid4().hex[:8]}",
                      "templateRoleId": encode_id("Role", predefined_role_id("security"))}}


async def _update_custom_role(world: World, principal: str) -> dict[str, Any]:
    role = await world.custom_role()
    return {"input": {"roleId": encode_id("Role", role.id),
                      "capabilities": [{"capability": "RESOURCES", "level": "VIEW"}]}}


async def _delete_custom_role(world: World, principal: str) -> dict[str, Any]:
    role = await world.custom_role()
    return {"input": {"roleId": encode_id("Role", role.id)}}


async def _create_api_token(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "name": f"Matrix token {uuid.uuid4().hex[:8]}", "kind": "API",
                      "roleId": encode_id("Role", predefined_role_id("qa"))}}


async def _rename_api_token(world: World, principal: str) -> dict[str, Any]:
    token = await world.api_token_row()
    return {"input": {"apiTokenId": encode_id("ApiToken", token.id), "name": f"Renamed {uuid.uuid4().hex[:8]}"}}


async def _delete_api_token(world: World, principal: str) -> dict[str, Any]:
    token = await world.api_token_row()
    return {"input": {"apiTokenId": encode_id("ApiToken", token.id)}}


async def _create_resource(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "kind": "SITE", "name": f"Site {uuid.uuid4().hex[:8]}"}}


async def _delete_resource(world: World, principal: str) -> dict[str, Any]:
    resource = await world.resource()
    return {"input": {"resourceId": encode_id("Resource", resource.id)}}


def _revoke_invitation(kind: InvitationKind) -> Args:
    async def build(world: World, principal: str) -> dict[str, Any]:
        invitation = await world.issued_invitation(kind)
        return {"input": {"invitationId": encode_id("Invitation", invitation.id)}}

    return build


async def _webhook_id(world: World, principal: str) -> dict[str, Any]:
    return {"webhookId": encode_id("Webhook", (await world.webhook()).id)}


async def _create_webhook(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "url": UNREACHABLE_WEBHOOK_URL, "events": [QUIET_EVENT]}}


async def _update_webhook(world: World, principal: str) -> dict[str, Any]:
    endpoint = await world.webhook()
    return {"input": {"webhookId": encode_id("Webhook", endpoint.id), "description": f"Matrix {uuid.uuid4().hex[:6]}"}}


async def _delete_webhook(world: World, principal: str) -> dict[str, Any]:
    endpoint = await world.webhook(fresh=True)
    return {"input": {"webhookId": encode_id("Webhook", endpoint.id)}}


async def _webhook_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": await _webhook_id(world, principal)}


async def _redeliver_webhook(world: World, principal: str) -> dict[str, Any]:
    delivery = await world.webhook_delivery()
    return {"input": {"deliveryId": encode_sealed_int("WebhookDelivery", delivery.id, world.deps.settings.secret_key)}}


def _node_of(type_name: str, make: Callable[[World], Awaitable[Any]]) -> Args:
    async def build(world: World, principal: str) -> dict[str, Any]:
        return {"id": encode_id(type_name, str((await make(world)).id))}

    return build


async def _same(value: Any) -> Any:
    return value


async def _client_login(world: World) -> Any:
    from gqlaccess.models import ClientUser

    return await ClientUser.get(client_id=world.client.id, user_id=world.users[CLIENT_USER].id)


async def _owners_export_job(world: World) -> Any:
    from gqlaccess.models import ExportJob
    from gqlaccess.models.enums import ExportKind

    return await ExportJob.create(
        account_id=world.target.id, requested_by_id=world.users["admin"].id, kind=ExportKind.CLIENTS
    )


async def _shared_member(world: World) -> Any:
    return await world.shared_member("shared")


async def _shared_member_user(world: World) -> Any:
    return await world.user_of(await world.shared_member("shared"))


def _node(capability: Capability, type_name: str, make: Callable[[World], Awaitable[Any]], **extra: Any) -> Rule:
    """`node(id)` on one of T's objects: null (never an error) for whoever may not see it."""
    return Rule(Need.CAPABILITY, capability, Level.VIEW, args=_node_of(type_name, make),
                hidden="HIDDEN", denied="HIDDEN", **extra)


def _lists_target(value: Any, world: World) -> bool:
    return any(a and a["id"] == world.target_gid for a in value or [])


def _any_node(value: Any, world: World) -> bool:
    return any(v is not None for v in value or [])


async def _export_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid}}


async def _own_export_job(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import ExportJob
    from gqlaccess.models.enums import ExportKind

    requester = None if principal in (ANONYMOUS, API_TOKEN, SCIM_TOKEN) else await world.person(
        principal, Capability.EXPORTS, Level.MANAGE
    )
    job = await ExportJob.create(
        account_id=world.target.id, requested_by_id=requester.id if requester else None, kind=ExportKind.CLIENTS
    )
    return {"id": encode_id("ExportJob", job.id)}


async def _export_job(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import ExportJob
    from gqlaccess.models.enums import ExportKind

    job = await ExportJob.create(
        account_id=world.target.id, requested_by_id=(await world.member("admin")).id, kind=ExportKind.CLIENTS
    )
    return {"id": encode_id("ExportJob", job.id)}


def _has_memberships(value: Any, world: World) -> bool:
    return bool(value and value["memberships"])


def _own_memberships(select: str) -> Rule:
    return Rule(
        Need.VIEWER, select=select, reveals=_has_memberships,
        overrides={CLIENT_USER: "HIDDEN", OPERATOR: "HIDDEN", IMPERSONATION: "HIDDEN"},
        note="the caller's own memberships; none for a client user or an operator (member nowhere), and "
             "none through a view-as-client token (it sees what the client sees)",
    )


def through_executor(rule: Rule, type_name: str, fields: str = "__typename") -> Rule:
    """The same rule with the selection inside an inline fragment: graphql/fastpath compiles no
    fragments, so the reference executor answers (both paths must agree)."""
    return replace(rule, select=f"{{ ... on {type_name} {{ {fields} }} }}")


# ---- the classification -----------------------------------------------------------------------

# Root fields graphql/fastpath answers (compiled.SUPPORTED["Query"]): the generated documents go through
# the compiled path; their `[executor]` variants through the reference executor.
FASTPATH_FIELDS = (
    "Query.me", "Query.accounts", "Query.checkAccess", "Query.checkAccess[userId]", "Query.users", "Query.clients",
    "Query.checkAccesses", "Query.checkAccesses[userId]",
)
_FASTPATH_TYPES = {
    "Query.me": ("User", "__typename id"), "Query.accounts": ("Account", "__typename id"),
    "Query.checkAccess": ("AccessDecision", "__typename"), "Query.checkAccess[userId]": ("AccessDecision", "__typename"),
    "Query.users": ("MembershipConnection", "__typename"),
    "Query.clients": ("ClientConnection", "__typename"),
    "Query.checkAccesses": ("AccessDecision", "allowed reason"),
    "Query.checkAccesses[userId]": ("AccessDecision", "allowed reason"),
}

FIELDS: dict[str, Rule] = {
    # Query
    "Query.me": Rule(Need.VIEWER, note="null for anonymous callers and API tokens"),
    "Query.me[memberships]": _own_memberships("{ id memberships { id } }"),
    "Query.me[memberships,executor]": _own_memberships("{ ... on User { id memberships { id } } }"),
    "Query.node": Rule(Need.MEMBER, args=_target_id, hidden="HIDDEN", note="out of reach reads as null"),
    "Query.node[Membership]": _node(Capability.USERS, "Membership", _shared_member),
    "Query.node[User]": _node(Capability.USERS, "User", _shared_member_user),
    "Query.node[Role]": _node(
        Capability.ROLES, "Role", lambda w: w.custom_role(), any_of=(Capability.USERS,),
        note="a custom role of T: roles:VIEW or users:VIEW (its holders too)",
    ),
    "Query.node[ApiToken]": _node(Capability.API_TOKENS, "ApiToken", lambda w: w.api_token_row()),
    "Query.node[Resource]": _node(Capability.RESOURCES, "Resource", lambda w: w.resource()),
    "Query.node[Webhook]": _node(Capability.API_TOKENS, "Webhook", lambda w: w.webhook()),
    "Query.node[Invitation]": _node(Capability.USERS, "Invitation", lambda w: w.issued_invitation()),
    "Query.node[Invitation:CLIENT_SETUP]": _node(
        Capability.CLIENTS, "Invitation", lambda w: w.issued_invitation(InvitationKind.CLIENT_SETUP),
    ),
    "Query.node[Client]": _node(Capability.CLIENTS, "Client", lambda w: _same(w.client)),
    "Query.node[ClientUser]": _node(Capability.CLIENTS, "ClientUser", _client_login),
    "Query.node[ExportJob]": Rule(
        Need.ADMIN, Capability.EXPORTS, Level.VIEW, args=_node_of("ExportJob", _owners_export_job),
        hidden="HIDDEN", denied="HIDDEN", note="a job the owner requested: Admins of T only",
    ),
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
    "Query.checkAccesses": Rule(
        Need.MEMBER, args=_check_accesses, hidden="HIDDEN", reveals=_answered, select="{ allowed reason }",
        note="one answer per check: an account out of reach is that check's NOT_FOUND",
    ),
    "Query.checkAccesses[userId]": Rule(
        Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_check_accesses_of_other, hidden="HIDDEN",
        denied="HIDDEN", reveals=_answered, select="{ allowed reason }",
        note="asking about another member needs users:VIEW, else that check's FORBIDDEN",
    ),
    "Query.accessibleScope": Rule(Need.MEMBER, args=_check_access, select="{ allowed reason }"),
    "Query.accessibleScope[userId]": Rule(
        Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_check_access_of_other, select="{ allowed reason }",
        note="asking about another member needs users:VIEW",
    ),
    "Query.invitation": Rule(Need.PUBLIC, args=_invitation_preview, note="the link is the credential"),
    "Query.invitations": Rule(
        Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_account_id, any_of=(Capability.CLIENTS,),
        note="without `kind`: the kinds the caller may see (users:VIEW, or clients:VIEW for setup links)",
    ),
    "Query.invitations[USER_ACTIVATION]": Rule(
        Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_invitations_of_kind("USER_ACTIVATION"),
    ),
    "Query.invitations[CLIENT_SETUP]": Rule(
        Need.CAPABILITY, Capability.CLIENTS, Level.VIEW, args=_invitations_of_kind("CLIENT_SETUP"),
    ),
    "Query.users": Rule(Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_account_id),
    "Query.roles": Rule(
        Need.CAPABILITY, Capability.ROLES, Level.VIEW, args=_account_id, any_of=(Capability.USERS,),
        note="users:VIEW serves too (to filter the users table by role)",
    ),
    "Query.accountRoles": Rule(
        Need.CAPABILITY, Capability.ROLES, Level.VIEW, args=_account_id, any_of=(Capability.USERS,),
        note="as roles: the same list, each with its own per-account ID and count (cache-safe, issue 14)",
    ),
    "Query.resources": Rule(Need.CAPABILITY, Capability.RESOURCES, Level.VIEW, args=_account_id),
    "Query.apiTokens": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.VIEW, args=_account_id),
    "Query.auditEvents": Rule(Need.CAPABILITY, Capability.AUDIT_LOG, Level.VIEW, args=_account_id),
    "Query.accountSecurityPolicy": Rule(Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_account_id),
    "Query.directorySettings": Rule(Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_account_id),
    "Query.webhookEventTypes": Rule(Need.PUBLIC, note="the static event catalogue"),
    "Query.webhooks": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.VIEW, args=_account_id, note="webhooks are Admin-only",
    ),
    "Query.webhookDeliveries": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.VIEW, args=_webhook_id),
    # Mutation: authentication
    "Mutation.login": Rule(Need.PUBLIC, args=_login),
    "Mutation.logout": Rule(Need.SESSION_OR_IMPERSONATION),
    # Sessions for apps (issue 14): the refresh token is the credential; the rest is one's own sessions.
    "Mutation.refreshSession": Rule(Need.PUBLIC, args=_refresh_token, note="the refresh token is the credential"),
    "Mutation.revokeSession": Rule(Need.SESSION, args=_own_session),
    "Mutation.revokeOtherSessions": Rule(Need.SESSION),
    "Query.mySessions": Rule(Need.SESSION),
    "Mutation.requestPasswordReset": Rule(Need.PUBLIC, args=_request_reset),
    "Mutation.resetPassword": Rule(Need.PUBLIC, args=_reset_password),
    "Mutation.acceptInvitation": Rule(Need.PUBLIC, args=_accept_invitation),
    "Mutation.enrollTotp": Rule(Need.SESSION),
    "Mutation.confirmTotp": Rule(Need.SESSION, args=_totp_code, success="ALLOWED"),
    "Mutation.disableTotp": Rule(Need.SESSION, args=_totp_code, success="ALLOWED"),
    "Mutation.regenerateRecoveryCodes": Rule(Need.SESSION, args=_totp_code, success="ALLOWED"),
    # the person's answer to an invitation from another account: their own pending rows only
    "Mutation.acceptMembership": Rule(
        Need.SESSION, args=_membership_input(), success="ALLOWED",
        note="T's shared member is nobody's pending invitation: NOT_FOUND in the payload for everyone",
    ),
    "Mutation.declineMembership": Rule(Need.SESSION, args=_membership_input(), success="ALLOWED"),
    # Mutation: accounts
    "Mutation.createAccount": Rule(Need.OPERATOR, args=_create_account),
    "Mutation.transferAccountOwnership": Rule(
        Need.OWNER, Capability.USERS, Level.MANAGE, args=_transfer_ownership,
        note="the owner (or a platform operator) only; each call gives T's ownership back first",
    ),
    "Mutation.updateAccountSecurityPolicy": Rule(
        Need.ADMIN, Capability.USERS, Level.MANAGE, args=_update_security_policy,
    ),
    "Mutation.updateDirectorySettings": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_update_directory_settings,
        note="SCIM provisioning defaults: whoever may create SCIM tokens",
    ),
    # Mutation: users and memberships
    "Mutation.createUser": Rule(Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_create_user),
    "Mutation.bulkCreateUsers": Rule(Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_bulk_create_users),
    "Mutation.updateMembership": Rule(Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_update_membership),
    "Mutation.bulkUpdateMemberships": Rule(
        Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_bulk_update_memberships,
    ),
    "Mutation.deactivateMembership": Rule(
        Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_membership_input(),
    ),
    "Mutation.reactivateMembership": Rule(
        Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_membership_input(),
    ),
    "Mutation.removeUsers": Rule(Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_remove_users),
    "Mutation.resendInvitation": Rule(
        Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_membership_input(pending=True),
    ),
    "Mutation.resetUserTwoFactor": Rule(
        Need.ADMIN, Capability.USERS, Level.MANAGE, args=_membership_input(fresh=True, totp=True),
    ),
    # Mutation: roles, API tokens, resources
    "Mutation.createCustomRole": Rule(Need.CAPABILITY, Capability.ROLES, Level.MANAGE, args=_create_custom_role),
    "Mutation.updateCustomRole": Rule(Need.CAPABILITY, Capability.ROLES, Level.MANAGE, args=_update_custom_role),
    "Mutation.deleteCustomRole": Rule(Need.CAPABILITY, Capability.ROLES, Level.MANAGE, args=_delete_custom_role),
    "Mutation.createApiToken": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_create_api_token,
        note="also a person's session: a token cannot mint tokens",
    ),
    "Mutation.renameApiToken": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_rename_api_token),
    "Mutation.deleteApiToken": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_delete_api_token),
    "Mutation.createResource": Rule(Need.CAPABILITY, Capability.RESOURCES, Level.MANAGE, args=_create_resource),
    "Mutation.deleteResource": Rule(Need.CAPABILITY, Capability.RESOURCES, Level.MANAGE, args=_delete_resource),
    # Mutation: invitations, webhooks
    "Mutation.revokeInvitation": Rule(
        Need.CAPABILITY, Capability.USERS, Level.MANAGE, args=_revoke_invitation(InvitationKind.USER_ACTIVATION),
    ),
    "Mutation.revokeInvitation[CLIENT_SETUP]": Rule(
        Need.CAPABILITY, Capability.CLIENTS, Level.MANAGE, args=_revoke_invitation(InvitationKind.CLIENT_SETUP),
    ),
    "Mutation.createWebhook": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_create_webhook),
    "Mutation.updateWebhook": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_update_webhook),
    "Mutation.deleteWebhook": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_delete_webhook),
    "Mutation.rotateWebhookSecret": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_webhook_input,
    ),
    "Mutation.redeliverWebhook": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.MANAGE, args=_redeliver_webhook,
    ),
    # exports (issue 6)
    "Mutation.exportClients": Rule(
        Need.CAPABILITY, Capability.EXPORTS, Level.MANAGE, args=_export_input, session=True,
        note="also clients:VIEW (every role with exports:MANAGE has it); the file is mailed to a person",
    ),
    "Mutation.exportUsers": Rule(
        Need.ADMIN, Capability.EXPORTS, Level.MANAGE, args=_export_input, session=True,
        note="Admins only (seed 003): every level of Admin without the role is not enough",
    ),
    "Query.exportJob": Rule(
        Need.ADMIN, Capability.EXPORTS, Level.VIEW, args=_export_job,
        note="a job someone else (the owner) requested: Admins of T only",
    ),
    "Query.exportJob[requester]": Rule(
        Need.CAPABILITY, Capability.EXPORTS, Level.MANAGE, args=_own_export_job,
        overrides={IMPERSONATION: "NOT_FOUND"},
        note="the caller's own clients export: visible while they still may run it (exports:MANAGE, "
             "clients:VIEW); a query, so a view-as-client token finds nothing rather than being refused",
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


async def _suspended_client_input(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import Client
    from gqlaccess.models.enums import ClientStatus
    from gqlaccess.services.core.clock import utcnow

    client = await _fresh_client(world)
    await Client.filter(id=client.id).update(suspended_at=utcnow(), status=ClientStatus.SUSPENDED)
    return {"input": {"clientId": encode_id("Client", client.id)}}


async def _assigned_resource_input(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import ClientResource

    client = await _fresh_client(world)
    resource = await world.resource()
    await ClientResource.create(client_id=client.id, resource_id=resource.id)
    return {"input": {"clientId": encode_id("Client", client.id), "resourceId": encode_id("Resource", resource.id)}}


async def _inactive_client_user(world: World, principal: str) -> dict[str, Any]:
    row = await _fresh_client_user(world, "INACTIVE")
    return {"input": {"clientUserId": encode_id("ClientUser", row.id)}}


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


async def _own_account_deletion(world: World, principal: str) -> dict[str, Any]:
    from gqlaccess.models import AccountDeletion

    requester = None if principal in (ANONYMOUS, API_TOKEN, SCIM_TOKEN) else await world.person(principal, None, Level.VIEW)
    deletion = await AccountDeletion.create(
        account_id=uuid.uuid4(), account_name="Gone", status="SUCCEEDED",
        requested_by_id=requester.id if requester else None,
    )
    return {"id": encode_id("AccountDeletion", deletion.id)}


def _shows_client(value: Any, world: World) -> bool:
    return any(entry["clientId"] == encode_id("Client", world.client.id) for entry in value or [])


_OUT_OF_SIGHT = {OTHER_ADMIN: "NOT_FOUND", HOST_ADMIN: "NOT_FOUND", CLIENT_USER: "NOT_FOUND"}
_C = Capability.CLIENTS
FIELDS.update({
    "Query.clients": Rule(Need.CAPABILITY, _C, Level.VIEW, args=lambda w, p: _account_arg(w)),
    "Query.clientUsers": Rule(Need.CAPABILITY, _C, Level.VIEW, args=_client_arg),
    "Query.clientPortal": Rule(
        Need.AUTHENTICATED, select="{ clientId }", reveals=_shows_client,
        overrides={p: "HIDDEN" for p in (MEMBER_WITHOUT, MEMBER_WITH, OTHER_ADMIN, HOST_ADMIN, API_TOKEN, OPERATOR)},
        note="the caller's own client view: C for its client user and a view-as-client token of C, "
             "empty for everyone else (members, operators and tokens included)",
    ),
    "Query.hostedAccounts": Rule(Need.CAPABILITY, Capability.HOSTED_ACCOUNTS, Level.VIEW, args=_hosted_of_target),
    "Query.accountDeletion[requester]": Rule(
        Need.SESSION_OR_IMPERSONATION, args=_own_account_deletion, overrides={API_TOKEN: "NOT_FOUND"},
        note="the person who asked for the deletion (a view-as-client token is that person's session); "
             "a token asked for nothing",
    ),
    "Query.accountDeletion": Rule(
        Need.OPERATOR, args=_account_deletion,
        overrides={p: "NOT_FOUND" for p in (MEMBER_WITHOUT, MEMBER_WITH, OTHER_ADMIN, HOST_ADMIN, CLIENT_USER,
                                            IMPERSONATION, API_TOKEN)},
        note="visible to whoever asked for the deletion (nobody here) and operators",
    ),
    "Mutation.createHostedAccount": Rule(Need.CAPABILITY, Capability.HOSTED_ACCOUNTS, Level.MANAGE,
                                         args=_create_hosted),
    "Mutation.renameAccount": Rule(
        Need.ADMIN, level=Level.MANAGE, args=_rename_target,
        note="the account's own Admins (policy/hosting.py); never the host of an unmanaged account",
    ),
    "Mutation.deactivateAccount": Rule(Need.OPERATOR, args=_target_or_fresh_for_operator, overrides=_OUT_OF_SIGHT,
                                       note="unmanaged T: operators only; the host never reaches it"),
    "Mutation.reactivateAccount": Rule(Need.OPERATOR, args=_target_id_input, success="ALLOWED",
                                       overrides=_OUT_OF_SIGHT,
                                       note="unmanaged T: operators only, outsiders see nothing; T is active"),
    "Mutation.resendAccountSetup": Rule(
        Need.OPERATOR, args=_target_id_input, success="ALLOWED",
        overrides={**_OUT_OF_SIGHT, HOST_ADMIN: "ALLOWED"},
        note="the host finishes the setup of its unmanaged account (seed 001); T is set up already",
    ),
    "Mutation.deleteAccount": Rule(
        Need.OWNER, level=Level.MANAGE, args=_delete_target_unconfirmed, success="ALLOWED",
        overrides={HOST_ADMIN: "ALLOWED"},
        note="owner, host (seed 001: managed or unmanaged accounts) or operator; wrong confirmation here",
    ),
    "Mutation.createClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_create_client),
    "Mutation.updateClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_update_client),
    "Mutation.deleteClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_delete_client),
    "Mutation.suspendClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_fresh_client_input),
    "Mutation.reactivateClient": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_suspended_client_input),
    "Mutation.assignResource": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_resource_input),
    "Mutation.unassignResource": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_assigned_resource_input),
    "Mutation.generateClientSetupUrl": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_fresh_client_input),
    "Mutation.previewClientInvitation": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_client_input),
    "Mutation.sendClientInvitation": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_fresh_client_input),
    "Mutation.impersonateClient": Rule(
        Need.CAPABILITY, _C, Level.VIEW, args=_client_input, session=True,
        note="a person's session only: API tokens and view-as-client tokens cannot start one",
    ),
    "Mutation.addClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_add_client_user),
    "Mutation.updateClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_pending_client_user_email),
    "Mutation.deactivateClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_active_client_user),
    "Mutation.reactivateClientUser": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_inactive_client_user),
    "Mutation.resendClientUserInvitation": Rule(Need.CAPABILITY, _C, Level.MANAGE, args=_pending_client_user),
})


# ---- audit-trail export (issue 7) ------------------------------------------------------------
FIELDS.update({
    "Mutation.exportAuditEvents": Rule(
        Need.CAPABILITY, Capability.AUDIT_LOG, Level.VIEW, args=_export_input, session=True,
        note="also exports:MANAGE (Admin, Team lead and Security hold both) and a person's session; "
             "a view-as-client token is refused as read-only before anything is looked up",
    ),
})


# ---- verified domains and single sign-on (issue 19) ------------------------------------------
async def _sso_connection(world: World) -> None:
    from gqlaccess.models import SsoConnection
    from gqlaccess.security import crypto
    from gqlaccess.services.sso.connections import SECRET_PURPOSE

    settings = world.deps.settings
    await SsoConnection.get_or_create(account_id=world.target.id, defaults={
        "issuer": "http://127.0.0.1:9", "client_id": "matrix",
        "client_secret_encrypted": crypto.encrypt(settings.secret_key, SECRET_PURPOSE, "matrix-secret"),
        "metadata": {"issuer": "http://127.0.0.1:9", "authorization_endpoint": "http://127.0.0.1:9/auth",
                     "token_endpoint": "http://127.0.0.1:9/token", "jwks_uri": "http://127.0.0.1:9/jwks",
                     "token_auth_method": "client_secret_basic", "algorithms": ["RS256"]},
    })


async def _with_sso(world: World, principal: str) -> dict[str, Any]:
    await _sso_connection(world)
    return {"accountId": world.target_gid}


async def _sso_input(world: World, principal: str) -> dict[str, Any]:
    await _sso_connection(world)
    return {"input": {"accountId": world.target_gid}}


async def _fresh_domain(world: World) -> str:
    from gqlaccess.models import AccountDomain

    row = await AccountDomain.create(account_id=world.target.id, domain=f"matrix-{uuid.uuid4().hex[:10]}.example",
                                     verification_token=uuid.uuid4().hex)
    return encode_id("AccountDomain", row.id)


async def _add_domain(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "domain": f"matrix-{uuid.uuid4().hex[:10]}.example"}}


async def _domain_input(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"domainId": await _fresh_domain(world)}}


async def _configure_sso(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"accountId": world.target_gid, "issuer": "http://127.0.0.1:9", "clientId": "matrix",
                      "clientSecret": "matrix-secret"}}


async def _start_sso(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"email": _fresh_email("sso")}}


async def _complete_sso(world: World, principal: str) -> dict[str, Any]:
    return {"input": {"code": "matrix-" + uuid.uuid4().hex}}


_ADMINS_ONLY = "Admins only (policy.sso.may_manage_sso, after users:{level})"
FIELDS.update({
    "Query.accountDomains": Rule(Need.ADMIN, Capability.USERS, Level.VIEW, args=_account_id,
                                 note=_ADMINS_ONLY.format(level="VIEW")),
    "Query.ssoConnection": Rule(Need.ADMIN, Capability.USERS, Level.VIEW, args=_with_sso,
                                note=_ADMINS_ONLY.format(level="VIEW")),
    "Mutation.addAccountDomain": Rule(Need.ADMIN, Capability.USERS, Level.MANAGE, args=_add_domain),
    "Mutation.verifyAccountDomain": Rule(
        Need.ADMIN, Capability.USERS, Level.MANAGE, args=_domain_input, success="ALLOWED",
        note="no TXT record published for the matrix: DOMAIN_VERIFICATION_FAILED (or DNS_UNAVAILABLE)",
    ),
    "Mutation.removeAccountDomain": Rule(Need.ADMIN, Capability.USERS, Level.MANAGE, args=_domain_input),
    "Mutation.configureSso": Rule(
        Need.ADMIN, Capability.USERS, Level.MANAGE, args=_configure_sso, success="ALLOWED",
        note="no provider listens on 127.0.0.1:9: SSO_DISCOVERY_FAILED once authorized",
    ),
    "Mutation.testSso": Rule(Need.ADMIN, Capability.USERS, Level.MANAGE, args=_sso_input),
    "Mutation.disableSso": Rule(Need.ADMIN, Capability.USERS, Level.MANAGE, args=_sso_input),
    "Mutation.approveSsoLink": Rule(Need.ADMIN, Capability.USERS, Level.MANAGE, args=_membership_input(fresh=True)),
    "Mutation.startSso": Rule(Need.PUBLIC, args=_start_sso, note="home-realm discovery: the same answer for any e-mail"),
    "Mutation.completeSso": Rule(Need.PUBLIC, args=_complete_sso, success="ALLOWED",
                                 note="the one-time code is the credential; a made-up one is INVALID_SSO_CODE"),
})


for _key in FASTPATH_FIELDS:
    _name, _ = _key.partition("[")[::2]
    _variant = _key.partition("[")[2].rstrip("]")
    FIELDS[f"{_name}[{_variant + ',' if _variant else ''}executor]"] = through_executor(FIELDS[_key], *_FASTPATH_TYPES[_key])
