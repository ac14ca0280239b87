"""Bearer sessions and API tokens: issuing them and turning a bearer secret into a principal.

Sessions for apps (login, acceptInvitation, single sign-on): `issue_session` opens a session
(the *family*) with a short-lived access token and a refresh token. `refresh_session` exchanges a
refresh token for a new pair: the used refresh token is spent, the access token replaced. A spent
refresh token presented again means it leaked: the whole family is revoked. Only SHA-256 hashes
of both secrets are stored. The family never outlives `Session.expires_at`, the account session
lifetime (`account_policies.session_lifetime`, clamped when an account shortens it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from uuid import UUID

from tortoise.transactions import in_transaction

from ...config import Settings
from ...models import AccessVersion, ApiToken, Client, RefreshToken, Session, User, raw
from ...models.enums import ApiTokenKind, SessionKind
from ...policy.access import in_transaction as inside_transaction
from ...policy.access import resolve_access
from ...policy.capabilities import Capability, Level
from ...policy.decision_cache import CACHE, GLOBAL_KEY, MISS, account_key, user_key
from ...policy.decisions import may
from ...policy.principal import REJECTED, Principal, PrincipalKind
from ...security.tokens import API_TOKEN_PREFIX, REFRESH_TOKEN_PREFIX, SESSION_PREFIX, hash_secret, new_secret
from ..accounts import account_policies
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
    access_lifetime: timedelta | None = None,
) -> tuple[Session, str]:
    """A bare bearer session (view-as-client tokens). People signing in get `issue_session`."""
    token = new_secret(SESSION_PREFIX)
    now = utcnow()
    expires_at = now + lifetime
    session = await Session.create(
        token_hash=hash_secret(token),
        kind=kind,
        user_id=user.id,
        impersonated_client_id=impersonated_client_id,
        expires_at=expires_at,
        access_expires_at=min(now + access_lifetime, expires_at) if access_lifetime is not None else None,
        ip=ip,
        user_agent=(user_agent or "")[:300] or None,
    )
    return session, token


@dataclass(frozen=True)
class IssuedSession:
    """What `login` / `acceptInvitation` / `completeSso` hand back to the app."""

    session: Session
    token: str  # the access token (Authorization: Bearer)
    expires_at: datetime  # when the access token ends (renew with refreshSession before)
    refresh_token: str
    refresh_expires_at: datetime  # the family's end: sign in again after it


async def issue_session(
    settings: Settings, user: User, *, ip: str | None = None, user_agent: str | None = None
) -> IssuedSession:
    """The one way a person gets a session: a family bounded by the account session lifetime,
    a short-lived access token and its first refresh token. Call it inside your transaction."""
    lifetime = await account_policies.session_lifetime(settings, user.id)
    async with in_transaction():
        session, token = await create_session(
            user, lifetime=lifetime, ip=ip, user_agent=user_agent, access_lifetime=settings.lifetimes.access_token
        )
        refresh_token = await _new_refresh_token(session)
    assert session.access_expires_at is not None
    return IssuedSession(session, token, session.access_expires_at, refresh_token, session.expires_at)


async def _new_refresh_token(session: Session) -> str:
    secret = new_secret(REFRESH_TOKEN_PREFIX)
    await RefreshToken.create(session_id=session.id, token_hash=hash_secret(secret))
    return secret


class RefreshRefusal(StrEnum):
    UNKNOWN = "UNKNOWN_REFRESH_TOKEN"
    REUSED = "REFRESH_TOKEN_REUSED"
    EXPIRED = "SESSION_EXPIRED"
    REVOKED = "SESSION_REVOKED"
    NO_ACCESS = "NO_ACCESS_LEFT"


class RefreshRefused(Exception):
    """The refresh token opens nothing. `family_revoked`: this attempt revoked the session."""

    def __init__(self, reason: RefreshRefusal, session: Session | None = None, *, family_revoked: bool = False):
        super().__init__(reason.value)
        self.reason = reason
        self.session = session
        self.family_revoked = family_revoked


async def refresh_session(settings: Settings, refresh_token: str, *, ip: str | None = None) -> IssuedSession:
    """Spend a refresh token for a new access token and a new refresh token (rotation).

    Raises RefreshRefused. A spent token presented again, a token of an expired family, or of a
    person who may no longer sign in revokes the family (every token of it stops at once).
    """
    now = utcnow()
    row = await RefreshToken.get_or_none(token_hash=hash_secret(refresh_token or "")).select_related("session")
    if row is None:
        raise RefreshRefused(RefreshRefusal.UNKNOWN)
    session: Session = row.session
    if session.kind != SessionKind.USER:
        raise RefreshRefused(RefreshRefusal.UNKNOWN)
    if session.revoked_at is not None:
        raise RefreshRefused(RefreshRefusal.REUSED if row.used_at else RefreshRefusal.REVOKED, session)
    # Spend it atomically: of two concurrent refreshes with one token, exactly one wins.
    spent = await RefreshToken.filter(id=row.id, used_at=None).update(used_at=now)
    if not spent:
        await _end_family(session, RefreshRefusal.REUSED)
    if session.expires_at <= now:
        await _end_family(session, RefreshRefusal.EXPIRED)
    # Imported here: client_access registers an invitation effect, and invitations end sessions.
    from ..clients import client_access

    user = await User.get_or_none(id=session.user_id)  # type: ignore[attr-defined]
    if user is None or user.activated_at is None or not await client_access.may_log_in(user):
        await _end_family(session, RefreshRefusal.NO_ACCESS)
    assert user is not None
    # The family never outlives the strictest account lifetime, also one joined since sign-in.
    family_end = min(session.expires_at, session.created_at + await account_policies.session_lifetime(settings, user.id))
    if family_end <= now:
        await _end_family(session, RefreshRefusal.EXPIRED)
    token = new_secret(SESSION_PREFIX)
    access_expires_at = min(now + settings.lifetimes.access_token, family_end)
    async with in_transaction():
        await Session.filter(id=session.id).update(
            token_hash=hash_secret(token),
            expires_at=family_end,
            access_expires_at=access_expires_at,
            last_used_at=now,
            ip=ip or session.ip,  # where the app is now; the User-Agent stays the sign-in one (device label)
        )
        next_refresh = await _new_refresh_token(session)
        await access_changed(users=[user.id])  # the replaced access token may be cached anywhere
    session.expires_at, session.access_expires_at, session.last_used_at = family_end, access_expires_at, now
    return IssuedSession(session, token, access_expires_at, next_refresh, family_end)


async def _end_family(session: Session, reason: RefreshRefusal) -> None:
    await revoke_session(session.id, reason.value)
    raise RefreshRefused(reason, session, family_revoked=True)


async def revoke_session(session_id: UUID, reason: str = "LOGOUT") -> int:
    async with in_transaction():
        user_ids = await Session.filter(id=session_id, revoked_at=None).values_list("user_id", flat=True)
        ended = await Session.filter(id=session_id, revoked_at=None).update(revoked_at=utcnow(), revoked_reason=reason)
        await access_changed(users=user_ids)
    return ended


async def revoke_user_sessions(user_id: UUID | Iterable[UUID], reason: str = "REVOKED") -> int:
    """Ends every session of the person (or people): access and refresh tokens alike."""
    ids = [user_id] if isinstance(user_id, UUID) else list(set(user_id))
    if not ids:
        return 0
    async with in_transaction():
        ended = await Session.filter(user_id__in=ids, revoked_at=None).update(revoked_at=utcnow(), revoked_reason=reason)
        await access_changed(users=ids)
    return ended


async def live_sessions(user_id: UUID) -> list[Session]:
    """The person's sessions that still open something, most recently used first."""
    rows = await Session.filter(user_id=user_id, revoked_at=None, expires_at__gt=utcnow())
    return sorted(rows, key=lambda s: s.last_used_at or s.created_at, reverse=True)


async def revoke_own_session(user_id: UUID, session_id: UUID) -> bool:
    """False when the id is not a live session of this person (unknown, another's, ended)."""
    async with in_transaction():
        ended = await Session.filter(id=session_id, user_id=user_id, revoked_at=None, expires_at__gt=utcnow()).update(
            revoked_at=utcnow(), revoked_reason="REVOKED"
        )
        if ended:
            await access_changed(users=[user_id])
    return bool(ended)


async def revoke_other_sessions(user_id: UUID, keep_session_id: UUID) -> int:
    async with in_transaction():
        ended = (
            await Session.filter(user_id=user_id, revoked_at=None)
            .exclude(id=keep_session_id)
            .update(revoked_at=utcnow(), revoked_reason="REVOKED")
        )
        await access_changed(users=[user_id])
    return ended


@lru_cache(maxsize=1024)
def device_label(user_agent: str | None) -> str:
    """"Firefox 133 on Ubuntu", "Mobile Safari on iOS 17", or the first product of the header."""
    if not user_agent:
        return "Unknown device"
    from ua_parser import parse  # compiles its rules on first use: only listing pays for it

    result = parse(user_agent)
    browser = result.user_agent
    system = result.os
    name = " ".join(p for p in (browser.family, browser.major) if p) if browser and browser.family != "Other" else ""
    where = " ".join(p for p in (system.family, system.major) if p) if system and system.family != "Other" else ""
    if name and where:
        return f"{name} on {where}"
    if name or where:
        return name or where
    return user_agent.split(" ", 1)[0].replace("/", " ")[:60]


async def authenticate_bearer(secret: str) -> Principal:
    now = utcnow()
    if secret.startswith(SESSION_PREFIX):
        return await _session_principal(secret, now)
    if secret.startswith(API_TOKEN_PREFIX):
        return await _api_token_principal(secret, now)
    return REJECTED


# Only what deciding and building the principal reads (raw.hydrate makes partial objects).
_SESSION_COLUMNS = (
    "id", "kind", "created_at", "revoked_at", "expires_at", "access_expires_at", "last_used_at", "impersonated_client_id"
)
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
    access_expires_at: datetime | None
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
            session.access_expires_at, session.revoked_at is not None, session.last_used_at,
        )
        if not inside_transaction():
            CACHE.put(key, cached, (
                (user_key(user.id), int(rows[0]["v_user"] or 0)), (GLOBAL_KEY, int(rows[0]["v_global"] or 0)),
            ))
    if cached.revoked or cached.expires_at <= now:
        return REJECTED
    if cached.access_expires_at is not None and cached.access_expires_at <= now:  # renew: refreshSession
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
    if session.access_expires_at is not None and session.access_expires_at <= now:  # renew: refreshSession
        return REJECTED
    if session.last_used_at is None or now - session.last_used_at > _TOUCH_INTERVAL:
        await Session.filter(id=session.id).update(last_used_at=now)
    if not await _impersonator_still_allowed(user, session.impersonated_client_id):  # type: ignore[attr-defined]
        await revoke_session(session.id, "ACCESS_ENDED")
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


_TOKEN_COLUMNS = ("id", "account_id", "role_id", "last_used_at", "rate_limit_per_minute", "kind")


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
    rate_limit: int | None
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
        cached = _CachedToken(
            token.id, token.account_id, token.role_id, token.last_used_at, token.rate_limit_per_minute,  # type: ignore[attr-defined]
            token.kind == ApiTokenKind.SCIM,
        )
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
        rate_limit=cached.rate_limit,
    )
