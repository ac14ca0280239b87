"""The OpenID Connect protocol, relying-party side: authlib for OAuth 2.0 (authorization URL,
PKCE S256, code exchange), joserfc (authlib's JOSE successor) for the ID token.

Validation of an ID token (OpenID Connect Core 3.1.3.7), every check refusing with its own reason:
signature against the provider's JWKS (asymmetric algorithms only; an unknown `kid` refreshes the
JWKS once, so a rotated key is picked up and an invented one is refused), `iss` equal to the
configured issuer, `aud` containing our client id, `azp` equal to it when present (and required
when there are several audiences), `exp` and `iat` with a small skew, `nonce` equal to the one of
this very sign-in.
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import AsyncOAuth2Client
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.errors import (
    BadSignatureError,
    ExpiredTokenError,
    InvalidClaimError,
    InvalidKeyIdError,
    JoseError,
    MissingClaimError,
)
from joserfc.jwk import KeySet

from ...config import Settings

# Asymmetric only: "none" and HMAC (keyed with the client secret) are never accepted.
ALLOWED_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")
_JWKS_REFRESH_MIN_SECONDS = 5.0


class OidcError(Exception):
    """A protocol check failed; `reason` is the machine-readable code audited and reported."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    token_auth_method: str
    algorithms: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer, "authorization_endpoint": self.authorization_endpoint,
            "token_endpoint": self.token_endpoint, "jwks_uri": self.jwks_uri,
            "token_auth_method": self.token_auth_method, "algorithms": list(self.algorithms),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProviderMetadata:
        return cls(
            data["issuer"], data["authorization_endpoint"], data["token_endpoint"], data["jwks_uri"],
            data["token_auth_method"], tuple(data["algorithms"]),
        )


def _http(settings: Settings) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=settings.sso_http_timeout_seconds, follow_redirects=False)


def _is_loopback(host: str | None) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def check_url(settings: Settings, url: str, what: str) -> None:
    """https everywhere; plain http only for a provider on loopback outside production."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and _is_loopback(parts.hostname) and not settings.is_production:
        return
    raise OidcError("INSECURE_URL", f"{what} must be an https URL: {url!r}")


async def discover(settings: Settings, issuer: str) -> ProviderMetadata:
    """Fetches and validates `{issuer}/.well-known/openid-configuration`."""
    check_url(settings, issuer, "issuer")
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        async with _http(settings) as client:
            response = await client.get(url, headers={"Accept": "application/json"})
        if response.status_code != 200:
            raise OidcError("DISCOVERY_HTTP_ERROR", f"{url} answered {response.status_code}")
        document = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise OidcError("DISCOVERY_UNREACHABLE", f"{url}: {exc}") from exc
    if not isinstance(document, dict):
        raise OidcError("DISCOVERY_INVALID", "the discovery document is not a JSON object")
    if document.get("issuer") != issuer:
        raise OidcError("ISSUER_MISMATCH", f"the document names issuer {document.get('issuer')!r}, not {issuer!r}")
    for name in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        if not isinstance(document.get(name), str):
            raise OidcError("DISCOVERY_INVALID", f"{name} is missing")
        check_url(settings, document[name], name)
    if "code" not in (document.get("response_types_supported") or ["code"]):
        raise OidcError("DISCOVERY_INVALID", "the provider does not support the authorization code flow")
    methods = document.get("code_challenge_methods_supported")
    if methods is not None and "S256" not in methods:
        raise OidcError("DISCOVERY_INVALID", "the provider does not support PKCE S256")
    algorithms = tuple(a for a in document.get("id_token_signing_alg_values_supported") or ["RS256"]
                       if a in ALLOWED_ALGORITHMS)
    if not algorithms:
        raise OidcError("DISCOVERY_INVALID", "no asymmetric ID token signing algorithm offered")
    auth_methods = document.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
    if "client_secret_basic" in auth_methods:
        auth_method = "client_secret_basic"
    elif "client_secret_post" in auth_methods:
        auth_method = "client_secret_post"
    else:
        raise OidcError("DISCOVERY_INVALID", "the provider offers neither client_secret_basic nor client_secret_post")
    return ProviderMetadata(
        issuer, document["authorization_endpoint"], document["token_endpoint"], document["jwks_uri"],
        auth_method, algorithms,
    )


# --- JWKS, cached per URI; refreshed when a token names a key we do not have (rotation) ----------

@dataclass
class _CachedKeys:
    keys: KeySet
    fetched_at: float


_jwks_cache: dict[str, _CachedKeys] = {}
_jwks_locks: dict[str, asyncio.Lock] = {}


async def _fetch_jwks(settings: Settings, jwks_uri: str) -> KeySet:
    try:
        async with _http(settings) as client:
            response = await client.get(jwks_uri, headers={"Accept": "application/json"})
        if response.status_code != 200:
            raise OidcError("JWKS_UNAVAILABLE", f"{jwks_uri} answered {response.status_code}")
        keys = KeySet.import_key_set(response.json())
    except (httpx.HTTPError, ValueError, JoseError) as exc:
        raise OidcError("JWKS_UNAVAILABLE", f"{jwks_uri}: {exc}") from exc
    _jwks_cache[jwks_uri] = _CachedKeys(keys, time.monotonic())
    return keys


async def jwks(settings: Settings, jwks_uri: str, *, refresh: bool = False) -> KeySet:
    lock = _jwks_locks.setdefault(jwks_uri, asyncio.Lock())
    async with lock:
        cached = _jwks_cache.get(jwks_uri)
        # A refresh is at most every few seconds: tokens with invented kids cannot hammer the provider.
        if cached is not None and (not refresh or time.monotonic() - cached.fetched_at < _JWKS_REFRESH_MIN_SECONDS):
            return cached.keys
        return await _fetch_jwks(settings, jwks_uri)


def _header_kid(id_token: str) -> str | None:
    import base64
    import json

    try:
        head = id_token.split(".")[0]
        header = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    except (ValueError, IndexError) as exc:
        raise OidcError("ID_TOKEN_MALFORMED", "the ID token is not a JWS") from exc
    kid = header.get("kid") if isinstance(header, dict) else None
    return kid if isinstance(kid, str) else None


async def verify_id_token(
    settings: Settings, metadata: ProviderMetadata, client_id: str, id_token: str, *, nonce: str,
    now: float | None = None,
) -> dict[str, Any]:
    """The validated claims, or OidcError with the first check that failed."""
    kid = _header_kid(id_token)
    keys = await jwks(settings, metadata.jwks_uri)
    if kid is not None and not any(k.kid == kid for k in keys.keys):
        keys = await jwks(settings, metadata.jwks_uri, refresh=True)  # rotation
        if not any(k.kid == kid for k in keys.keys):
            raise OidcError("UNKNOWN_KEY_ID", f"no key {kid!r} in the provider's JWKS")
    try:
        token = jwt.decode(id_token, keys, algorithms=list(metadata.algorithms))
    except InvalidKeyIdError as exc:
        raise OidcError("UNKNOWN_KEY_ID", str(exc)) from exc
    except BadSignatureError as exc:
        raise OidcError("BAD_SIGNATURE", "the ID token's signature does not verify") from exc
    except JoseError as exc:
        raise OidcError("ID_TOKEN_MALFORMED", str(exc)) from exc
    claims = token.claims
    skew = settings.sso_clock_skew_seconds
    current = int(now if now is not None else time.time())
    registry = jwt.JWTClaimsRegistry(
        now=current, leeway=skew,
        iss={"essential": True, "value": metadata.issuer},
        aud={"essential": True, "value": client_id},
        sub={"essential": True},
        exp={"essential": True},
        iat={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        registry.validate(claims)
    except ExpiredTokenError as exc:
        raise OidcError("TOKEN_EXPIRED", str(exc)) from exc
    except MissingClaimError as exc:
        raise OidcError(_claim_reason(exc.claim.split(",")[0], missing=True), str(exc)) from exc
    except InvalidClaimError as exc:
        raise OidcError(_claim_reason(exc.claim, missing=False), str(exc)) from exc
    except JoseError as exc:
        raise OidcError("ID_TOKEN_INVALID", str(exc)) from exc
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    azp = claims.get("azp")
    if (len(audiences) > 1 or azp is not None) and azp != client_id:
        raise OidcError("WRONG_AUTHORIZED_PARTY", f"azp is {azp!r}")
    # A token issued long before this sign-in started is not one the provider just minted for it.
    if isinstance(claims.get("iat"), int | float) and claims["iat"] < current - settings.sso_state_ttl_seconds - skew:
        raise OidcError("TOKEN_TOO_OLD", "the ID token was issued before this sign-in")
    return claims


_CLAIM_REASONS = {"aud": "WRONG_AUDIENCE", "iss": "WRONG_ISSUER", "iat": "BAD_ISSUED_AT", "exp": "TOKEN_EXPIRED",
                  "sub": "MISSING_SUBJECT", "nbf": "TOKEN_NOT_YET_VALID"}


def _claim_reason(claim: str, *, missing: bool) -> str:
    if claim == "nonce":
        return "NONCE_MISSING" if missing else "NONCE_MISMATCH"
    reason = _CLAIM_REASONS.get(claim, "ID_TOKEN_INVALID")
    return f"MISSING_{claim.upper()}" if missing and claim in ("aud", "iss", "iat", "exp") else reason


# --- the authorization request and the code exchange (authlib) ---------------------------------

@dataclass(frozen=True)
class AuthorizationRequest:
    url: str
    state: str
    nonce: str
    code_verifier: str


def _client(settings: Settings, metadata: ProviderMetadata, client_id: str, client_secret: str,
            redirect_uri: str) -> AsyncOAuth2Client:
    return AsyncOAuth2Client(
        client_id=client_id, client_secret=client_secret, scope="openid email profile",
        redirect_uri=redirect_uri, token_endpoint_auth_method=metadata.token_auth_method,
        code_challenge_method="S256", timeout=settings.sso_http_timeout_seconds,
    )


def authorization_request(
    settings: Settings, metadata: ProviderMetadata, client_id: str, redirect_uri: str, *, login_hint: str | None
) -> AuthorizationRequest:
    state, nonce, verifier = generate_token(43), generate_token(43), generate_token(64)
    client = _client(settings, metadata, client_id, "", redirect_uri)
    extra: dict[str, str] = {"nonce": nonce}
    if login_hint:
        extra["login_hint"] = login_hint
    url, _ = client.create_authorization_url(
        metadata.authorization_endpoint, state=state, code_verifier=verifier, **extra
    )
    assert create_s256_code_challenge(verifier) in url  # PKCE S256 is in the request
    return AuthorizationRequest(url, state, nonce, verifier)


async def exchange_code(
    settings: Settings, metadata: ProviderMetadata, client_id: str, client_secret: str, redirect_uri: str,
    *, code: str, code_verifier: str,
) -> dict[str, Any]:
    """The token response (its `id_token` still to verify)."""
    client = _client(settings, metadata, client_id, client_secret, redirect_uri)
    try:
        async with client:
            token = await client.fetch_token(
                metadata.token_endpoint, grant_type="authorization_code", code=code, code_verifier=code_verifier,
            )
    except httpx.HTTPError as exc:
        raise OidcError("TOKEN_ENDPOINT_UNREACHABLE", str(exc)) from exc
    except Exception as exc:  # authlib's OAuthError and friends: the provider refused the code
        raise OidcError("TOKEN_EXCHANGE_REFUSED", getattr(exc, "error", None) or str(exc)) from exc
    if not isinstance(token.get("id_token"), str):
        raise OidcError("NO_ID_TOKEN", "the token response has no id_token")
    return dict(token)


async def probe_client_credentials(
    settings: Settings, metadata: ProviderMetadata, client_id: str, client_secret: str, redirect_uri: str
) -> str:
    """Exchanges a code that cannot exist: a provider answers `invalid_grant` once it accepted
    the client's credentials, `invalid_client` when it did not. Returns the error it gave."""
    try:
        await exchange_code(settings, metadata, client_id, client_secret, redirect_uri,
                            code="gqlaccess-probe-" + generate_token(16), code_verifier=generate_token(64))
    except OidcError as exc:
        return exc.detail or exc.reason
    return "unexpected_success"
