"""Rendering of the client and hosted-account e-mails (subject, text, HTML; en and fr).

A small renderer of this area's own: main has no shared mail renderer yet. The template names
and variables are those recorded in the outbox (`account_setup`, `client_setup`,
`client_user_invitation`), so a shared renderer can take these over as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, StrictUndefined

_text_env = Environment(autoescape=False, undefined=StrictUndefined, keep_trailing_newline=True)
_html_env = Environment(autoescape=True, undefined=StrictUndefined)

_TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "client_setup": {
        "en": (
            "{{ account_name }} invites you to your client space",
            "Hello {{ name }},\n\n{{ account_name }} has set up your client space.\n"
            "{% if custom_message %}\n{{ custom_message }}\n{% endif %}\n"
            "Your login: {{ email }}\nSet your password here (valid until {{ expires_at }}):\n{{ url }}\n",
        ),
        "fr": (
            "{{ account_name }} vous invite dans votre espace client",
            "Bonjour {{ name }},\n\n{{ account_name }} a préparé votre espace client.\n"
            "{% if custom_message %}\n{{ custom_message }}\n{% endif %}\n"
            "Votre identifiant : {{ email }}\nDéfinissez votre mot de passe ici (valable jusqu'au {{ expires_at }}) :\n{{ url }}\n",
        ),
    },
    "client_user_invitation": {
        "en": (
            "You are invited to {{ client_name }} on {{ account_name }}",
            "Hello {{ name }},\n\nYou were added as a user of {{ client_name }}.\n"
            "Accept the invitation, set a password and accept the terms of use and the privacy policy "
            "(valid until {{ expires_at }}):\n{{ url }}\n",
        ),
        "fr": (
            "Vous êtes invité·e chez {{ client_name }} sur {{ account_name }}",
            "Bonjour {{ name }},\n\nVous avez été ajouté·e comme utilisateur·ice de {{ client_name }}.\n"
            "Acceptez l'invitation, créez un mot de passe et acceptez les conditions d'utilisation et les "
            "règles de confidentialité (valable jusqu'au {{ expires_at }}) :\n{{ url }}\n",
        ),
    },
    "account_setup": {
        "en": (
            "{{ host_name }} invites you to administer {{ account_name }}",
            "Hello {{ name }},\n\n{{ host_name }} created the account {{ account_name }} for you; "
            "you will be its admin.\nFinish the setup here (valid until {{ expires_at }}):\n{{ url }}\n",
        ),
        "fr": (
            "{{ host_name }} vous invite à administrer {{ account_name }}",
            "Bonjour {{ name }},\n\n{{ host_name }} a créé le compte {{ account_name }} pour vous ; "
            "vous en serez l'admin.\nFinalisez la configuration ici (valable jusqu'au {{ expires_at }}) :\n{{ url }}\n",
        ),
    },
}

_HTML = (
    "<!doctype html><html><body>"
    "{% for paragraph in paragraphs %}<p>{{ paragraph }}</p>{% endfor %}"
    '<p><a href="{{ url }}">{{ url }}</a></p>'
    "</body></html>"
)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def render(template: str, language: str, variables: dict[str, Any]) -> RenderedEmail:
    variants = _TEMPLATES[template]
    subject_src, text_src = variants.get(language) or variants["en"]
    values = {"custom_message": None, **variables}
    subject = _text_env.from_string(subject_src).render(**values).strip()
    text = _text_env.from_string(text_src).render(**values)
    # The HTML shows the same paragraphs as the text; everything variable is escaped.
    url = str(values.get("url") or "")
    stripped = text.replace(url, "") if url else text
    paragraphs = [p.strip() for p in stripped.split("\n\n") if p.strip()]
    html = _html_env.from_string(_HTML).render(paragraphs=paragraphs, url=url)
    return RenderedEmail(subject=subject, text=text, html=html)
