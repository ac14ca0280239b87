from __future__ import annotations

import strawberry

from ....services.sso import connections, flows
from ...context import Info
from ...guards import authorize_sso_admin
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.sso import SsoCheckType


@strawberry.input
class TestSsoInput:
    account_id: strawberry.ID


@strawberry.type
class TestSsoPayload(Payload):
    ok: bool | None = None
    checks: list[SsoCheckType] | None = None
    sign_in_url: str | None = strawberry.field(
        default=None,
        description="Open it to run a full sign-in at the provider: the callback page reports each check "
        "(state, PKCE code exchange, ID token, email_verified, domain) and links or signs in nobody.",
    )


async def test_sso(info: Info, input: TestSsoInput) -> TestSsoPayload:
    """Checks the connection (Admins): discovery, JWKS, secret, client credentials at the token endpoint."""

    async def body(scope: MutationScope) -> TestSsoPayload:
        account_id = decode_typed(input.account_id, "Account")
        await authorize_sso_admin(info, account_id)
        scope.target("Account", account_id)
        report = await connections.test(info.context.deps, account_id)
        scope.details = {"ok": report.ok, "failed": [c.name for c in report.checks if not c.ok]}
        url = await flows.start(info.context.deps, "", test=True, account_id=account_id) if report.ok else None
        return TestSsoPayload(
            ok=report.ok, checks=[SsoCheckType(name=c.name, ok=c.ok, detail=c.detail) for c in report.checks],
            sign_in_url=url,
        )

    return await run_mutation(info, "sso.test", TestSsoPayload, body)
