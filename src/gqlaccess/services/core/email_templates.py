"""Rendering the e-mails the outbox owes: English or French, plain text and HTML.

Variables come from the outbox row (written by many areas, possibly by an older release), so
rendering never trusts them: missing ones get safe defaults, single-line values lose control
characters (no header injection through a name), HTML is autoescaped, and links must be http(s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, Undefined, select_autoescape

LANGUAGES = ("en", "fr")

# template -> the variables it uses (every one optional at render time: defaults below).
TEMPLATES: dict[str, tuple[str, ...]] = {
    "user_activation": ("name", "account_name", "url", "expires_at", "inviter_name"),
    "added_to_account": ("name", "account_name", "inviter_name", "url"),
    "account_setup": ("name", "account_name", "host_name", "url", "expires_at"),
    "client_setup": ("name", "account_name", "url", "expires_at", "custom_message"),
    "client_user_invitation": ("name", "client_name", "account_name", "url", "expires_at"),
    "password_reset": ("name", "url", "expires_at"),
    "export_ready": ("name", "account_name", "url", "file_name", "row_count", "expires_at"),
    "export_failed": ("name", "account_name", "file_name"),
}

SUBJECTS: dict[str, dict[str, str]] = {
    "en": {
        "user_activation": "Activate your access to {account_name}",
        "added_to_account": "You now have access to {account_name}",
        "account_setup": "Set up your account {account_name}",
        "client_setup": "{account_name} gives you access to your space",
        "client_user_invitation": "Join {client_name} on {account_name}",
        "password_reset": "Reset your password",
        "export_ready": "Your export {file_name} is ready",
        "export_failed": "Your export {file_name} could not be completed",
    },
    "fr": {
        "user_activation": "Activez votre accès à {account_name}",
        "added_to_account": "Vous avez désormais accès à {account_name}",
        "account_setup": "Configurez votre compte {account_name}",
        "client_setup": "{account_name} vous donne accès à votre espace",
        "client_user_invitation": "Rejoignez {client_name} sur {account_name}",
        "password_reset": "Réinitialisez votre mot de passe",
        "export_ready": "Votre export {file_name} est prêt",
        "export_failed": "Votre export {file_name} n'a pas pu être terminé",
    },
}

COMMON: dict[str, dict[str, str]] = {
    "en": {
        "ignore": "If you did not expect this e-mail, you can ignore it.",
        "fallback": "If the button does not work, copy this link into your browser:",
        "expires": "This link is valid until",
        "someone": "there",
        "an_account": "your account",
    },
    "fr": {
        "ignore": "Si vous n'attendiez pas cet e-mail, vous pouvez l'ignorer.",
        "fallback": "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :",
        "expires": "Ce lien est valable jusqu'au",
        "someone": "à vous",
        "an_account": "votre compte",
    },
}

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")
_CONTROL_KEEP_NEWLINES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\u2028\u2029\x85]+")
_MULTILINE = {"custom_message"}
_MAX_LINE = 200
_MAX_TEXT = 4000


class UnknownTemplate(ValueError):
    """No template by that name: the row cannot be rendered, retrying will not help."""


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def _environment(undefined: type[Undefined]) -> Environment:
    return Environment(
        loader=PackageLoader("gqlaccess", "templates/email"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=undefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )


_ENV = _environment(Undefined)
STRICT_ENV = _environment(StrictUndefined)  # for the test that every template renders with its variables


def single_line(value: Any, limit: int = _MAX_LINE) -> str:
    """A value fit for a header or a one-line mention: no CR/LF or other control characters."""
    text = "" if value is None else str(value)
    return _CONTROL.sub(" ", text).strip()[:limit]


def _multi_line(value: Any) -> str:
    text = "" if value is None else str(value)
    return _CONTROL_KEEP_NEWLINES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()[:_MAX_TEXT]


def format_datetime(value: Any, language: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return single_line(value)
    if moment.tzinfo is not None:
        from datetime import UTC

        moment = moment.astimezone(UTC)
    if language == "fr":
        return f"{moment.day} {_MONTHS_FR[moment.month - 1]} {moment.year} à {moment:%H:%M} UTC"
    return f"{moment.day} {moment:%B %Y}, {moment:%H:%M} UTC"


def _safe_url(value: Any) -> str:
    url = single_line(value, 2000)
    return url if url.startswith(("https://", "http://")) else ""


def clean_variables(template: str, language: str, variables: dict[str, Any], app_url: str) -> dict[str, Any]:
    common = COMMON[language]
    context: dict[str, Any] = {}
    for key in TEMPLATES.get(template, ()):
        value = variables.get(key)
        if key == "url":
            context[key] = _safe_url(value) or (_safe_url(app_url) if template == "added_to_account" else "")
        elif key == "expires_at":
            context[key] = format_datetime(value, language)
        elif key == "row_count":
            context[key] = value if isinstance(value, int) and not isinstance(value, bool) else single_line(value, 20)
        elif key in _MULTILINE:
            context[key] = _multi_line(value)
        else:
            context[key] = single_line(value)
    if "name" in context and not context["name"]:
        context["name"] = common["someone"]
    if "account_name" in context and not context["account_name"]:
        context["account_name"] = common["an_account"]
    context["attached"] = bool(variables.get("attached"))
    return context


def subject_for(template: str, language: str, context: dict[str, Any]) -> str:
    pattern = SUBJECTS[language][template]
    values = {key: single_line(context.get(key, ""), 120) for key in TEMPLATES[template]}
    return single_line(pattern.format(**values), 250)


def render(template: str, language: str, variables: dict[str, Any], *, app_url: str = "",
           environment: Environment | None = None) -> RenderedEmail:
    if template not in TEMPLATES:
        raise UnknownTemplate(template)
    language = language if language in LANGUAGES else "en"
    context = clean_variables(template, language, variables, app_url)
    subject = subject_for(template, language, context)
    env = environment or _ENV
    shared = {**context, "t": COMMON[language], "lang": language, "subject": subject}
    text = env.get_template(f"{template}.{language}.txt").render(shared)
    html = env.get_template(f"{template}.{language}.html").render(shared)
    return RenderedEmail(subject=subject, text=_tidy(text), html=html)


def _tidy(text: str) -> str:
    """Collapses the blank lines left by optional blocks."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
