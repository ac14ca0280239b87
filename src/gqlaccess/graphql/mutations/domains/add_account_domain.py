from __future__ import annotations

import strawberry

from ....services.sso import domains
from ...context import Info
from ...guards import authorize_sso_admin
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.sso import AccountDomainType


@strawberry.input
class AddAccountDomainInput:
    account_id: strawberry.ID
    domain: str


@strawberry.type
class AddAccountDomainPayload(Payload):
    domain: AccountDomainType | None = None


async def add_account_domain(info: Info, input: AddAccountDomainInput) -> AddAccountDomainPayload:
    """Claims a domain; publish the returned TXT record, then call verifyAccountDomain (Admins).
    Public mail domains (gmail.com, outlook.com, ...) are refused (PUBLIC_EMAIL_DOMAIN)."""

    async def body(scope: MutationScope) -> AddAccountDomainPayload:
        account_id = decode_typed(input.account_id, "Account")
        await authorize_sso_admin(info, account_id)
        scope.details = {"domain": input.domain[:253]}
        added = await domains.add_domain(
            info.context.deps, account_id, input.domain, actor_id=info.context.principal.actor_id
        )
        scope.target("AccountDomain", added.domain.id)
        return AddAccountDomainPayload(domain=AccountDomainType.from_view(added))

    return await run_mutation(info, "sso.add_domain", AddAccountDomainPayload, body)
