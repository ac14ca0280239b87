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
from gqlaccess.services.roles import predefined_role_id

from .world import (
    ANONYMOUS,
    API_TOKEN,
    API_TOKEN_ROLE,
    CLIENT_USER,
    HOST_ADMIN,
    IMPERSONATION,
    MEMBER_WITHOUT,
    OPERATOR,
    OTHER_ADMIN,
    PASSWORD,
    QUIET_EVENT,
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
    assert need in (Need.CAPABILITY, Need.ADMIN, Need.OWNER) and rule.capability is not None, rule
    if principal in OUTSIDERS:
        return rule.hidden
    if principal == IMPERSONATION:
        # View-as-client tokens are read-only and reach no account as a member.
        return "FORBIDDEN" if rule.level == Level.MANAGE else rule.hidden
    if principal == MEMBER_WITHOUT:
        return rule.denied
    if principal == API_TOKEN:
        if need == Need.OWNER or (need == Need.ADMIN and API_TOKEN_ROLE != "admin"):
            return rule.denied
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


def _account(world: World, principal: str) -> dict[str, Any]:
    return {"accountId": world.target_gid}


async def _account_id(world: World, principal: str) -> dict[str, Any]:
    return _account(world, principal)


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
    return {"input": {"deliveryId": encode_id("WebhookDelivery", str(delivery.id))}}


def _node_of(type_name: str, make: Callable[[World], Awaitable[Any]]) -> Args:
    async def build(world: World, principal: str) -> dict[str, Any]:
        return {"id": encode_id(type_name, str((await make(world)).id))}

    return build


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


# ---- the classification -----------------------------------------------------------------------

FIELDS: dict[str, Rule] = {
    # Query
    "Query.me": Rule(Need.VIEWER, note="null for anonymous callers and API tokens"),
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
    "Query.resources": Rule(Need.CAPABILITY, Capability.RESOURCES, Level.VIEW, args=_account_id),
    "Query.apiTokens": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.VIEW, args=_account_id),
    "Query.auditEvents": Rule(Need.CAPABILITY, Capability.AUDIT_LOG, Level.VIEW, args=_account_id),
    "Query.accountSecurityPolicy": Rule(Need.CAPABILITY, Capability.USERS, Level.VIEW, args=_account_id),
    "Query.webhookEventTypes": Rule(Need.PUBLIC, note="the static event catalogue"),
    "Query.webhooks": Rule(
        Need.CAPABILITY, Capability.API_TOKENS, Level.VIEW, args=_account_id, note="webhooks are Admin-only",
    ),
    "Query.webhookDeliveries": Rule(Need.CAPABILITY, Capability.API_TOKENS, Level.VIEW, args=_webhook_id),
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
    "Mutation.transferAccountOwnership": Rule(
        Need.OWNER, Capability.USERS, Level.MANAGE, args=_transfer_ownership,
        note="the owner (or a platform operator) only; each call gives T's ownership back first",
    ),
    "Mutation.updateAccountSecurityPolicy": Rule(
        Need.ADMIN, Capability.USERS, Level.MANAGE, args=_update_security_policy,
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
}
