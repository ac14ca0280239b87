from __future__ import annotations

import strawberry

from ....services.sso import connections
from ...context import Info
from ...guards import authorize_sso_admin
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.sso import SsoConnectionType


@strawberry.input
class DisableSsoInput:
    account_id: strawberry.ID


@strawberry.type
class DisableSsoPayload(Payload):
    connection: SsoConnectionType | None = None


async def disable_sso(info: Info, input: DisableSsoInput) -> DisableSsoPayload:
    """Turns single sign-on off (Admins): pending sign-ins fail at the callback; require-SSO stops."""

    async def body(scope: MutationScope) -> DisableSsoPayload:
        account_id = decode_typed(input.account_id, "Account")
        await authorize_sso_admin(info, account_id)
        scope.target("Account", account_id)
        connection = await connections.disable(info.context.deps, account_id, actor_id=info.context.principal.actor_id)
        return DisableSsoPayload(connection=SsoConnectionType.from_model(info.context.settings, connection))

    return await run_mutation(info, "sso.disable", DisableSsoPayload, body)
