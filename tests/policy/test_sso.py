"""policy.sso: the linking and just-in-time rules, and require-SSO, as pure decisions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gqlaccess.policy.sso import (
    LinkVia,
    Outcome,
    SignInFacts,
    decide_sign_in,
    may_be_default_role,
    password_login_allowed,
)

UNKNOWN = SignInFacts(email_verified=True, domain_verified_by_account=True, linked=False, user_exists=False,
                      user_has_password=False, admin_allowed_link=False, password_proven=False, is_member=False,
                      membership_active=False, auto_join=True)
MEMBER_WITH_PASSWORD = replace(UNKNOWN, user_exists=True, user_has_password=True, is_member=True, membership_active=True)


def test_an_unknown_person_joins_with_auto_join_only():
    decision = decide_sign_in(UNKNOWN)
    assert (decision.outcome, decision.link_via, decision.create_user) == (Outcome.JOIN, LinkVia.VERIFIED_EMAIL, True)
    assert decide_sign_in(replace(UNKNOWN, auto_join=False)).reason == "JOIN_NOT_ALLOWED"


@pytest.mark.parametrize("facts", [UNKNOWN, MEMBER_WITH_PASSWORD, replace(MEMBER_WITH_PASSWORD, linked=True)])
def test_email_and_domain_verification_come_first(facts):
    assert decide_sign_in(replace(facts, email_verified=False)).reason == "EMAIL_NOT_VERIFIED"
    assert decide_sign_in(replace(facts, domain_verified_by_account=False)).reason == "DOMAIN_NOT_VERIFIED"


def test_a_password_is_proven_or_an_admin_chose_never_silently():
    assert decide_sign_in(MEMBER_WITH_PASSWORD).outcome == Outcome.NEEDS_PASSWORD
    proven = decide_sign_in(replace(MEMBER_WITH_PASSWORD, password_proven=True))
    assert (proven.outcome, proven.link_via) == (Outcome.SIGN_IN, LinkVia.PASSWORD)
    chosen = decide_sign_in(replace(MEMBER_WITH_PASSWORD, admin_allowed_link=True))
    assert (chosen.outcome, chosen.link_via) == (Outcome.SIGN_IN, LinkVia.ADMIN)
    linked = decide_sign_in(replace(MEMBER_WITH_PASSWORD, linked=True))
    assert (linked.outcome, linked.link_via) == (Outcome.SIGN_IN, None)
    no_password = decide_sign_in(replace(MEMBER_WITH_PASSWORD, user_has_password=False))
    assert no_password.link_via == LinkVia.VERIFIED_EMAIL


def test_inactive_members_stay_out_and_linked_non_members_rejoin():
    assert decide_sign_in(replace(MEMBER_WITH_PASSWORD, linked=True, membership_active=False)).reason == "MEMBERSHIP_INACTIVE"
    rejoin = decide_sign_in(replace(UNKNOWN, user_exists=True, linked=True))
    assert (rejoin.outcome, rejoin.link_via, rejoin.create_user) == (Outcome.JOIN, None, False)


def test_require_sso_and_the_break_glass():
    assert password_login_allowed(True, True, is_owner=False).reason == "SSO_REQUIRED"
    assert password_login_allowed(True, True, is_owner=True).reason == "BREAK_GLASS"
    assert password_login_allowed(True, False, is_owner=False).allowed  # domain no longer verified
    assert password_login_allowed(False, True, is_owner=False).allowed


def test_just_in_time_members_never_arrive_as_admins():
    assert not may_be_default_role("admin", "PREDEFINED").allowed
    assert not may_be_default_role(None, "TEMPORARY").allowed
    assert may_be_default_role("contributor", "PREDEFINED").allowed
