"""Issue 15 §1: identity-level changes belong to the person; consent to join; people are told.

Each test is named after the finding it closes.
"""

from __future__ import annotations

import pyotp

from gqlaccess.models import AuditEvent, Invitation, Membership, OutboxEmail, Session, User
from gqlaccess.models.enums import DeliveryStatus, InvitationKind, MembershipStatus
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.core.outbox import read_variables
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.factories import ACCEPT, LOGIN, PASSWORD, add_member, invitation_token, make_tenant
from ....support.users import (
    CREATE_USER,
    REACTIVATE,
    REMOVE,
    RESEND,
    RESET_2FA,
    UPDATE_MEMBERSHIP,
    gid,
    membership_gid,
    new_user_input,
    payload_errors,
    role_gid,
)

ME = """{ me { id memberships { account { id } role { key } status }
  pendingInvitations { id accountName roleName inviterName expiresAt } } }"""
ACCEPT_MEMBERSHIP = """mutation($id: ID!) { acceptMembership(input: {membershipId: $id}) {
  membership { id status role { key } } errors { field code message } } }"""
DECLINE_MEMBERSHIP = """mutation($id: ID!) { declineMembership(input: {membershipId: $id}) {
  declined errors { field code message } } }"""
ENROLL = "mutation { enrollTotp { secret errors { code } } }"
CONFIRM = "mutation($c: String!) { confirmTotp(input: {code: $c}) { enabled recoveryCodes errors { field code } } }"
DISABLE = "mutation($c: String!) { disableTotp(input: {code: $c}) { disabled errors { field code } } }"
REGENERATE = """mutation($c: String!) { regenerateRecoveryCodes(input: {code: $c}) {
  recoveryCodes errors { field code } } }"""
NODE_USER = "query($id: ID!) { node(id: $id) { id ... on User { email name } } }"


def codes(errors):  # type: ignore[no-untyped-def]
    return [(e["field"], e["code"]) for e in errors]


async def _enrol(gql, token: str) -> tuple[pyotp.TOTP, list[str]]:  # type: ignore[no-untyped-def]
    enrolment = await gql.mutate(ENROLL, token=token)
    totp = pyotp.TOTP(enrolment["secret"])
    confirmed = await gql.mutate(CONFIRM, {"c": totp.now()}, token=token)
    return totp, confirmed["recoveryCodes"]


async def _invite(gql, inviter, email: str, role: str = "qa") -> dict:  # type: ignore[no-untyped-def]
    return await gql.mutate(CREATE_USER, {"input": {**new_user_input(inviter, role), "email": email}},
                            token=inviter.owner_token)


async def test_admin_of_another_account_cannot_strip_2fa(gql, runtime):
    """The reproduction of the finding: B's owner adds A's owner, then resets their 2FA."""
    a = await make_tenant(gql, runtime)
    b = await make_tenant(gql, runtime)
    totp, _ = await _enrol(gql, a.owner_token)
    payload = await _invite(gql, b, a.owner_email)
    # No consent yet: a PENDING row; the consent link is the person's, never returned to B.
    assert payload["membership"]["status"] == "PENDING"
    assert payload["invitation"]["url"] is None
    errors = await payload_errors(gql, RESET_2FA, {"id": payload["membership"]["id"]}, b.owner_token)
    assert codes(errors) == [("membershipId", "MEMBERSHIP_PENDING_CONSENT")]
    # Even once A's owner joined B, B's owner does not manage A: the 2FA stays.
    await gql.mutate(ACCEPT_MEMBERSHIP, {"id": payload["membership"]["id"]}, token=a.owner_token)
    errors = await payload_errors(gql, RESET_2FA, {"id": payload["membership"]["id"]}, b.owner_token)
    assert codes(errors) == [("membershipId", "IDENTITY_SHARED")]
    assert (await User.get(email=a.owner_email)).totp_enabled_at is not None
    login = await gql.ok(LOGIN, {"email": a.owner_email, "password": PASSWORD})
    assert login["login"]["errors"][0]["code"] == "TOTP_REQUIRED"


async def test_admin_of_every_account_of_the_person_may_reset_2fa_and_the_person_is_told(gql, runtime):
    a = await make_tenant(gql, runtime)
    b = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, a, "qa")
    # A's owner administers B too (seed 003: an administrator with several accounts).
    owner_a = await User.get(email=a.owner_email)
    await Membership.create(account_id=b.account_id, user_id=owner_a.id, role_id=predefined_role_id("admin"))
    payload = await _invite(gql, b, email)  # B's owner manages nothing of A: consent needed
    assert payload["membership"]["status"] == "PENDING"
    await Membership.filter(account_id=b.account_id, user_id=(await User.get(email=email)).id).delete()
    direct = await gql.mutate(CREATE_USER, {"input": {**new_user_input(b, "finance"), "email": email}},
                              token=a.owner_token)
    assert direct["membership"]["status"] == "ACTIVE"  # among the caller's own accounts: at once
    await User.filter(email=email).update(totp_enabled_at=utcnow(), totp_secret_encrypted="x")
    before = await OutboxEmail.filter(to_email=email, template="two_factor_reset").count()
    done = await gql.mutate(RESET_2FA, {"id": direct["membership"]["id"]}, token=a.owner_token)
    assert done["membership"]["user"]["twoFactorEnabled"] is False
    mail = await OutboxEmail.filter(to_email=email, template="two_factor_reset").order_by("-id").first()
    assert mail is not None and before == 0
    user = await User.get(email=email)
    audited = set(await AuditEvent.filter(action="identity.two_factor_reset", target_id=str(user.id))
                  .values_list("account_id", flat=True))
    assert audited == {a.account_id, b.account_id}


async def test_createuser_with_an_existing_identity_needs_consent_and_shows_only_the_email(gql, runtime):
    a = await make_tenant(gql, runtime)
    b = await make_tenant(gql, runtime)
    email, token = await add_member(gql, a, "finance")
    person = await User.get(email=email)
    payload = await _invite(gql, b, email.upper())
    pending = payload["membership"]
    assert pending["status"] == "PENDING"
    user = pending["user"]
    assert user["email"] == email and user["name"] == email and user["department"] is None
    assert user["id"] != gid("User", person.id)
    # Nothing of the identity through B: no node, nothing in users().
    assert (await gql.ok(NODE_USER, {"id": gid("User", person.id)}, token=b.owner_token))["node"] is None
    listed = await gql.ok(
        "query($a: ID!) { users(accountId: $a) { edges { node { id status user { id email name lastLoginAt "
        "twoFactorEnabled memberships { id } } } } } }", {"a": b.gid}, token=b.owner_token)
    row = next(e["node"] for e in listed["users"]["edges"] if e["node"]["id"] == pending["id"])
    assert row["status"] == "PENDING" and row["user"]["name"] == email and row["user"]["lastLoginAt"] is None
    assert row["user"]["memberships"] == [] and row["user"]["id"] == user["id"]
    # The invitation mail, and the person's own view: listed, not yet a membership.
    mail = await OutboxEmail.filter(to_email=email, template="membership_invitation").first()
    assert mail is not None and "/invite/" in read_variables(runtime.settings, mail)["url"]
    me = (await gql.ok(ME, token=token))["me"]
    assert [m["account"]["id"] for m in me["memberships"]] == [a.gid]
    assert [(p["id"], p["roleName"]) for p in me["pendingInvitations"]] == [(pending["id"], "QA")]
    # The person has no access to B yet.
    assert await gql.error_code(
        "query($a: ID!) { roles(accountId: $a) { id } }", {"a": b.gid}, token=token
    ) in ("FORBIDDEN", "NOT_FOUND")
    # Only the person answers: B's owner cannot accept on their behalf.
    errors = await payload_errors(gql, ACCEPT_MEMBERSHIP, {"id": pending["id"]}, b.owner_token)
    assert codes(errors) == [("membershipId", "NOT_FOUND")]
    accepted = await gql.mutate(ACCEPT_MEMBERSHIP, {"id": pending["id"]}, token=token)
    assert accepted["membership"]["status"] == "ACTIVE"
    # SPEC flow 2: one login, two accounts, a different role in each.
    me = (await gql.ok(ME, token=token))["me"]
    assert sorted((m["account"]["id"], m["role"]["key"]) for m in me["memberships"]) == sorted(
        [(a.gid, "finance"), (b.gid, "qa")]
    )
    assert me["pendingInvitations"] == []


async def test_consent_link_asks_for_the_password_of_the_person(gql, runtime):
    a = await make_tenant(gql, runtime)
    b = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, a, "qa")
    payload = await _invite(gql, b, email)
    mail = await OutboxEmail.filter(to_email=email, template="membership_invitation").first()
    token = invitation_token(read_variables(runtime.settings, mail)["url"])
    wrong = await gql.ok(ACCEPT, {"token": token, "password": "Not-The-Password-42"})
    assert codes(wrong["acceptInvitation"]["errors"]) == [("password", "INVALID_CREDENTIALS")]
    assert (await Membership.get(id=_raw(payload["membership"]["id"]))).status == MembershipStatus.PENDING
    await gql.mutate(ACCEPT, {"token": token, "password": PASSWORD})
    assert (await Membership.get(id=_raw(payload["membership"]["id"]))).status == MembershipStatus.ACTIVE


async def test_consent_can_be_declined_resent_or_revoked_and_nothing_else(gql, runtime):
    a = await make_tenant(gql, runtime)
    b = await make_tenant(gql, runtime)
    email, token = await add_member(gql, a, "qa")
    mid = (await _invite(gql, b, email))["membership"]["id"]
    for query, variables in (
        (UPDATE_MEMBERSHIP, {"input": {"membershipId": mid, "roleId": role_gid("finance")}}),
        (REACTIVATE, {"id": mid}),
    ):
        errors = await payload_errors(gql, query, variables, b.owner_token)
        assert codes(errors) == [("membershipId", "MEMBERSHIP_PENDING_CONSENT")]
    resent = await gql.mutate(RESEND, {"id": mid}, token=b.owner_token)
    assert resent["invitation"]["url"] is None
    assert await OutboxEmail.filter(to_email=email, template="membership_invitation").count() == 2
    assert await Invitation.filter(
        kind=InvitationKind.USER_ACTIVATION, account_id=b.account_id, status="PENDING"
    ).count() == 1
    # Declined: the row is gone from B.
    assert (await gql.mutate(DECLINE_MEMBERSHIP, {"id": mid}, token=token))["declined"] is True
    assert not await Membership.exists(id=_raw(mid))
    # Revoked by B: removeUsers drops the pending row; the identity stays.
    mid = (await _invite(gql, b, email))["membership"]["id"]
    removed = await gql.mutate(REMOVE, {"account": b.gid, "ids": [mid]}, token=b.owner_token)
    assert removed["removed"][0]["userDeleted"] is False
    assert await User.exists(email=email)
    assert (await gql.ok(ME, token=token))["me"]["pendingInvitations"] == []


async def test_bulk_create_with_an_existing_identity_needs_consent(gql, runtime):
    a = await make_tenant(gql, runtime)
    b = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, a, "qa")
    from ....support.users import BULK_CREATE

    def item() -> dict:  # type: ignore[type-arg]
        return {k: v for k, v in new_user_input(b).items() if k != "accountId"}

    result = await gql.mutate(BULK_CREATE, {"input": {"accountId": b.gid, "items": [
        {**item(), "email": email}, item(),
    ]}}, token=b.owner_token)
    statuses = [r["membership"]["status"] for r in result["results"]]
    assert statuses == ["PENDING", "PENDING"]  # the person's consent; the new identity's activation
    assert (await Membership.get(account_id=b.account_id, user__email=email)).status == MembershipStatus.PENDING
    assert await OutboxEmail.filter(to_email=email, template="membership_invitation").exists()


async def test_recovery_codes_are_shown_once_stored_hashed_and_single_use(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    totp, recovery = await _enrol(gql, tenant.owner_token)
    assert len(recovery) == 10 and len(set(recovery)) == 10
    stored = (await User.get(email=tenant.owner_email)).totp_recovery_codes
    assert len(stored) == 10 and not any(code.replace("-", "") in str(stored) for code in recovery)
    # A recovery code signs in instead of a TOTP code, once.
    first = await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": PASSWORD, "code": recovery[0].lower()})
    assert first["token"]
    again = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD, "code": recovery[0]})
    assert again["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # New codes: the old ones stop working.
    fresh = (await gql.mutate(REGENERATE, {"c": totp.now()}, token=tenant.owner_token))["recoveryCodes"]
    bad = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD, "code": recovery[1]})
    assert bad["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # The person who lost their device turns 2FA off with a recovery code.
    assert (await gql.mutate(DISABLE, {"c": fresh[3]}, token=tenant.owner_token))["disabled"] is True
    assert (await User.get(email=tenant.owner_email)).totp_recovery_codes is None


async def test_unproven_mailbox_yields_to_the_first_proof(gql, runtime):
    """Activated through a link handed back to its creator; then an e-mailed link is accepted."""
    tenant = await make_tenant(gql, runtime)
    created = await gql.mutate(CREATE_USER, {"input": new_user_input(tenant)}, token=tenant.owner_token)
    email = created["membership"]["user"]["email"]
    squatter = await gql.mutate(ACCEPT, {"token": invitation_token(created["invitation"]["url"]), "password": PASSWORD})
    user = await User.get(email=email)
    assert user.email_verified_at is None and await Session.filter(user_id=user.id, revoked_at=None).exists()
    # A second account's link, this time one that travelled by e-mail (the worker sent it).
    other = await make_tenant(gql, runtime)
    payload = await payload_errors(gql, CREATE_USER, {"input": {**new_user_input(other), "email": email}},
                                   other.owner_token)
    assert codes(payload) == [("email", "USER_CANNOT_BE_CREATED")]  # unproven: never attached elsewhere
    # A new link for the same identity, this time one that travelled by e-mail (marked SENT as the
    # worker does once the SMTP server accepted it: the tests run without SMTP).
    from tortoise.transactions import in_transaction

    from gqlaccess.services.invitations import invitations

    async with in_transaction():
        issued = await invitations.issue(
            runtime.deps, InvitationKind.USER_ACTIVATION, email=email, account_id=tenant.account_id, user_id=user.id
        )
    await Invitation.filter(id=issued.invitation.id).update(delivery_status=DeliveryStatus.SENT)
    owner = await gql.mutate(ACCEPT, {"token": issued.token, "password": "Mailbox-Owner-Pass-77"})
    assert owner["token"]
    user = await User.get(email=email)
    assert user.email_verified_at is not None
    # The squatter's password and session are gone.
    assert await gql.error_code("{ me { id } }", token=squatter["token"]) == "UNAUTHENTICATED"
    refused = await gql.ok(LOGIN, {"email": email, "password": PASSWORD})
    assert refused["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_password_change_and_ownership_transfer_tell_the_person(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await gql.mutate("mutation($e: String!) { requestPasswordReset(input: {email: $e}) { errors { code } } }",
                     {"e": tenant.owner_email})
    from ..auth.test_password_reset import _reset_link

    token = invitation_token(await _reset_link(runtime, tenant.owner_email))
    await gql.mutate("mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, password: $p}) "
                     "{ errors { code } } }", {"t": token, "p": "Another-Strong-Pass-31"})
    assert await OutboxEmail.filter(to_email=tenant.owner_email, template="password_changed").exists()
    owner = await User.get(email=tenant.owner_email)
    assert await AuditEvent.filter(
        action="identity.password_changed", account_id=tenant.account_id, target_id=str(owner.id)
    ).exists()
    login = await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": "Another-Strong-Pass-31"})
    admin_email, _ = await add_member(gql, tenant, "admin")
    from ....support.users import TRANSFER

    await gql.mutate(TRANSFER, {"account": tenant.gid, "id": await membership_gid(tenant, admin_email)},
                     token=login["token"])
    for email in (tenant.owner_email, admin_email):
        assert await OutboxEmail.filter(to_email=email, template="ownership_transferred").exists()


def _raw(global_id: str):  # type: ignore[no-untyped-def]
    from gqlaccess.graphql.ids import decode_id

    decoded = decode_id(global_id)
    assert decoded is not None
    return decoded[1]
