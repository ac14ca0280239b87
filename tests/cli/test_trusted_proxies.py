"""Issue 15 §5: per-IP throttles trusted X-Forwarded-For from loopback (uvicorn's default)."""

from __future__ import annotations

from gqlaccess.cli import proxy_options
from gqlaccess.config import Settings


def test_trusted_proxies_default_none_not_even_loopback():
    options = proxy_options(Settings())
    assert options["proxy_headers"] is False  # uvicorn then never reads X-Forwarded-For


def test_trusted_proxies_are_configuration():
    options = proxy_options(Settings(trusted_proxies=" 10.0.0.2 , 10.0.0.3 "))
    assert options == {"proxy_headers": True, "forwarded_allow_ips": "10.0.0.2,10.0.0.3"}
