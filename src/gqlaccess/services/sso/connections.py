"""An account's OpenID Connect connection: configureSso, testSso, disableSso.

The client secret is encrypted at rest (security/crypto.py, its own purpose) and never returned.
The redirect URI to paste into the provider is `{GQLACCESS_PUBLIC_URL}/sso/callback`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import Role, SsoConnection
from ...policy.sso import may_be_default_role
from ...security import crypto
from ..core import events
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..roles.roles import predefined_role, usable_in_account
from . import oidc

SECRET_PURPOSE = "sso-client-secret"
DEFAULT_ROLE_KEY = "contributor"


def redirect_uri(settings: Settings) -> str:
    return f"{settings.public_url}/sso/callback"


def client_secret(settings: Settings, connection: SsoConnection) -> str:
    return crypto.decrypt(settings.secret_key, SECRET_PURPOSE, connection.client_secret_encrypted)


def metadata(connection: SsoConnection) -> oidc.ProviderMetadata:
    return oidc.ProviderMetadata.from_dict(connection.metadata)


async def get(account_id: UUID) -> SsoConnection | None:
    return await SsoConnection.get_or_none(account_id=account_id)


async def _default_role(account_id: UUID, role_id: UUID | None) -> Role:
    if role_id is None:
        return await predefined_role(DEFAULT_ROLE_KEY)
    role = await Role.get_or_none(id=role_id)
    if role is None or not usable_in_account(role, account_id):
        raise DomainError.of("defaultRoleId", ErrorCode.ROLE_NOT_FOUND, "No such role in this account.")
    decision = may_be_default_role(role.key, str(role.kind))
    if not decision.allowed:
        raise DomainError.of("defaultRoleId", ErrorCode.INVALID_PERMISSION,
                             "People who join through single sign-on cannot get this role.")
    return role


async def configure(
    deps: Deps, account_id: UUID, *, issuer: str, client_id: str, client_secret_value: str | None,
    auto_join: bool | None, require_sso: bool | None, default_role_id: UUID | None, actor_id: UUID | None,
) -> SsoConnection:
    """Creates or replaces the connection; discovery is fetched and validated first."""
    issuer = (issuer or "").strip()
    client_id = (client_id or "").strip()
    existing = await get(account_id)
    if not client_id or len(client_id) > 255:
        raise DomainError.of("clientId", ErrorCode.REQUIRED,
                             "Give the client ID the provider shows (at most 255 characters).")
    if not client_secret_value and existing is None:
        raise DomainError.of("clientSecret", ErrorCode.REQUIRED, "Give the client secret the provider shows.")
    if len(issuer) > 500:
        raise DomainError.of("issuer", ErrorCode.TOO_LONG, "At most 500 characters.")
    role = await _default_role(account_id, default_role_id) if default_role_id or existing is None else None
    try:
        found = await oidc.discover(deps.settings, issuer)
    except oidc.OidcError as exc:
        raise DomainError.of("issuer", ErrorCode.SSO_DISCOVERY_FAILED, f"Discovery failed ({exc.reason}): {exc.detail}") from exc
    async with in_transaction():
        connection = existing or SsoConnection(account_id=account_id)
        connection.issuer = issuer
        connection.client_id = client_id
        if client_secret_value:
            connection.client_secret_encrypted = crypto.encrypt(deps.settings.secret_key, SECRET_PURPOSE, client_secret_value)
        connection.metadata = found.as_dict()
        connection.enabled = True
        if auto_join is not None:
            connection.auto_join = auto_join
        if require_sso is not None:
            connection.require_sso = require_sso
        if role is not None:
            connection.default_role_id = role.id  # type: ignore[attr-defined]
        connection.updated_by_id = actor_id
        await connection.save()
        deliveries = await events.emit(account_id, events.EventType.SSO_UPDATED, _event_data(connection))
    await events.dispatch(deps, deliveries)
    return connection


def _event_data(connection: SsoConnection) -> dict[str, object]:
    return {
        "id": events.ref("SsoConnection", connection.id), "issuer": connection.issuer,
        "enabled": connection.enabled, "autoJoin": connection.auto_join, "requireSso": connection.require_sso,
    }


async def disable(deps: Deps, account_id: UUID, *, actor_id: UUID | None) -> SsoConnection:
    connection = await get(account_id)
    if connection is None:
        raise DomainError.of(None, ErrorCode.SSO_NOT_CONFIGURED, "Single sign-on is not configured.")
    async with in_transaction():
        connection.enabled = False
        connection.updated_by_id = actor_id
        await connection.save(update_fields=["enabled", "updated_by_id", "updated_at"])
        deliveries = await events.emit(account_id, events.EventType.SSO_UPDATED, _event_data(connection))
    await events.dispatch(deps, deliveries)
    return connection


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class TestReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


async def test(deps: Deps, account_id: UUID) -> TestReport:
    """Every check a sign-in depends on that can run without a person at the provider:
    discovery (issuer, endpoints, PKCE, algorithms), the JWKS, the client credentials (a code
    that cannot exist is exchanged: `invalid_grant` means the provider accepted the client), the
    secret decrypting with the current key. The interactive part is `startSso(test: true)`."""
    connection = await get(account_id)
    if connection is None:
        raise DomainError.of(None, ErrorCode.SSO_NOT_CONFIGURED, "Single sign-on is not configured.")
    settings = deps.settings
    report = TestReport()
    try:
        found = await oidc.discover(settings, connection.issuer)
        report.checks.append(Check("discovery", True, f"issuer {found.issuer}, algorithms {', '.join(found.algorithms)}"))
    except oidc.OidcError as exc:
        report.checks.append(Check("discovery", False, f"{exc.reason}: {exc.detail}"))
        return report
    try:
        keys = await oidc.jwks(settings, found.jwks_uri, refresh=True)
        report.checks.append(Check("jwks", bool(keys.keys), f"{len(keys.keys)} key(s) at {found.jwks_uri}"))
    except oidc.OidcError as exc:
        report.checks.append(Check("jwks", False, f"{exc.reason}: {exc.detail}"))
    try:
        secret = client_secret(settings, connection)
        report.checks.append(Check("client_secret_decrypts", True, "the stored secret decrypts with the current key"))
    except ValueError:
        report.checks.append(Check("client_secret_decrypts", False, "the stored secret does not decrypt: configure it again"))
        return report
    answer = await oidc.probe_client_credentials(settings, found, connection.client_id, secret, redirect_uri(settings))
    report.checks.append(Check(
        "client_credentials", "invalid_grant" in answer,
        "the provider accepted the client ID and secret" if "invalid_grant" in answer else f"the provider answered {answer}",
    ))
    connection.metadata = found.as_dict()
    await connection.save(update_fields=["metadata", "updated_at"])
    return report
