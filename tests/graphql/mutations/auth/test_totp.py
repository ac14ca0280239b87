import pyotp

from gqlaccess.models import User

from ....support.factories import LOGIN, PASSWORD, make_tenant

ENROLL = "mutation { enrollTotp { secret provisioningUri errors { code } } }"
CONFIRM = "mutation($c: String!) { confirmTotp(input: {code: $c}) { enabled errors { field code } } }"
DISABLE = "mutation($c: String!) { disableTotp(input: {code: $c}) { disabled errors { field code } } }"


async def test_enrol_confirm_login_with_code_and_disable(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    enrolment = await gql.mutate(ENROLL, token=tenant.owner_token)
    assert enrolment["provisioningUri"].startswith("otpauth://totp/")
    totp = pyotp.TOTP(enrolment["secret"])
    wrong = await gql.ok(CONFIRM, {"c": "000000" if totp.now() != "000000" else "111111"}, token=tenant.owner_token)
    assert wrong["confirmTotp"]["errors"] == [{"field": "code", "code": "INVALID_TOTP_CODE"}]
    assert (await gql.mutate(CONFIRM, {"c": totp.now()}, token=tenant.owner_token))["enabled"] is True
    user = await User.get(email=tenant.owner_email)
    # Encrypted at rest: the base32 secret is not in the row.
    assert enrolment["secret"] not in (user.totp_secret_encrypted or "")

    missing = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD})
    assert missing["login"]["errors"][0]["code"] == "TOTP_REQUIRED" and missing["login"]["token"] is None
    bad = await gql.ok(LOGIN, {"email": tenant.owner_email, "password": PASSWORD, "code": "12345x"})
    assert bad["login"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    good = await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": PASSWORD, "code": totp.now()})
    assert good["token"]

    again = await gql.ok(ENROLL, token=tenant.owner_token)
    assert again["enrollTotp"]["errors"] == [{"code": "TOTP_ALREADY_ENABLED"}]
    assert (await gql.mutate(DISABLE, {"c": totp.now()}, token=tenant.owner_token))["disabled"] is True
    assert (await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": PASSWORD}))["token"]


async def test_confirm_without_enrolment(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = await gql.ok(CONFIRM, {"c": "123456"}, token=tenant.owner_token)
    assert data["confirmTotp"]["errors"][0]["code"] == "TOTP_NOT_PENDING"


async def test_totp_mutations_need_a_user_session(gql):
    assert await gql.error_code(ENROLL) == "UNAUTHENTICATED"
    assert await gql.error_code(CONFIRM, {"c": "123456"}, token="gqs_forged") == "UNAUTHENTICATED"
