"""The client and hosted-account e-mails render in both languages, HTML escaped."""

from __future__ import annotations

import pytest

from gqlaccess.services.client_mail import render

VARIABLES = {
    "client_setup": {"name": "Zoé", "email": "z@example.com", "account_name": "Agence", "url": "http://x/invite/t",
                     "expires_at": "2026-12-01", "custom_message": "<script>alert(1)</script>"},
    "client_user_invitation": {"name": "Zoé", "account_name": "Agence", "client_name": "Acme & Co",
                               "url": "http://x/invite/t", "expires_at": "2026-12-01"},
    "account_setup": {"name": "Zoé", "account_name": "Annonceur", "host_name": "Hôte", "url": "http://x/invite/t",
                      "expires_at": "2026-12-01"},
}


@pytest.mark.parametrize("template", sorted(VARIABLES))
@pytest.mark.parametrize("language", ["en", "fr"])
def test_render(template: str, language: str) -> None:
    rendered = render(template, language, VARIABLES[template])
    assert rendered.subject and "\n" not in rendered.subject
    assert "http://x/invite/t" in rendered.text and 'href="http://x/invite/t"' in rendered.html
    assert "<script>" not in rendered.html
    if language == "fr":
        assert "Bonjour" in rendered.text


def test_missing_variable_is_an_error() -> None:
    with pytest.raises(Exception):  # noqa: B017 - StrictUndefined: a template never renders half-filled
        render("account_setup", "en", {"name": "x"})
