"""Bearer sessions and API tokens: issuing them and turning a bearer secret into a principal."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from uuid import UUID

from ...models import ApiToken, Client, Session, User, raw
from ...models.enums import ApiTokenKind, SessionKind
from ...policy.access import resolve_access
from ...policy.capabilities import Capability, Level
from ...policy.decisions import may
from ...policy.principal import REJECTED, Principal, PrincipalKind
from ...security.tokens import API_TOKEN_PREFIX, SESSION_PREFIX, hash_secret, new_secret
from ..core.clock import utcnow

# Writing last-used on every request would turn reads into writes; once a minute is enough.
_TOUCH_INTERVAL = timedelta(seconds=60)


async def create_session(
    user: User,
    *,
    lifetime: timedelta,
    ip: str | None = None,
    user_agent: str | None = None,
    kind: SessionKind = SessionKind.USER,
    impersonated_client_id: UUID | None = None,
) -> tuple[Session, str]:
    token = new_secret(SESSION_PREFIX)
    session = await Session.create(
        token_hash=hash_secret(token),
        kind=kind,
        user_id=user.id,
        impersonated_client_id=impersonated_client_id,
        expires_at=utcnow() + lifetime,
        ip=ip,
        user_agent=(user_agent or "")[:300] or None,
    )
    return session, token


async def revoke_session(session_id: UUID) -> None:
    await Session.filter(id=session_id, revoked_at=None).update(revoked_at=utcnow())


async def revoke_user_sessions(user_id: UUID) -> None:
    await Session.filter(user_id=user_id, revoked_at=None).update(revoked_at=utcnow())


async def authenticate_bearer(secret: str) -> Principal:
    now = utcnow()
    if secret.startswith(SESSION_PREFIX):
        return await _session_principal(secret, now)
    if secret.startswith(API_TOKEN_PREFIX):
        return await _api_token_principal(secret, now)
    return REJECTED


# Only what deciding and building the principal reads (raw.hydrate makes partial objects).
_SESSION_COLUMNS = ("id", "kind", "created_at", "revoked_at", "expires_at", "last_used_at", "impersonated_client_id")
_USER_COLUMNS = ("id", "is_platform_operator")


@cache
def _session_sql() -> str:
    return (
        f'SELECT {raw.columns("s", Session, _SESSION_COLUMNS)}, {raw.columns("u", User, _USER_COLUMNS)} '
        'FROM "session" s JOIN "user" u ON u."id" = s."user_id" WHERE s."token_hash" = $1'
    )


async def _session_principal(secret: str, now: datetime) -> Principal:
    # Every request: one prepared SELECT instead of a QuerySet (models/raw.py).
    rows = await raw.select(_session_sql(), [hash_secret(secret)])
    if not rows:
        return REJECTED
    session = raw.hydrate(Session, rows[0], "s", _SESSION_COLUMNS)
    user = raw.hydrate(User, rows[0], "u", _USER_COLUMNS)
    if session.revoked_at is not None or session.expires_at <= now:
        return REJECTED
    if session.last_used_at is None or now - session.last_used_at > _TOUCH_INTERVAL:
        await Session.filter(id=session.id).update(last_used_at=now)
    if session.kind == SessionKind.IMPERSONATION:
        if not await _impersonator_still_allowed(user, session.impersonated_client_id):  # type: ignore[attr-defined]
            await revoke_session(session.id)
            return REJECTED
        return Principal(
            kind=PrincipalKind.IMPERSONATION,
            user_id=user.id,
            session_id=session.id,
            impersonated_client_id=session.impersonated_client_id,  # type: ignore[attr-defined]
        )
    return Principal(
        kind=PrincipalKind.USER,
        user_id=user.id,
        session_id=session.id,
        is_platform_operator=user.is_platform_operator,
        session_started_at=session.created_at,
    )


async def _impersonator_still_allowed(user: User, client_id: UUID | None) -> bool:
    """A view-as-client token lives only as long as its creator may still view the client.

    Checked on every use, with the decision that let `impersonateClient` start (clients: VIEW in
    the client's account), so whatever took that away — membership deactivated or removed, role or
    custom role changed, host membership or host deactivated, client gone — ends the token at once,
    without each of those services knowing about impersonation. Two small queries; such tokens are
    rare and short-lived.
    """
    if client_id is None:
        return False
    account_ids = await Client.filter(id=client_id).values_list("account_id", flat=True)
    if not account_ids:
        return False
    impersonator = Principal(kind=PrincipalKind.USER, user_id=user.id, is_platform_operator=user.is_platform_operator)
    access = await resolve_access(impersonator, account_ids[0])
    return may(access, Capability.CLIENTS, Level.VIEW).allowed


async def _api_token_principal(secret: str, now: datetime) -> Principal:
    token = await ApiToken.get_or_none(token_hash=hash_secret(secret))
    if token is None:
        return REJECTED
    if token.last_used_at is None or now - token.last_used_at > _TOUCH_INTERVAL:
        await ApiToken.filter(id=token.id).update(last_used_at=now)
    return Principal(
        kind=PrincipalKind.SCIM if token.kind == ApiTokenKind.SCIM else PrincipalKind.API_TOKEN,
        api_token_id=token.id,
        api_token_account_id=token.account_id,  # type: ignore[attr-defined]
        api_token_role_id=token.role_id,  # type: ignore[attr-defined]
    )
