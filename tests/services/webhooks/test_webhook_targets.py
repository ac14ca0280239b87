"""SSRF: in production, private, loopback and link-local targets are refused (after resolving)."""

import pytest

from gqlaccess.config import Settings
from gqlaccess.services.core.errors import DomainError
from gqlaccess.services.webhooks import webhook_delivery, webhooks

PRODUCTION = Settings(environment="production", allow_private_webhook_targets=False)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/", "http://192.168.0.10/",
    "http://172.16.5.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fe80::1]/",
    "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/", "https://[fd00::1]/",
])
async def test_private_targets_are_refused_in_production(url):
    with pytest.raises(DomainError) as caught:
        await webhooks.check_url(PRODUCTION, url)
    assert caught.value.errors[0].code == "WEBHOOK_TARGET_NOT_ALLOWED"


async def test_unresolvable_hosts_are_refused():
    with pytest.raises(DomainError) as caught:
        await webhooks.check_url(PRODUCTION, "https://no-such-host.invalid/hook")
    assert caught.value.errors[0].code == "WEBHOOK_TARGET_NOT_ALLOWED"


async def test_public_addresses_pass_and_development_allows_private_ones():
    assert await webhooks.check_url(PRODUCTION, "https://93.184.216.34/hook") == "https://93.184.216.34/hook"
    development = Settings(allow_private_webhook_targets=True)
    assert await webhooks.check_url(development, "http://127.0.0.1:9000/h") == "http://127.0.0.1:9000/h"


async def test_delivery_refuses_a_host_that_turned_private(tmp_path):
    """Re-checked at send time (DNS may change after registration)."""
    result = await webhook_delivery._post(PRODUCTION, "http://127.0.0.1:9/x", {}, b"{}")
    assert result.status_code is None and result.error.startswith("target not allowed")


async def test_webhook_url_errors_are_one_message():
    """Issue 15 §5: "does not resolve" against "private address" told which internal names exist."""
    messages = set()
    for url in ("https://no-such-host.invalid/hook", "http://10.1.2.3/", "http://localhost:8080/hook"):
        with pytest.raises(DomainError) as caught:
            await webhooks.check_url(PRODUCTION, url)
        messages.add((caught.value.errors[0].code, caught.value.errors[0].message))
    assert messages == {("WEBHOOK_TARGET_NOT_ALLOWED", webhooks.TARGET_REFUSED)}
