from __future__ import annotations

from datetime import datetime

import strawberry

from ...config import Settings
from ...models import SsoConnection
from ...services.sso import connections
from ...services.sso.domains import DomainView
from ..ids import encode_id


@strawberry.type(name="AccountDomain", description="A domain claimed by an account, proven by a DNS TXT record.")
class AccountDomainType:
    id: strawberry.ID
    domain: str
    verified: bool
    verified_at: datetime | None
    last_checked_at: datetime | None
    txt_record_name: str = strawberry.field(description="Publish a TXT record with this name ...")
    txt_record_value: str = strawberry.field(description="... and this value, then call verifyAccountDomain.")
    created_at: datetime

    @classmethod
    def from_view(cls, item: DomainView) -> AccountDomainType:
        row = item.domain
        return cls(
            id=strawberry.ID(encode_id("AccountDomain", row.id)), domain=row.domain,
            verified=row.verified_domain is not None, verified_at=row.verified_at,
            last_checked_at=row.last_checked_at, txt_record_name=item.challenge.name,
            txt_record_value=item.challenge.value, created_at=row.created_at,
        )


@strawberry.type(name="SsoConnection", description="An account's OpenID Connect provider (the secret is never shown).")
class SsoConnectionType:
    id: strawberry.ID
    issuer: str
    client_id: str
    enabled: bool
    auto_join: bool = strawberry.field(
        description="People of a verified domain who sign in through this provider become ACTIVE members "
        "with the default role (plan limit and allowed domains respected)."
    )
    require_sso: bool = strawberry.field(
        description="Password login is refused for the verified domains' people, except the owner (break-glass)."
    )
    default_role_id: strawberry.ID | None
    redirect_uri: str = strawberry.field(description="Paste this into the provider's client configuration.")
    updated_at: datetime

    @classmethod
    def from_model(cls, settings: Settings, row: SsoConnection) -> SsoConnectionType:
        role_id = row.default_role_id  # type: ignore[attr-defined]
        return cls(
            id=strawberry.ID(encode_id("SsoConnection", row.id)), issuer=row.issuer, client_id=row.client_id,
            enabled=row.enabled, auto_join=row.auto_join, require_sso=row.require_sso,
            default_role_id=strawberry.ID(encode_id("Role", role_id)) if role_id else None,
            redirect_uri=connections.redirect_uri(settings), updated_at=row.updated_at,
        )


@strawberry.type(name="SsoCheck", description="One check of testSso.")
class SsoCheckType:
    name: str
    ok: bool
    detail: str
