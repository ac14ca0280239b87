from __future__ import annotations

import strawberry

from ....services.accounts import accounts
from ...context import Info
from ...errors import Forbidden
from ...guards import require_user
from ...runner import MutationScope, Payload, run_mutation
from ...types.account import AccountType
from ...types.enums import Language
from ...types.invitation import InvitationType


@strawberry.input
class CreateAccountInput:
    name: str
    owner_email: str
    owner_name: str | None = None
    language: Language = "en"  # type: ignore[valid-type,assignment]
    max_users: int | None = None


@strawberry.type
class CreateAccountPayload(Payload):
    account: AccountType | None = None
    invitation: InvitationType | None = None


async def create_account(info: Info, input: CreateAccountInput) -> CreateAccountPayload:
    """A new tenant and its owner (platform operators only). The owner is invited (48 h)."""

    async def body(scope: MutationScope) -> CreateAccountPayload:
        principal = require_user(info)
        if not principal.is_platform_operator:
            raise Forbidden("PLATFORM_OPERATOR_REQUIRED")
        created = await accounts.create_account(
            info.context.deps,
            name=input.name,
            owner_email=input.owner_email,
            owner_name=input.owner_name,
            language=str(input.language.value if hasattr(input.language, "value") else input.language),
            max_users=input.max_users,
            created_by_id=principal.user_id,
        )
        scope.account_id = created.account.id
        scope.target("Account", created.account.id)
        invitation = InvitationType.from_issued(created.invitation, info.context.settings)
        return CreateAccountPayload(account=AccountType.from_model(created.account), invitation=invitation)

    return await run_mutation(info, "account.create", CreateAccountPayload, body)
