"""Bearer sessions and API tokens: issuing them and turning a bearer secret into a principal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from uuid import UUID

from tortoise.transactions import in_transaction

from ...models import AccessVersion, ApiToken, Client, Session, User, raw
from ...models.enums import ApiTokenKind, SessionKind
from ...policy.access import in_transaction as inside_transaction
from ...policy.access import resolve_access
from ...policy.capabilities import Capability, Level
from ...policy.decision_cache import CACHE, GLOBAL_KEY, MISS, account_key, user_key
from ...policy.decisions import may
from ...policy.principal import REJECTED, Principal, PrincipalKind
from ...security.tokens import API_TOKEN_PREFIX, SESSION_PREFIX, hash_secret, new_secret
from ..core.access_changes import access_changed
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
    async with in_transaction():
        user_ids = await Session.filter(id=session_id, revoked_at=None).values_list("user_id", flat=True)
        await Session.filter(id=session_id, revoked_at=None).update(revoked_at=utcnow())
        await access_changed(users=user_ids)


async def revoke_user_sessions(user_id: UUID) -> None:
    async with in_transaction():
        await Session.filter(user_id=user_id, revoked_at=None).update(revoked_at=utcnow())
        await access_changed(users=[user_id])


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
    # With the versions a cached copy depends on, read in the same statement (decision_cache.py).
    versions = AccessVersion._meta.db_table
    return (
        f'SELECT {raw.columns("s", Session, _SESSION_COLUMNS)}, {raw.columns("u", User, _USER_COLUMNS)}, '
        f'(SELECT v."version" FROM "{versions}" v WHERE v."key" = \'user:\' || u."id") AS "v_user", '
        f'(SELECT v."version" FROM "{versions}" v WHERE v."key" = \'{GLOBAL_KEY}\') AS "v_global" '
        'FROM "session" s JOIN "user" u ON u."id" = s."user_id" WHERE s."token_hash" = $1'
    )


@dataclass(slots=True)
class _CachedSession:
    """What deciding about a bearer session reads; `last_used_at` moves as this process touches it."""

    session_id: UUID
    user_id: UUID
    is_platform_operator: bool
    created_at: datetime
    expires_at: datetime
    revoked: bool
    last_used_at: datetime | None


async def _session_principal(secret: str, now: datetime) -> Principal:
    token_hash = hash_secret(secret)
    key = ("session", token_hash)
    cached = CACHE.get(key)
    if cached is MISS:
        # One prepared SELECT instead of a QuerySet (models/raw.py).
        rows = await raw.select(_session_sql(), [token_hash])
        if not rows:
            return REJECTED
        session = raw.hydrate(Session, rows[0], "s", _SESSION_COLUMNS)
        user = raw.hydrate(User, rows[0], "u", _USER_COLUMNS)
        if session.kind == SessionKind.IMPERSONATION:
            # Rare and short-lived, and their creator's access is re-checked on every use: not cached.
            return await _impersonation_principal(session, user, now)
        cached = _CachedSession(
            session.id, user.id, user.is_platform_operator, session.created_at, session.expires_at,
            session.revoked_at is not None, session.last_used_at,
        )
        if not inside_transaction():
            CACHE.put(key, cached, (
                (user_key(user.id), int(rows[0]["v_user"] or 0)), (GLOBAL_KEY, int(rows[0]["v_global"] or 0)),
            ))
    if cached.revoked or cached.expires_at <= now:
        return REJECTED
    if cached.last_used_at is None or now - cached.last_used_at > _TOUCH_INTERVAL:
        cached.last_used_at = now
        await Session.filter(id=cached.session_id).update(last_used_at=now)
    return Principal(
        kind=PrincipalKind.USER,
        user_id=cached.user_id,
        session_id=cached.session_id,
        is_platform_operator=cached.is_platform_operator,
        session_started_at=cached.created_at,
    )


async def _impersonation_principal(session: Session, user: User, now: datetime) -> Principal:
    if session.revoked_at is not None or session.expires_at <= now:
        return REJECTED
    if session.last_used_at is None or now - session.last_used_at > _TOUCH_INTERVAL:
        await Session.filter(id=session.id).update(last_used_at=now)
    if not await _impersonator_still_allowed(user, session.impersonated_client_id):  # type: ignore[attr-defined]
        await revoke_session(session.id)
        return REJECTED
    return Principal(
        kind=PrincipalKind.IMPERSONATION,
        user_id=user.id,
        session_id=session.id,
        impersonated_client_id=session.impersonated_client_id,  # type: ignore[attr-defined]
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


_TOKEN_COLUMNS = ("id", "account_id", "role_id", "last_used_at", "kind")


@cache
def _api_token_sql() -> str:
    versions = AccessVersion._meta.db_table
    return (
        f'SELECT {raw.columns("t", ApiToken, _TOKEN_COLUMNS)}, '
        f'(SELECT v."version" FROM "{versions}" v WHERE v."key" = \'account:\' || t."account_id") AS "v_account", '
        f'(SELECT v."version" FROM "{versions}" v WHERE v."key" = \'{GLOBAL_KEY}\') AS "v_global" '
        f'FROM "{ApiToken._meta.db_table}" t WHERE t."token_hash" = $1'
    )


@dataclass(slots=True)
class _CachedToken:
    token_id: UUID
    account_id: UUID
    role_id: UUID
    last_used_at: datetime | None
    scim: bool = False  # a SCIM token (issue 18): principal kind SCIM, /scim/v2 only


async def _api_token_principal(secret: str, now: datetime) -> Principal:
    token_hash = hash_secret(secret)
    key = ("api_token", token_hash)
    cached = CACHE.get(key)
    if cached is MISS:
        rows = await raw.select(_api_token_sql(), [token_hash])
        if not rows:
            return REJECTED
        token = raw.hydrate(ApiToken, rows[0], "t", _TOKEN_COLUMNS)
        cached = _CachedToken(token.id, token.account_id, token.role_id, token.last_used_at,  # type: ignore[attr-defined]
                              token.kind == ApiTokenKind.SCIM)
        if not inside_transaction():
            CACHE.put(key, cached, (
                (account_key(cached.account_id), int(rows[0]["v_account"] or 0)),
                (GLOBAL_KEY, int(rows[0]["v_global"] or 0)),
            ))
    if cached.last_used_at is None or now - cached.last_used_at > _TOUCH_INTERVAL:
        cached.last_used_at = now
        await ApiToken.filter(id=cached.token_id).update(last_used_at=now)
    return Principal(
        kind=PrincipalKind.SCIM if cached.scim else PrincipalKind.API_TOKEN,
        api_token_id=cached.token_id,
        api_token_account_id=cached.account_id,
        api_token_role_id=cached.role_id,
    )
