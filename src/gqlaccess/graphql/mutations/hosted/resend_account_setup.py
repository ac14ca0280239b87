from __future__ import annotations

import strawberry

from ....policy.hosting import LifecycleAction
from ....services.accounts import hosted_accounts
from ...context import Info
from ...runner import MutationScope, Payload, run_mutation
from ...types.invitation import InvitationType
from ._lifecycle import authorize_lifecycle


@strawberry.input
class ResendAccountSetupInput:
    account_id: strawberry.ID
    admin_email: str | None = strawberry.field(default=None, description="Another admin e-mail; default: the last one.")


@strawberry.type
class ResendAccountSetupPayload(Payload):
    invitation: InvitationType | None = None


async def resend_account_setup(info: Info, input: ResendAccountSetupInput) -> ResendAccountSetupPayload:
    """"Finish setup" of an unmanaged account: a new link (old ones revoked), maybe to a new e-mail."""

    async def body(scope: MutationScope) -> ResendAccountSetupPayload:
        account = await authorize_lifecycle(info, input.account_id, LifecycleAction.FINISH_SETUP)
        setup = await hosted_accounts.resend_account_setup(
            info.context.deps, account, admin_email=input.admin_email, created_by_id=info.context.principal.user_id
        )
        settings = info.context.settings
        url = None if settings.smtp_enabled else setup.issued.url(settings)
        return ResendAccountSetupPayload(invitation=InvitationType.from_model(setup.issued.invitation, url=url))

    return await run_mutation(info, "account.resend_setup", ResendAccountSetupPayload, body)
