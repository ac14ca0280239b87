"""CORS on /graphql over HTTP: the allowlist, preflights, and what a refused origin gets (nothing).

The browser side (an SPA on another origin, allowed and refused) is in test_spa_browser.py.
"""

from __future__ import annotations

import httpx
import pytest

from gqlaccess.config import LOOPBACK_ORIGIN_REGEX, ConfigError, Settings, load_settings
from gqlaccess.web.app import create_app

from ..support.factories import make_tenant

SPA = "http://127.0.0.1:5173"
PREFLIGHT = {
    "Origin": SPA,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
}


def _cors_headers(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.lower().startswith("access-control-")}


async def test_preflight_from_a_loopback_origin_in_development(http):
    response = await http.options("/graphql", headers=PREFLIGHT)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == SPA
    assert set(response.headers["access-control-allow-methods"].split(", ")) == {"GET", "POST"}
    allowed = {h.strip().lower() for h in response.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type", "idempotency-key", "accept", "apollographql-client-name",
            "apollo-require-preflight"} <= allowed
    assert int(response.headers["access-control-max-age"]) >= 600
    assert "Origin" in response.headers["vary"]
    assert "access-control-allow-credentials" not in response.headers  # bearer tokens, never cookies
    assert response.headers["access-control-allow-origin"] != "*"


@pytest.mark.parametrize("origin", ["http://localhost:3000", "http://[::1]:8080", "https://127.0.0.1"])
async def test_every_loopback_port_and_name_is_allowed_in_development(http, origin):
    response = await http.options("/graphql", headers={**PREFLIGHT, "Origin": origin})
    assert response.headers["access-control-allow-origin"] == origin


async def test_an_actual_request_from_an_allowed_origin_is_readable(gql, runtime, http):
    tenant = await make_tenant(gql, runtime)
    response = await http.post(
        "/graphql", json={"query": "{ me { email } }"},
        headers={"Origin": SPA, "Authorization": f"Bearer {tenant.owner_token}"},
    )
    assert response.json()["data"]["me"]["email"] == tenant.owner_email
    assert response.headers["access-control-allow-origin"] == SPA
    assert "Idempotent-Replayed" in response.headers["access-control-expose-headers"]
    assert "Origin" in response.headers["vary"]


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1.evil.example", "null",
                                    "http://localhost.evil.example:80"])
async def test_a_refused_origin_gets_no_cors_header_at_all(http, origin):
    preflight = await http.options("/graphql", headers={**PREFLIGHT, "Origin": origin})
    assert preflight.status_code == 400
    assert _cors_headers(preflight) == {}
    simple = await http.post("/graphql", json={"query": "{ __typename }"}, headers={"Origin": origin})
    assert simple.json() == {"data": {"__typename": "Query"}}  # the server answers; the browser hides it
    assert _cors_headers(simple) == {}
    assert "Origin" in simple.headers["vary"]  # caches must not serve one origin's answer to another


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_a_preflight_for_a_method_the_api_does_not_take_is_refused(http, method):
    response = await http.options("/graphql", headers={**PREFLIGHT, "Access-Control-Request-Method": method})
    assert response.status_code == 400 and _cors_headers(response) == {}


async def test_a_preflight_for_an_unknown_header_is_refused(http):
    headers = {**PREFLIGHT, "Access-Control-Request-Headers": "authorization, x-forwarded-for"}
    response = await http.options("/graphql", headers=headers)
    assert response.status_code == 400 and _cors_headers(response) == {}


async def test_a_preflight_has_no_side_effect(gql, runtime, http):
    """Even a preflight carrying a bearer token and a mutation body never reaches the application."""
    tenant = await make_tenant(gql, runtime)
    for origin in ("https://evil.example", SPA):
        for method in ("POST", "DELETE"):
            await http.request(
                "OPTIONS", "/graphql", json={"query": "mutation { logout { ok } }"},
                headers={**PREFLIGHT, "Origin": origin, "Access-Control-Request-Method": method,
                         "Authorization": f"Bearer {tenant.owner_token}"},
            )
    assert (await gql.ok("{ me { email } }", token=tenant.owner_token))["me"]["email"] == tenant.owner_email


async def test_the_csrf_protections_stay_for_allowed_origins(http):
    """A cross-origin form (text/plain, form-encoded) is still refused, and GET runs no mutation."""
    form = await http.post("/graphql", content=b"query=mutation{logout{ok}}",
                           headers={"Origin": SPA, "Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 415
    get = await http.get("/graphql", params={"query": "mutation { logout { ok } }"}, headers={"Origin": SPA})
    assert get.status_code == 405
    assert form.headers["access-control-allow-origin"] == SPA  # the refusal itself is readable


async def test_other_paths_answer_no_preflight(http):
    response = await http.options("/healthz", headers=PREFLIGHT)
    assert response.status_code == 405 and _cors_headers(response) == {}


def _exact(settings: Settings, **changes: object) -> object:
    """The app built for another CORS configuration (preflights never need its runtime started)."""
    return create_app(settings.with_overrides(**changes), apply_migrations=False)


async def test_exact_origins_only_when_loopback_is_off(settings):
    app = _exact(settings, cors_origins=("https://app.example.com",), cors_allow_loopback=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        listed = await client.options("/graphql", headers={**PREFLIGHT, "Origin": "https://app.example.com"})
        loopback = await client.options("/graphql", headers=PREFLIGHT)
        lookalike = await client.options("/graphql", headers={**PREFLIGHT, "Origin": "https://app.example.com.evil"})
    assert listed.status_code == 200 and listed.headers["access-control-allow-origin"] == "https://app.example.com"
    assert loopback.status_code == 400 and _cors_headers(loopback) == {}
    assert lookalike.status_code == 400 and _cors_headers(lookalike) == {}


def test_production_allows_no_origin_unless_configured():
    assert Settings(environment="production").cors_origin_regex is None
    assert Settings(environment="production").cors_origins == ()
    assert Settings(environment="development").cors_origin_regex == LOOPBACK_ORIGIN_REGEX
    assert Settings(environment="production", cors_allow_loopback=True).cors_origin_regex == LOOPBACK_ORIGIN_REGEX


@pytest.mark.parametrize("value", ["*", "https://app.example.com/", "app.example.com", "https://*.example.com",
                                   "https://app.example.com/spa"])
def test_the_origin_list_takes_exact_origins_only(monkeypatch, tmp_path, value):
    monkeypatch.setenv("GQLACCESS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("GQLACCESS_CORS_ORIGINS", f"https://ok.example.com, {value}")
    with pytest.raises(ConfigError, match="CORS_ORIGINS"):
        load_settings()


def test_the_origin_list_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GQLACCESS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("GQLACCESS_CORS_ORIGINS", "https://app.example.com, http://127.0.0.1:5173")
    monkeypatch.setenv("GQLACCESS_CORS_ALLOW_LOOPBACK", "0")
    loaded = load_settings()
    assert loaded.cors_origins == ("https://app.example.com", "http://127.0.0.1:5173")
    assert loaded.cors_origin_regex is None
