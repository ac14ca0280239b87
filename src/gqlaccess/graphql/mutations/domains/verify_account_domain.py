from __future__ import annotations

import strawberry

from ....services.sso import domains
from ...context import Info
from ...guards import authorize_sso_admin
from ...runner import MutationScope, Payload, run_mutation
from ...types.sso import AccountDomainType
from .lookup import domain_by_id


@strawberry.input
class VerifyAccountDomainInput:
    domain_id: strawberry.ID


@strawberry.type
class VerifyAccountDomainPayload(Payload):
    domain: AccountDomainType | None = None


async def verify_account_domain(info: Info, input: VerifyAccountDomainInput) -> VerifyAccountDomainPayload:
    """Looks the TXT record up (Admins). DOMAIN_VERIFICATION_FAILED when it is not there yet,
    DOMAIN_VERIFIED_BY_ANOTHER_ACCOUNT when another account holds the domain verified."""

    async def body(scope: MutationScope) -> VerifyAccountDomainPayload:
        row = await domain_by_id(input.domain_id)
        await authorize_sso_admin(info, row.account_id)
        scope.target("AccountDomain", row.id)
        scope.details = {"domain": row.domain}
        verified = await domains.verify_domain(info.context.deps, row.account_id, row.id)
        return VerifyAccountDomainPayload(domain=AccountDomainType.from_view(verified))

    return await run_mutation(info, "sso.verify_domain", VerifyAccountDomainPayload, body)
