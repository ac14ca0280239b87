"""Delivering the outbox: one job per e-mail, idempotent (a job that runs twice sends once).

The row is claimed atomically before anything is sent, so two runs of the same job (arq
delivers at least once; the periodic re-enqueue may add a second job) never both send. Transient
SMTP failures (connection refused, timeouts, 4xx) are retried with exponential back-off through
arq's `Retry`; permanent ones (5xx, a refused recipient, an unknown template) mark the row
FAILED. After the last try the row goes back to PENDING with a later `next_attempt_at`, and the
periodic re-enqueue picks it up again: nothing is lost while SMTP is down.
"""

from __future__ import annotations

import asyncio
import mimetypes
from collections.abc import Coroutine
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import unquote, urlparse

import aiosmtplib
import structlog
from arq import Retry

from gqlaccess.config import Settings
from gqlaccess.models import OutboxEmail
from gqlaccess.services.core import outbox
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.core.email_templates import RenderedEmail, UnknownTemplate, render, single_line
from gqlaccess.services.exports.storage import StorageUnavailable, storage_for

from .context import deps_of, settings_of

log = structlog.get_logger(__name__)

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
Attachment = tuple[str, bytes]  # file name, content
# After the last arq try the row rests this long before the periodic re-enqueue retries it.
RESTING_DELAY = timedelta(minutes=15)


class PermanentFailure(Exception):
    """Sending this message can never succeed: mark the row FAILED."""


class TransientFailure(Exception):
    """Sending may succeed later: retry."""


async def send_email(ctx: dict[str, Any], outbox_id: int) -> str:
    settings = settings_of(ctx)
    if not settings.smtp_enabled:
        return "kept-in-outbox"  # no SMTP (embedded default): readable with `gqlaccess outbox`
    now = utcnow()
    email = await outbox.claim(outbox_id, now, timedelta(seconds=settings.mail_claim_stale_seconds))
    if email is None:
        return "not-claimed"  # sent, failed, gone, or another run holds a live claim
    try:
        message = await build_message(settings, email)
        await deliver(settings, message, email.to_email)
    except PermanentFailure as exc:
        await _finish(outbox.mark_failed(email, str(exc)))
        log.warning("email_failed", outbox_id=outbox_id, template=email.template, error=str(exc))
        return "failed"
    except TransientFailure as exc:
        job_try = int(ctx.get("job_try", 1))
        if job_try >= settings.mail_max_tries:
            await _finish(outbox.release(email, str(exc), utcnow() + RESTING_DELAY))
            log.warning("email_deferred", outbox_id=outbox_id, tries=job_try, error=str(exc))
            return "deferred"
        delay = backoff_seconds(settings, job_try)
        await _finish(outbox.release(email, str(exc), utcnow() + timedelta(seconds=delay)))
        log.info("email_retry", outbox_id=outbox_id, try_=job_try, defer=delay, error=str(exc))
        raise Retry(defer=delay) from exc
    except BaseException:
        # Cancelled or crashed mid-send: free the claim so the next run does not wait for it.
        await _finish(outbox.release(email, "interrupted", utcnow()))
        raise
    await _finish(outbox.mark_sent(email, utcnow()))
    return "sent"


async def _finish(write: Coroutine[Any, Any, None]) -> None:
    """Records an outcome even if the job is being cancelled (shutdown, timeout).

    A write cancelled half-way would lose the outcome (a sent mail sent again) and, on SQLite,
    Tortoise leaks its connection lock when a transaction is cancelled while it begins, which
    stalls every later query of the process.
    """
    await asyncio.shield(write)


REQUEUE_BATCH = 1000


async def requeue_pending_emails(ctx: dict[str, Any]) -> int:
    """Cron: enqueue outbox rows left PENDING (Redis down at commit time, worker crash, resting
    after failed tries). Safe on several workers: each job claims its row before sending, and
    the job id includes the attempt count, so concurrent re-enqueues of one row collapse."""
    settings = settings_of(ctx)
    if not settings.smtp_enabled:
        return 0
    now = utcnow()
    queue = deps_of(ctx).queue
    total = 0
    # The whole backlog, a bounded batch at a time (postponed rows drop out of the next batch).
    while due := await outbox.due_for_requeue(now, settings, limit=REQUEUE_BATCH):
        # Not again before a claim could have gone stale: the job may simply be waiting in the queue.
        await outbox.postpone([row.id for row in due], now + timedelta(seconds=settings.mail_claim_stale_seconds))
        for row in due:
            await queue.enqueue("send_email", row.id, job_id=queue.email_job_id(row.id, f":requeue:{row.attempts}:{int(now.timestamp()) // 60}"))
        total += len(due)
        if len(due) < REQUEUE_BATCH:
            break
    if total:
        log.info("emails_requeued", count=total)
    return total


def backoff_seconds(settings: Settings, job_try: int) -> float:
    return float(min(settings.mail_retry_base_seconds * (2 ** (job_try - 1)), 600.0))


async def build_message(settings: Settings, email: OutboxEmail) -> EmailMessage:
    try:
        variables = outbox.read_variables(settings, email)
    except ValueError as exc:  # the secret key changed: this payload can never be read
        raise PermanentFailure("payload cannot be decrypted") from exc
    attachment = await _attachment(settings, variables.get("attachment_path"))
    if attachment is not None:
        variables["attached"] = True
    try:
        rendered = render(email.template, email.language, variables, app_url=settings.public_url)
    except UnknownTemplate as exc:
        raise PermanentFailure(f"unknown template {email.template!r}") from exc
    return compose(settings, email.to_email, rendered, attachment, outbox_id=email.id)


def compose(
    settings: Settings,
    to_email: str,
    rendered: RenderedEmail,
    attachment: Attachment | None = None,
    *,
    outbox_id: int | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = single_line(to_email, 254)
    message["Subject"] = single_line(rendered.subject, 250)
    message["Date"] = formatdate(localtime=False)
    domain = (urlparse(settings.public_url).hostname or "gqlaccess.localhost")
    message["Message-ID"] = make_msgid(idstring=f"outbox-{outbox_id}" if outbox_id else None, domain=domain)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    if attachment is not None:
        name, data = attachment
        ctype, _ = mimetypes.guess_type(name)
        maintype, _, subtype = (ctype or "application/octet-stream").partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=single_line(name, 120))
    return message


async def _attachment(settings: Settings, raw: Any) -> Attachment | None:
    """Only small export files from the export store are attached; anything else is just linked."""
    if not raw or not isinstance(raw, str):
        return None
    try:
        data = await storage_for(settings).read_small(raw, MAX_ATTACHMENT_BYTES)
    except StorageUnavailable as exc:
        raise TransientFailure("the export store is unavailable") from exc
    if data is None:
        return None
    return raw.rsplit("/", 1)[-1], data


async def deliver(settings: Settings, message: EmailMessage, recipient: str) -> None:
    try:
        errors, _response = await aiosmtplib.send(
            message, recipients=[recipient], **smtp_options(settings.smtp_url or "", settings.smtp_timeout_seconds)
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        codes = [refused.code for refused in exc.recipients]
        if codes and all(code >= 500 for code in codes):
            raise PermanentFailure(f"recipient refused: {_describe(exc.recipients[0])}") from exc
        raise TransientFailure(f"recipient deferred: {codes}") from exc
    except (aiosmtplib.SMTPAuthenticationError, aiosmtplib.SMTPSenderRefused) as exc:
        # A configuration problem (credentials, sender), not this message's: keep it for later.
        raise TransientFailure(f"{type(exc).__name__}: {exc}") from exc
    except aiosmtplib.SMTPResponseException as exc:
        if exc.code >= 500:
            raise PermanentFailure(f"{exc.code} {exc.message}") from exc
        raise TransientFailure(f"{exc.code} {exc.message}") from exc
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        raise TransientFailure(f"{type(exc).__name__}: {exc}") from exc
    if errors:  # some recipients refused while others accepted: we send to one, so it is ours
        code, text = next(iter(errors.values()))
        if code >= 500:
            raise PermanentFailure(f"recipient refused: {code} {text}")
        raise TransientFailure(f"recipient deferred: {code} {text}")


def _describe(refused: aiosmtplib.SMTPRecipientRefused) -> str:
    return f"{refused.code} {refused.message}"


def smtp_options(url: str, timeout: float = 30.0) -> dict[str, Any]:
    """smtp://user:pass@host:port (STARTTLS when offered), smtps:// for implicit TLS."""
    parsed = urlparse(url)
    if parsed.scheme not in ("smtp", "smtps"):
        raise TransientFailure(f"GQLACCESS_SMTP_URL must start with smtp:// or smtps://, got {parsed.scheme!r}")
    options: dict[str, Any] = {
        "hostname": parsed.hostname or "localhost",
        "port": parsed.port or (465 if parsed.scheme == "smtps" else 25),
        "use_tls": parsed.scheme == "smtps",
        # None = STARTTLS when the server offers it; implicit TLS already encrypts.
        "start_tls": None if parsed.scheme == "smtp" else False,
        "timeout": timeout,
    }
    if parsed.username:
        options["username"] = unquote(parsed.username)
        options["password"] = unquote(parsed.password or "")
    return options
