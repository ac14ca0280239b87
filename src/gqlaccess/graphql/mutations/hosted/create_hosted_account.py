from __future__ import annotations

import strawberry

from ....models import Account
from ....policy.capabilities import Capability, Level
from ....services.accounts import hosted_accounts
from ...context import Info
from ...guards import authorize
from ...ids import decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.account import AccountType
from ...types.invitation import InvitationType


@strawberry.input
class CreateHostedAccountInput:
    host_account_id: strawberry.ID
    name: str
    managed: bool
    admin_email: str | None = strawberry.field(default=None, description="Unmanaged accounts only: the invited admin.")


@strawberry.type
class CreateHostedAccountPayload(Payload):
    account: AccountType | None = None
    invitation: InvitationType | None = strawberry.field(
        default=None, description="Unmanaged accounts: the admin's setup link (url only when SMTP is off)."
    )


async def create_hosted_account(info: Info, input: CreateHostedAccountInput) -> CreateHostedAccountPayload:
    """A managed account (host members reach it, ACTIVE) or an unmanaged one (invited admin, 48 h)."""

    async def body(scope: MutationScope) -> CreateHostedAccountPayload:
        host_id = decode_typed(input.host_account_id, "Account")
        access = await authorize(info, host_id, Capability.HOSTED_ACCOUNTS, Level.MANAGE)
        host = await Account.get(id=access.account_id)
        result = await hosted_accounts.create_hosted_account(
            info.context.deps, host, name=input.name, managed=input.managed, admin_email=input.admin_email,
            created_by_id=info.context.principal.user_id,
        )
        scope.target("Account", result.account.id)
        scope.details["managed"] = input.managed
        invitation = None
        if result.setup is not None:
            settings = info.context.settings
            url = None if settings.smtp_enabled else result.setup.issued.url(settings)
            invitation = InvitationType.from_model(result.setup.issued.invitation, url=url)
        return CreateHostedAccountPayload(account=AccountType.from_model(result.account), invitation=invitation)

    return await run_mutation(info, "account.create_hosted", CreateHostedAccountPayload, body)
