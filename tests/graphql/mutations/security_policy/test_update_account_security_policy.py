from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from gqlaccess.models import AccountSecurityPolicy, User
from gqlaccess.services.accounts import account_policies
from gqlaccess.services.core.errors import DomainError

from ....support.factories import LOGIN, PASSWORD, add_member, make_tenant
from ....support.integrator import invite_user

UPDATE = """
mutation($input: UpdateAccountSecurityPolicyInput!) {
  updateAccountSecurityPolicy(input: $input) {
    policy { userInvitationLifetimeHours clientSetupLifetimeDays requireTwoFactor sessionLifetimeHours
             allowedEmailDomains customized }
    errors { field code message }
  }
}"""
POLICY = """query($a: ID!) { accountSecurityPolicy(accountId: $a) {
  userInvitationLifetimeHours clientSetupLifetimeDays requireTwoFactor sessionLifetimeHours allowedEmailDomains customized } }"""
LOGIN_FLAG = """
mutation($email: String!, $password: String!, $code: String) {
  login(input: {email: $email, password: $password, totpCode: $code}) {
    token expiresAt requiresTotpEnrollment errors { code }
  }
}"""


async def test_defaults_then_admin_changes_within_bounds(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    defaults = (await gql.ok(POLICY, {"a": tenant.gid}, token=tenant.owner_token))["accountSecurityPolicy"]
    assert defaults == {
        "userInvitationLifetimeHours": 48.0, "clientSetupLifetimeDays": 30.0, "requireTwoFactor": False,
        "sessionLifetimeHours": 168.0, "allowedEmailDomains": [], "customized": False,
    }
    payload = await gql.mutate(UPDATE, {"input": {
        "accountId": tenant.gid, "userInvitationLifetimeHours": 12, "clientSetupLifetimeDays": 90,
        "sessionLifetimeHours": 8, "allowedEmailDomains": ["Example.COM", "@corp.example.org", "example.com"],
    }}, token=tenant.owner_token)
    assert payload["policy"] == {
        "userInvitationLifetimeHours": 12.0, "clientSetupLifetimeDays": 90.0, "requireTwoFactor": False,
        "sessionLifetimeHours": 8.0, "allowedEmailDomains": ["example.com", "corp.example.org"], "customized": True,
    }
    # New links of the account use its lifetime.
    _, issued = await invite_user(runtime, tenant)
    remaining = issued.invitation.expires_at - datetime.now(UTC)
    assert timedelta(hours=11, minutes=58) < remaining <= timedelta(hours=12)
    # Sessions: the shortest lifetime among the user's accounts.
    login = await gql.mutate(LOGIN, {"email": tenant.owner_email, "password": PASSWORD})
    expires = datetime.fromisoformat(login["expiresAt"])
    assert expires - datetime.now(UTC) <= timedelta(hours=8)


async def test_out_of_bounds_values_are_typed_errors_and_nothing_is_written(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    data = await gql.ok(UPDATE, {"input": {
        "accountId": tenant.gid, "userInvitationLifetimeHours": 0, "clientSetupLifetimeDays": 91,
        "sessionLifetimeHours": 721, "allowedEmailDomains": ["not a domain", "ok.example"], "requireTwoFactor": True,
    }}, token=tenant.owner_token)
    errors = {(e["field"], e["code"]) for e in data["updateAccountSecurityPolicy"]["errors"]}
    assert errors == {
        ("userInvitationLifetimeHours", "OUT_OF_RANGE"), ("clientSetupLifetimeDays", "OUT_OF_RANGE"),
        ("sessionLifetimeHours", "OUT_OF_RANGE"), ("allowedEmailDomains.0", "INVALID_EMAIL_DOMAIN"),
    }
    assert not await AccountSecurityPolicy.filter(account_id=tenant.account_id).exists()
    data = await gql.ok(UPDATE, {"input": {"accountId": tenant.gid, "userInvitationLifetimeHours": 721}}, token=tenant.owner_token)
    assert data["updateAccountSecurityPolicy"]["errors"][0]["code"] == "OUT_OF_RANGE"  # 30 days at most


async def test_only_admins_change_it_and_other_tenants_do_not_see_it(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    variables = {"input": {"accountId": tenant.gid, "requireTwoFactor": True}}
    for role in ("security", "team_lead", "marketing"):
        _, token = await add_member(gql, tenant, role)
        assert await gql.error_code(UPDATE, variables, token=token) == "FORBIDDEN"
    _, marketing = await add_member(gql, tenant, "marketing")
    assert await gql.error_code(POLICY, {"a": tenant.gid}, token=marketing) == "FORBIDDEN"
    assert await gql.error_code(UPDATE, variables, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(POLICY, {"a": tenant.gid}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(UPDATE, variables) == "UNAUTHENTICATED"
    assert not await AccountSecurityPolicy.filter(account_id=tenant.account_id).exists()


async def test_required_two_factor_limits_members_until_they_enrol(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    email, _ = await add_member(gql, tenant, "team_lead")
    await gql.mutate(UPDATE, {"input": {"accountId": tenant.gid, "requireTwoFactor": True}}, token=tenant.owner_token)
    login = await gql.mutate(LOGIN_FLAG, {"email": email, "password": PASSWORD})
    assert login["requiresTotpEnrollment"] is True
    audit = "query($a: ID!) { auditEvents(accountId: $a) { totalCount } }"
    body = await gql.execute(audit, {"a": tenant.gid}, token=login["token"])
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "TOTP_ENROLLMENT_REQUIRED"}
    # Other accounts without the rule are not affected.
    assert (await gql.mutate(LOGIN_FLAG, {"email": other.owner_email, "password": PASSWORD}))["requiresTotpEnrollment"] is False
    # Enrolment works in the limited session, and lifts the limit.
    enrolment = await gql.mutate("mutation { enrollTotp { secret errors { code } } }", token=login["token"])
    code = pyotp.TOTP(enrolment["secret"]).now()
    await gql.mutate(
        "mutation($c: String!) { confirmTotp(input: {code: $c}) { errors { code } } }", {"c": code}, token=login["token"]
    )
    assert (await gql.ok(audit, {"a": tenant.gid}, token=login["token"]))["auditEvents"]["totalCount"] >= 0
    again = await gql.mutate(LOGIN_FLAG, {"email": email, "password": PASSWORD, "code": pyotp.TOTP(enrolment["secret"]).now()})
    assert again["requiresTotpEnrollment"] is False


async def test_allowed_domains_check_for_the_areas_that_create_users(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await account_policies.check_email_domain(tenant.account_id, "anyone@anywhere.example")  # no rule yet
    await gql.mutate(UPDATE, {"input": {"accountId": tenant.gid, "allowedEmailDomains": ["corp.example"]}},
                     token=tenant.owner_token)
    await account_policies.check_email_domain(tenant.account_id, "Jane@CORP.example")
    with pytest.raises(DomainError) as caught:
        await account_policies.check_email_domain(tenant.account_id, "jane@gmail.example")
    assert caught.value.errors[0].code == "EMAIL_DOMAIN_NOT_ALLOWED"
    with pytest.raises(DomainError):
        await account_policies.check_email_domain(tenant.account_id, "jane@sub.corp.example")  # exact domains only
    await gql.mutate(UPDATE, {"input": {"accountId": tenant.gid, "allowedEmailDomains": []}}, token=tenant.owner_token)
    await account_policies.check_email_domain(tenant.account_id, "jane@gmail.example")
    assert await User.exists(email=tenant.owner_email)
