"""Decisions of single sign-on and verified domains (issue 19), reused by every entry point.

GraphQL (domain and SSO settings), the `/sso/callback` route (linking, just-in-time membership)
and `login` (require-SSO) ask these functions; the facts are gathered by services/sso.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .access import AccountAccess
from .capabilities import Capability, Level
from .decisions import Decision, may

ALLOWED = "ALLOWED"

# Who manages an account's domains and single sign-on: its Admins (the capability they hold is
# users:MANAGE, the one the resolvers authorize first; a custom role with every level of Admin is
# still not Admin).
SETTINGS_CAPABILITY = (Capability.USERS, Level.MANAGE)
READ_CAPABILITY = (Capability.USERS, Level.VIEW)


def may_manage_sso(access: AccountAccess | None, level: Level = Level.MANAGE) -> Decision:
    decision = may(access, Capability.USERS, level)
    if not decision.allowed:
        return decision
    assert access is not None
    if not access.is_admin:
        return Decision(False, "ADMIN_REQUIRED")
    return Decision(True, ALLOWED)


class LinkVia(StrEnum):
    VERIFIED_EMAIL = "verified_email"  # no password to prove: the provider and the domain vouch
    PASSWORD = "password"  # the person proved the identity's password once
    ADMIN = "admin"  # an Admin of the account chose to link this member


@dataclass(frozen=True)
class SignInFacts:
    """What the callback knows about one sign-in, after the ID token was validated."""

    email_verified: bool  # the provider says the address is verified (claim `email_verified`)
    domain_verified_by_account: bool  # the e-mail's domain is verified by the connection's account
    linked: bool  # (account, iss, sub) is already linked to a user
    user_exists: bool  # an identity with this e-mail exists
    user_has_password: bool
    admin_allowed_link: bool  # an Admin chose to link this identity (membership of the account)
    password_proven: bool  # completeSso was given the identity's password
    is_member: bool
    membership_active: bool
    auto_join: bool


class Outcome(StrEnum):
    SIGN_IN = "SIGN_IN"  # a member (linked now or before): open a session
    JOIN = "JOIN"  # auto-join: an ACTIVE membership with the default role, then a session
    NEEDS_PASSWORD = "NEEDS_PASSWORD"  # existing identity with a password: prove it once
    REFUSED = "REFUSED"


@dataclass(frozen=True)
class SignInDecision:
    outcome: Outcome
    reason: str = ALLOWED
    link_via: LinkVia | None = None  # None: already linked (or refused)
    create_user: bool = False


def decide_sign_in(facts: SignInFacts) -> SignInDecision:
    """Linking and just-in-time membership.

    A subject is linked on first sign-in only when the provider verified the e-mail AND the
    e-mail's domain is verified by this very account: a provider configured by account A can
    never vouch for addresses of a domain A does not hold. An identity that has a password is
    linked only after the password is proven once, or by an Admin's choice, never silently (a
    malicious or careless provider asserting someone else's address is the known takeover).
    A domain that lost its verification stops SSO sign-in and auto-join for its people.
    """
    if not facts.email_verified:
        return SignInDecision(Outcome.REFUSED, "EMAIL_NOT_VERIFIED")
    if not facts.domain_verified_by_account:
        return SignInDecision(Outcome.REFUSED, "DOMAIN_NOT_VERIFIED")
    via: LinkVia | None = None
    if not facts.linked:
        if not facts.user_exists:
            via = LinkVia.VERIFIED_EMAIL
        elif facts.admin_allowed_link:
            via = LinkVia.ADMIN
        elif facts.user_has_password:
            if not facts.password_proven:
                return SignInDecision(Outcome.NEEDS_PASSWORD, "PASSWORD_PROOF_REQUIRED")
            via = LinkVia.PASSWORD
        else:
            via = LinkVia.VERIFIED_EMAIL
    if facts.is_member:
        if not facts.membership_active:
            return SignInDecision(Outcome.REFUSED, "MEMBERSHIP_INACTIVE")
        return SignInDecision(Outcome.SIGN_IN, link_via=via)
    if not facts.auto_join:
        return SignInDecision(Outcome.REFUSED, "JOIN_NOT_ALLOWED")
    return SignInDecision(Outcome.JOIN, link_via=via, create_user=not facts.user_exists)


def password_login_allowed(require_sso: bool, domain_verified: bool, is_owner: bool) -> Decision:
    """Require-SSO refuses password login for the verified domain's people; the owner keeps it
    as the break-glass (a broken provider must not lock the account out); the caller audits it."""
    if not (require_sso and domain_verified):
        return Decision(True, ALLOWED)
    if is_owner:
        return Decision(True, "BREAK_GLASS")
    return Decision(False, "SSO_REQUIRED")


def may_be_default_role(role_key: str | None, role_kind: str) -> Decision:
    """Just-in-time members never arrive as Admins (nor with a temporary role)."""
    if role_key == "admin":
        return Decision(False, "ADMIN_NOT_DEFAULT_ROLE")
    if role_kind == "TEMPORARY":
        return Decision(False, "TEMPORARY_ROLE_NOT_ASSIGNABLE")
    return Decision(True, ALLOWED)
