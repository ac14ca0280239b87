from datetime import timedelta

import pytest

from gqlaccess.models import Invitation, User
from gqlaccess.models.enums import InvitationStatus
from gqlaccess.services.accounts.accounts import create_account

from ....support.factories import ACCEPT, LOGIN, PASSWORD, invitation_token

ACCEPT_FULL = """
mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token user { email name activatedAt } errors { field code message } }
}"""


async def _pending(runtime, unique):
    created = await create_account(runtime.deps, name=f"Acme {unique}", owner_email=f"new-{unique}@example.com")
    return created, invitation_token(created.invitation.url(runtime.settings))


async def test_accepting_activates_records_consent_and_logs_in(gql, runtime, unique):
    created, token = await _pending(runtime, unique)
    payload = await gql.mutate(
        ACCEPT_FULL,
        {"input": {"token": token, "password": PASSWORD, "name": "Ada Lovelace", "acceptTerms": True, "acceptPrivacy": True}},
    )
    assert payload["user"]["name"] == "Ada Lovelace"
    assert payload["user"]["activatedAt"]
    user = await User.get(id=created.owner.id)
    assert user.terms_version == runtime.settings.terms_version and user.terms_accepted_at
    assert user.privacy_version == runtime.settings.privacy_version and user.privacy_accepted_at
    assert user.password_hash and user.password_hash.startswith("$argon2id$")
    assert (await gql.ok("{ me { email } }", token=payload["token"]))["me"]["email"] == user.email
    # The link works exactly once.
    again = await gql.ok(ACCEPT, {"token": token, "password": PASSWORD})
    assert again["acceptInvitation"]["errors"][0]["code"] == "INVITATION_USED"


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"password": "password"}, "password", "PASSWORD_TOO_SHORT"),
        ({"password": "qwerty123"}, "password", "PASSWORD_TOO_SHORT"),
        ({"password": "1234567890"}, "password", "PASSWORD_TOO_WEAK"),
        ({"password": "passwordpassword"}, "password", "PASSWORD_TOO_WEAK"),
        ({"password": "x" * 257}, "password", "PASSWORD_TOO_LONG"),
        ({"acceptTerms": False}, "acceptTerms", "TERMS_NOT_ACCEPTED"),
        ({"acceptPrivacy": False}, "acceptPrivacy", "PRIVACY_NOT_ACCEPTED"),
        ({"name": "<script>"}, "name", "INVALID_NAME"),
    ],
)
async def test_bad_input_is_refused_and_changes_nothing(gql, runtime, unique, overrides, field, code):
    created, token = await _pending(runtime, unique)
    variables = {"token": token, "password": PASSWORD, "acceptTerms": True, "acceptPrivacy": True, **overrides}
    data = await gql.ok(ACCEPT_FULL, {"input": variables})
    payload = data["acceptInvitation"]
    assert payload["token"] is None
    assert {"field": field, "code": code} in [{"field": e["field"], "code": e["code"]} for e in payload["errors"]]
    user = await User.get(id=created.owner.id)
    assert user.activated_at is None and user.password_hash is None
    assert (await Invitation.get(id=created.invitation.invitation.id)).status == InvitationStatus.PENDING


async def test_password_equal_to_email_is_refused(gql, runtime, unique):
    created, token = await _pending(runtime, unique)
    data = await gql.ok(ACCEPT, {"token": token, "password": created.owner.email})
    assert data["acceptInvitation"]["errors"][0]["code"] == "PASSWORD_TOO_PERSONAL"


@pytest.mark.parametrize("token", ["", "garbage", "gqi_" + "A" * 43, "gqs_notaninvitation", "x" * 5000])
async def test_unknown_or_garbled_tokens(gql, token):
    data = await gql.ok(ACCEPT, {"token": token, "password": PASSWORD})
    assert data["acceptInvitation"]["errors"][0]["code"] == "INVITATION_INVALID"


async def test_expired_link_is_refused_before_any_sweep(gql, runtime, unique):
    created, token = await _pending(runtime, unique)
    invitation = created.invitation.invitation
    await Invitation.filter(id=invitation.id).update(expires_at=invitation.created_at - timedelta(seconds=1))
    data = await gql.ok(ACCEPT, {"token": token, "password": PASSWORD})
    assert data["acceptInvitation"]["errors"][0]["code"] == "INVITATION_EXPIRED"
    preview = await gql.ok("query($t: String!) { invitation(token: $t) { status kind } }", {"t": token})
    assert preview["invitation"] == {"status": "EXPIRED", "kind": "USER_ACTIVATION"}


async def test_invitation_preview(gql, runtime, unique):
    created, token = await _pending(runtime, unique)
    data = await gql.ok(
        "query($t: String!) { invitation(token: $t) { kind status email accountName language } }", {"t": token}
    )
    assert data["invitation"] == {
        "kind": "USER_ACTIVATION", "status": "PENDING", "email": created.owner.email,
        "accountName": created.account.name, "language": "en",
    }
    assert (await gql.ok("{ invitation(token: \"nope\") { kind } }"))["invitation"] is None


async def test_a_reset_link_cannot_be_used_to_accept(gql, runtime, unique):
    from gqlaccess.models.enums import InvitationKind
    from gqlaccess.services.invitations import invitations

    created, token = await _pending(runtime, unique)
    await gql.mutate(ACCEPT, {"token": token, "password": PASSWORD})
    issued = await invitations.issue(
        runtime.deps, InvitationKind.PASSWORD_RESET, email=created.owner.email, user_id=created.owner.id
    )
    data = await gql.ok(ACCEPT, {"token": issued.token, "password": PASSWORD})
    assert data["acceptInvitation"]["errors"][0]["code"] == "INVITATION_WRONG_KIND"
    assert (await gql.mutate(LOGIN, {"email": created.owner.email, "password": PASSWORD}))["token"]
