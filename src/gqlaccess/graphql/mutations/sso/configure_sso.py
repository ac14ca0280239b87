from __future__ import annotations

import strawberry

from ....services.sso import connections
from ...context import Info
from ...guards import authorize_sso_admin
from ...ids import decode_optional, decode_typed
from ...runner import MutationScope, Payload, run_mutation
from ...types.sso import SsoConnectionType


@strawberry.input
class ConfigureSsoInput:
    account_id: strawberry.ID
    issuer: str = strawberry.field(description="The provider's issuer URL (discovery is fetched from it).")
    client_id: str
    client_secret: str | None = strawberry.field(
        default=None, description="Required the first time; omitted later, the stored one is kept."
    )
    auto_join: bool | None = None
    require_sso: bool | None = None
    default_role_id: strawberry.ID | None = strawberry.field(
        default=None, description="The role of people who join through SSO (default Contributor; never Admin)."
    )


@strawberry.type
class ConfigureSsoPayload(Payload):
    connection: SsoConnectionType | None = None


async def configure_sso(info: Info, input: ConfigureSsoInput) -> ConfigureSsoPayload:
    """Creates or replaces the account's OpenID Connect connection (Admins). The discovery
    document is fetched and validated first (SSO_DISCOVERY_FAILED); the client secret is
    encrypted at rest and never returned; `connection.redirectUri` goes into the provider."""

    async def body(scope: MutationScope) -> ConfigureSsoPayload:
        account_id = decode_typed(input.account_id, "Account")
        await authorize_sso_admin(info, account_id)
        scope.target("Account", account_id)
        scope.details = {"issuer": input.issuer[:500], "clientId": input.client_id[:255],
                         "autoJoin": input.auto_join, "requireSso": input.require_sso,
                         "secretChanged": bool(input.client_secret)}
        connection = await connections.configure(
            info.context.deps, account_id, issuer=input.issuer, client_id=input.client_id,
            client_secret_value=input.client_secret, auto_join=input.auto_join, require_sso=input.require_sso,
            default_role_id=decode_optional(input.default_role_id, "Role") if input.default_role_id else None,
            actor_id=info.context.principal.actor_id,
        )
        return ConfigureSsoPayload(connection=SsoConnectionType.from_model(info.context.settings, connection))

    return await run_mutation(info, "sso.configure", ConfigureSsoPayload, body)
