from gqlaccess.models import Account, AuditEvent, User

from ....support.factories import make_tenant

CREATE = """mutation($input: CreateAccountInput!) {
  createAccount(input: $input) {
    account { id name status language managed }
    invitation { kind status url expiresAt deliveryStatus }
    errors { field code message }
  }
}"""


async def _operator(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await User.filter(email=tenant.owner_email).update(is_platform_operator=True)
    return tenant


async def test_operator_creates_an_account_and_gets_the_link(gql, runtime, unique):
    operator = await _operator(gql, runtime)
    payload = await gql.mutate(
        CREATE, {"input": {"name": f"Beta {unique}", "ownerEmail": f"boss-{unique}@example.com", "language": "FR"}},
        token=operator.owner_token,
    )
    assert payload["account"]["status"] == "ACTIVE" and payload["account"]["language"] == "FR"
    invitation = payload["invitation"]
    assert invitation["kind"] == "USER_ACTIVATION" and invitation["status"] == "PENDING"
    assert invitation["url"].startswith("http://testserver/invite/gqi_")  # no SMTP: the link is returned


async def test_members_who_are_not_operators_are_forbidden(gql, runtime, unique):
    tenant = await make_tenant(gql, runtime)
    before = await Account.all().count()
    body = await gql.execute(
        CREATE, {"input": {"name": "X", "ownerEmail": f"x-{unique}@example.com"}}, token=tenant.owner_token
    )
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "PLATFORM_OPERATOR_REQUIRED"}
    assert await Account.all().count() == before
    assert await AuditEvent.filter(action="account.create", outcome="DENIED").exists()


async def test_anonymous_is_unauthenticated(gql, unique):
    body = await gql.execute(CREATE, {"input": {"name": "X", "ownerEmail": f"x-{unique}@example.com"}})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert body["data"] is None


async def test_bad_input_is_reported_on_each_field_and_nothing_is_written(gql, runtime):
    operator = await _operator(gql, runtime)
    before = await Account.all().count()
    data = await gql.ok(
        CREATE, {"input": {"name": " ", "ownerEmail": "a..b@example.com", "maxUsers": 0}}, token=operator.owner_token
    )
    codes = {(e["field"], e["code"]) for e in data["createAccount"]["errors"]}
    assert codes == {("name", "REQUIRED"), ("ownerEmail", "INVALID_EMAIL"), ("maxUsers", "INVALID")}
    assert data["createAccount"]["account"] is None
    assert await Account.all().count() == before


async def test_an_owner_cannot_own_a_second_account(gql, runtime, unique):
    operator = await _operator(gql, runtime)
    other = await make_tenant(gql, runtime)
    data = await gql.ok(CREATE, {"input": {"name": "Second", "ownerEmail": other.owner_email}}, token=operator.owner_token)
    assert data["createAccount"]["errors"] == [
        {"field": "ownerEmail", "code": "USER_CANNOT_BE_CREATED", "message": "This user cannot be created."}
    ]
