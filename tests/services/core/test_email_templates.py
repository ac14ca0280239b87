"""Every template renders in both languages; hostile or missing variables stay harmless."""

from __future__ import annotations

import pytest

from gqlaccess.config import Settings
from gqlaccess.services.core.email_templates import LANGUAGES, STRICT_ENV, TEMPLATES, render
from workers.email import compose

SAMPLE = {
    "name": "Ada", "account_name": "Acme", "url": "https://svc.example/invite/gqi_x", "expires_at": "2026-11-23T10:05:00+00:00",
    "inviter_name": "Bob", "host_name": "Host Co", "custom_message": "Welcome!\nSee you", "client_name": "Client Co",
    "file_name": "users.zip", "row_count": 1234,
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_template_renders_with_its_variables(template, language):
    # StrictUndefined: a template using a variable the catalogue does not declare fails here.
    rendered = render(template, language, SAMPLE, environment=STRICT_ENV)
    assert rendered.subject and "\n" not in rendered.subject
    assert f'<html lang="{language}">' in rendered.html
    if "url" in TEMPLATES[template]:
        assert "https://svc.example/invite/gqi_x" in rendered.text and 'href="https://svc.example/invite/gqi_x"' in rendered.html
    if "expires_at" in TEMPLATES[template]:
        assert ("23 November 2026, 10:05 UTC" if language == "en" else "23 novembre 2026 à 10:05 UTC") in rendered.text


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_missing_and_odd_variables_do_not_crash(template):
    for variables in ({}, {"name": None, "expires_at": "not a date", "row_count": "many", "url": 42, "extra": object()}):
        rendered = render(template, "fr", variables)
        assert rendered.text and rendered.html


def test_french_and_english_differ():
    assert render("password_reset", "en", SAMPLE).subject == "Reset your password"
    assert render("password_reset", "fr", SAMPLE).subject == "Réinitialisez votre mot de passe"
    assert render("password_reset", "de", SAMPLE).subject == "Reset your password"  # unknown language → en


def test_script_urls_and_markup_are_neutralised():
    rendered = render("user_activation", "en", {**SAMPLE, "url": "javascript:alert(1)", "name": '<img src=x onerror="a()">'})
    assert "javascript:" not in rendered.html and "javascript:" not in rendered.text
    assert "<img" not in rendered.html and "&lt;img" in rendered.html


def test_cr_lf_in_names_cannot_add_headers():
    rendered = render("user_activation", "en", {**SAMPLE, "account_name": "Acme\r\nBcc: victim@example.com"})
    message = compose(Settings(), "ada@example.com", rendered)
    raw = message.as_bytes()
    assert b"\r\nBcc:" not in raw and b"\nBcc:" not in raw
    assert message["Subject"] == "Activate your access to Acme Bcc: victim@example.com"
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
