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
}
