"""Fixtures of the SSO tests: a real DNS server, a real OpenID provider, a rogue one, and the
app's settings pointed at them (runtime.deps.settings / runtime.settings are swapped for the
test: configuration, not code)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator

import pytest

from .servers import DNSMASQ, Dnsmasq, OidcProvider, RogueProvider, free_udp_tcp_port

CLIENT_A = {"client_id": "gqlaccess-a", "client_secret": "secret-a-" + "x" * 24}
CLIENT_B = {"client_id": "gqlaccess-b", "client_secret": "secret-b-" + "y" * 24}

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="no node (apt-get install -y nodejs npm)")


@pytest.fixture(scope="session")
def live_port() -> int:
    """The port the browser test serves the app on (registered at the provider up front)."""
    return free_udp_tcp_port()


@pytest.fixture(scope="session")
def oidc_provider(live_port: int) -> Iterator[OidcProvider]:
    if shutil.which("node") is None:
        pytest.skip("no node")
    redirect_uris = ["http://testserver/sso/callback", f"http://127.0.0.1:{live_port}/sso/callback"]
    provider = OidcProvider([{**CLIENT_A, "redirect_uris": redirect_uris}, {**CLIENT_B, "redirect_uris": redirect_uris}])
    provider.start()
    try:
        yield provider
    finally:
        provider.stop()


@pytest.fixture(scope="session")
async def rogue() -> AsyncIterator[RogueProvider]:
    provider = RogueProvider()
    await provider.start()
    try:
        yield provider
    finally:
        await provider.stop()


@pytest.fixture(scope="session")
def dns_server() -> Iterator[Dnsmasq]:
    if not shutil.which(DNSMASQ):
        pytest.skip("no dnsmasq (apt-get install -y dnsmasq-base)")
    server = Dnsmasq()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sso_settings(runtime, dns_server, monkeypatch):  # type: ignore[no-untyped-def]
    """The app resolves through the test's dnsmasq; the tests start many sign-ins from one IP."""
    settings = runtime.settings.with_overrides(dns_resolver=dns_server.address, sso_starts_per_ip=100_000)
    monkeypatch.setattr(runtime, "settings", settings)
    monkeypatch.setattr(runtime.deps, "settings", settings)
    return settings
