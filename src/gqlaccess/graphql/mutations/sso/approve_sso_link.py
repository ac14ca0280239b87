from __future__ import annotations

import strawberry

from ....models import Membership
from ....services.sso import linking
from ...context import Info
from ...errors import NotFound
from ...guards import authorize_sso_admin
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation


@strawberry.input
class ApproveSsoLinkInput:
    membership_id: strawberry.ID


@strawberry.type
class ApproveSsoLinkPayload(Payload):
    membership_id: strawberry.ID | None = None


async def approve_sso_link(info: Info, input: ApproveSsoLinkInput) -> ApproveSsoLinkPayload:
    """An Admin's choice (Admins): this member's next single sign-on links their identity to the
    account's provider without asking for their password. The provider must still verify the
    e-mail, and its domain must be verified by this account."""

    async def body(scope: MutationScope) -> ApproveSsoLinkPayload:
        membership = await Membership.get_or_none(id=decode_typed(input.membership_id, "Membership"))
        if membership is None:
            raise NotFound()
        account_id = membership.account_id  # type: ignore[attr-defined]
        await authorize_sso_admin(info, account_id)
        scope.target("Membership", membership.id)
        await linking.approve_link(account_id, membership, actor_id=info.context.principal.actor_id)
        return ApproveSsoLinkPayload(membership_id=input.membership_id)

    return await run_mutation(info, "sso.approve_link", ApproveSsoLinkPayload, body)
