from __future__ import annotations

import strawberry

from ....services.sso import domains
from ...context import Info
from ...guards import authorize_sso_admin
from ...runner import MutationScope, Payload, run_mutation
from .lookup import domain_by_id


@strawberry.input
class RemoveAccountDomainInput:
    domain_id: strawberry.ID


@strawberry.type
class RemoveAccountDomainPayload(Payload):
    removed_domain_id: strawberry.ID | None = None


async def remove_account_domain(info: Info, input: RemoveAccountDomainInput) -> RemoveAccountDomainPayload:
    """Removes the claim (Admins); SSO routing, auto-join and require-SSO stop for its people."""

    async def body(scope: MutationScope) -> RemoveAccountDomainPayload:
        row = await domain_by_id(input.domain_id)
        await authorize_sso_admin(info, row.account_id)
        scope.target("AccountDomain", row.id)
        scope.details = {"domain": row.domain}
        await domains.remove_domain(info.context.deps, row.account_id, row.id)
        return RemoveAccountDomainPayload(removed_domain_id=input.domain_id)

    return await run_mutation(info, "sso.remove_domain", RemoveAccountDomainPayload, body)
