"""A single sign-on, step by step. State lives in Redis, each piece usable once (GETDEL).

1. `start(email)` (startSso, anonymous): home-realm discovery by the e-mail's verified domain.
   Whatever the domain, the answer is the same: a `/sso/start/<handle>` URL on this service, so
   the API does not tell a guesser which domains have single sign-on.
2. `begin(handle)` (GET /sso/start/<handle>, in the browser): builds the authorization request
   (code flow, PKCE S256, state, nonce) and binds it to the browser: a random secret goes into an
   HttpOnly cookie, its hash into the pending sign-in. Unknown domain: back to the app with
   `#error=SSO_UNAVAILABLE` and nothing at any provider.
3. `callback(state, code, cookie)` (GET /sso/callback): the pending sign-in is taken (a replayed
   or invented state finds nothing), the cookie must match, the code is exchanged, the ID token
   validated (oidc.verify_id_token), `email_verified` required, linking decided; then a one-time
   code (60 s) goes to the app in the URL fragment (never a session token in a URL).
4. `complete(code, password)` (completeSso): the code is taken, the decision made again with fresh
   facts (and the password proof when linking needs it), then the session `login` opens.
Every refusal is audited (`sso.callback` / `sso.complete`, DENIED, with its reason).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from ...models import Account, SsoConnection
from ...models.enums import AccountStatus, AuditOutcome
from ...policy.principal import ANONYMOUS, Principal, PrincipalKind
from ...policy.sso import Outcome
from ...security import rules
from ...security.passwords import verify_password
from ...security.tokens import hash_secret
from ..audit import audit
from ..auth.authentication import LoginResult, open_session
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from ..core.throttle import Throttle
from . import connections, linking, oidc
from .domains import email_domain, verified_account_for

COOKIE = "gqlaccess_sso"


class SignInRefused(Exception):
    def __init__(self, reason: str, *, account_id: UUID | None = None, user_id: UUID | None = None,
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.account_id = account_id
        self.user_id = user_id
        self.details = details or {}


def _key(deps: Deps, kind: str, value: str) -> str:
    return f"{deps.settings.redis_prefix}:sso:{kind}:{hash_secret(value)}"


def _redis(deps: Deps) -> Any:
    if deps.queue.redis is None:
        raise DomainError.of(None, ErrorCode.SSO_SIGN_IN_FAILED, "Single sign-on is unavailable right now.")
    return deps.queue.redis


async def _put(deps: Deps, kind: str, value: str, data: dict[str, Any], ttl: int) -> None:
    await _redis(deps).set(_key(deps, kind, value), json.dumps(data), ex=ttl)


async def _take(deps: Deps, kind: str, value: str) -> dict[str, Any] | None:
    raw = await _redis(deps).getdel(_key(deps, kind, value))
    return json.loads(raw) if raw else None


def complete_url(deps: Deps) -> str:
    return deps.settings.sso_complete_url or f"{deps.settings.public_url}/sso/complete"


# --- 1. startSso ---------------------------------------------------------------------------------

async def start(deps: Deps, email: str, *, test: bool = False, account_id: UUID | None = None) -> str:
    """The URL to send the browser to. Identical in shape whether or not the domain has SSO."""
    normalized = rules.normalize_email(email or "")
    address = normalized if isinstance(normalized, str) else ""
    if account_id is None and address:
        account_id = await verified_account_for(email_domain(address))
    connection = await SsoConnection.get_or_none(account_id=account_id, enabled=True) if account_id else None
    handle = secrets.token_urlsafe(32)
    await _put(deps, "start", handle, {
        "account_id": str(account_id) if connection is not None else None,
        "connection_id": str(connection.id) if connection is not None else None,
        "email": address, "test": test,
    }, deps.settings.sso_state_ttl_seconds)
    return f"{deps.settings.public_url}/sso/start/{handle}"


# --- 2. the browser arrives ----------------------------------------------------------------------

@dataclass
class Begun:
    authorization_url: str
    browser_secret: str


async def begin(deps: Deps, handle: str) -> Begun | None:
    started = await _take(deps, "start", handle)
    if started is None or started["account_id"] is None:
        return None
    connection = await SsoConnection.get_or_none(id=started["connection_id"], enabled=True)
    if connection is None:
        return None
    settings = deps.settings
    request = oidc.authorization_request(
        settings, connections.metadata(connection), connection.client_id, connections.redirect_uri(settings),
        login_hint=started["email"] or None,
    )
    browser_secret = secrets.token_urlsafe(32)
    await _put(deps, "state", request.state, {
        "account_id": started["account_id"], "connection_id": started["connection_id"],
        "nonce": request.nonce, "code_verifier": request.code_verifier,
        "browser": hash_secret(browser_secret), "test": started["test"],
    }, settings.sso_state_ttl_seconds)
    return Begun(request.url, browser_secret)


# --- 3. /sso/callback ----------------------------------------------------------------------------

@dataclass
class CallbackResult:
    code: str
    needs_password: bool
    account_id: UUID | None = None
    user_id: UUID | None = None
    test_checks: list[tuple[str, bool, str]] | None = None


async def callback(
    deps: Deps, *, state: str | None, code: str | None, error: str | None, browser_secret: str | None,
    ip: str | None, issuer: str | None = None,
) -> CallbackResult:
    """Raises SignInRefused(reason) on any failed check; the caller audits and shows it."""
    if not state:
        raise SignInRefused("MISSING_STATE")
    pending = await _take(deps, "state", state)
    if pending is None:
        # Replayed (already used), expired, invented, or no sign-in was ever started.
        raise SignInRefused("UNKNOWN_STATE")
    account_id = UUID(pending["account_id"])
    if not browser_secret or hash_secret(browser_secret) != pending["browser"]:
        raise SignInRefused("BROWSER_MISMATCH", account_id=account_id)
    if error:
        raise SignInRefused("PROVIDER_ERROR", account_id=account_id, details={"error": error[:100]})
    if not code:
        raise SignInRefused("MISSING_CODE", account_id=account_id)
    connection = await SsoConnection.get_or_none(id=pending["connection_id"], enabled=True)
    if connection is None:
        raise SignInRefused("SSO_DISABLED", account_id=account_id)
    if issuer is not None and issuer != connection.issuer:
        # RFC 9207: the authorization response names its issuer; another one is a mix-up attack.
        raise SignInRefused("ISSUER_MISMATCH", account_id=account_id)
    settings = deps.settings
    metadata = connections.metadata(connection)
    try:
        tokens = await oidc.exchange_code(
            settings, metadata, connection.client_id, connections.client_secret(settings, connection),
            connections.redirect_uri(settings), code=code, code_verifier=pending["code_verifier"],
        )
        claims = await oidc.verify_id_token(settings, metadata, connection.client_id, tokens["id_token"],
                                            nonce=pending["nonce"])
    except oidc.OidcError as exc:
        raise SignInRefused(exc.reason, account_id=account_id, details={"detail": exc.detail[:300]}) from exc
    email = rules.normalize_email(str(claims.get("email") or ""))
    if not isinstance(email, str):
        raise SignInRefused("NO_EMAIL", account_id=account_id)
    verified = claims.get("email_verified")
    identity = linking.ProviderIdentity(
        account_id=account_id, issuer=str(claims["iss"]), subject=str(claims["sub"]), email=email,
        email_verified=verified is True or verified == "true", name=str(claims.get("name") or "")[:200],
    )
    evaluation = await linking.evaluate(identity)
    decision = evaluation.decision
    if pending.get("test"):
        return await _test_result(deps, identity, decision.reason)
    if decision.outcome == Outcome.REFUSED:
        raise SignInRefused(decision.reason, account_id=account_id,
                            user_id=evaluation.user.id if evaluation.user else None,
                            details={"email": email, "subject": identity.subject})
    one_time = secrets.token_urlsafe(32)
    await _put(deps, "code", one_time, identity.as_dict(), settings.sso_code_ttl_seconds)
    return CallbackResult(one_time, decision.outcome == Outcome.NEEDS_PASSWORD, account_id,
                          evaluation.user.id if evaluation.user else None)


async def _test_result(deps: Deps, identity: linking.ProviderIdentity, reason: str) -> CallbackResult:
    """testSso's interactive run: every protocol check passed to get here; nothing is linked."""
    checks = [
        ("state_and_browser", True, "state known, used once, bound to this browser"),
        ("code_exchange", True, "the provider exchanged the code (PKCE S256)"),
        ("id_token", True, "signature, iss, aud, azp, exp, iat and nonce verified"),
        ("email_verified", identity.email_verified, f"{identity.email}: email_verified={identity.email_verified}"),
        ("domain_verified", reason != "DOMAIN_NOT_VERIFIED",
         f"{email_domain(identity.email)} {'is' if reason != 'DOMAIN_NOT_VERIFIED' else 'is not'} verified by this account"),
    ]
    return CallbackResult("", False, identity.account_id, None, checks)


# --- 4. completeSso ------------------------------------------------------------------------------

@dataclass
class Completed:
    result: LoginResult
    account_id: UUID
    joined: bool
    linked_by: str | None


async def complete(
    deps: Deps, throttle: Throttle, *, code: str, password: str | None, ip: str | None, user_agent: str | None,
) -> Completed:
    data = await _take(deps, "code", code or "")
    if data is None:
        raise DomainError.of("code", ErrorCode.INVALID_SSO_CODE, "This sign-in code is invalid or was already used.")
    identity = linking.ProviderIdentity.from_dict(data)
    evaluation = await linking.evaluate(identity)
    if evaluation.decision.outcome == Outcome.NEEDS_PASSWORD:
        user = evaluation.user
        assert user is not None
        if not password:
            raise DomainError.of("password", ErrorCode.SSO_LINK_NEEDS_PASSWORD,
                                 "You already have a password here: enter it once to link your organisation's sign-in.")
        if await throttle.count("login:email", user.email) >= deps.settings.login_attempts_per_email:
            raise DomainError.of(None, ErrorCode.TOO_MANY_ATTEMPTS, "Too many attempts. Try again later.")
        if not await verify_password(user.password_hash, password, deps.settings.argon2):
            await throttle.hit("login:email", user.email)
            raise DomainError.of("password", ErrorCode.INVALID_CREDENTIALS, "The password is not correct.")
        evaluation = await linking.evaluate(identity, password_proven=True)
    if evaluation.decision.outcome == Outcome.REFUSED:
        raise DomainError.of(None, _refusal_code(evaluation.decision.reason), _refusal_message(evaluation.decision.reason))
    account = await Account.get(id=identity.account_id)
    if account.status == AccountStatus.DEACTIVATED:
        raise DomainError.of(None, ErrorCode.SSO_SIGN_IN_FAILED, "This account is deactivated.")
    user, joined = await linking.apply(deps, identity, evaluation)
    result = await open_session(deps, user, ip=ip, user_agent=user_agent)
    via = evaluation.decision.link_via
    return Completed(result, identity.account_id, joined, via.value if via else None)


def _refusal_code(reason: str) -> ErrorCode:
    return ErrorCode.SSO_JOIN_NOT_ALLOWED if reason == "JOIN_NOT_ALLOWED" else ErrorCode.SSO_SIGN_IN_FAILED


def _refusal_message(reason: str) -> str:
    if reason == "JOIN_NOT_ALLOWED":
        return "You are not a member of this account yet: ask your administrator to add you."
    return f"Single sign-on refused ({reason})."


# --- audit of the browser steps (the GraphQL ones go through run_mutation) ----------------------

async def audit_callback(outcome: AuditOutcome, *, reason: str | None, account_id: UUID | None,
                         user_id: UUID | None, ip: str | None, details: dict[str, Any] | None = None) -> None:
    principal = Principal(kind=PrincipalKind.USER, user_id=user_id) if user_id else ANONYMOUS
    await audit.record(principal, "sso.callback", outcome, account_id=account_id,
                       target_type="User" if user_id else None, target_id=str(user_id) if user_id else None,
                       reason=reason, ip=ip, details=details or {})


