"""Delivering the outbox: one job per e-mail, idempotent (a job that runs twice sends once)."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any
from urllib.parse import unquote, urlparse

import aiosmtplib
import structlog

from gqlaccess.models import OutboxEmail
from gqlaccess.models.enums import OutboxStatus
from gqlaccess.services.clock import utcnow
from gqlaccess.services.outbox import read_variables

from .context import settings_of

log = structlog.get_logger(__name__)


async def send_email(ctx: dict[str, Any], outbox_id: int) -> str:
    settings = settings_of(ctx)
    email = await OutboxEmail.get_or_none(id=outbox_id)
    if email is None:
        return "missing"
    if email.status != OutboxStatus.PENDING:
        return "already-" + email.status.lower()
    if not settings.smtp_enabled:
        return "kept-in-outbox"  # no SMTP (embedded default): readable with `gqlaccess outbox`
    variables = read_variables(settings, email)
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = email.to_email
    message["Subject"] = variables.get("subject", email.template.replace("_", " ").capitalize())
    message.set_content("\n".join(f"{k}: {v}" for k, v in sorted(variables.items())))
    await aiosmtplib.send(message, **smtp_options(settings.smtp_url or ""))
    await OutboxEmail.filter(id=email.id, status=OutboxStatus.PENDING).update(
        status=OutboxStatus.SENT, sent_at=utcnow(), attempts=email.attempts + 1
    )
    return "sent"


def smtp_options(url: str) -> dict[str, Any]:
    """smtp://user:pass@host:port (STARTTLS when offered), smtps:// for implicit TLS."""
    parsed = urlparse(url)
    options: dict[str, Any] = {
        "hostname": parsed.hostname or "localhost",
        "port": parsed.port or (465 if parsed.scheme == "smtps" else 25),
        "use_tls": parsed.scheme == "smtps",
        "start_tls": None if parsed.scheme == "smtp" else False,
        "timeout": 30,
    }
    if parsed.username:
        options["username"] = unquote(parsed.username)
        options["password"] = unquote(parsed.password or "")
    return options
