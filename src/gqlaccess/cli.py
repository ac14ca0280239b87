"""The `gqlaccess` command."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .config import ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from .services.core.deps import Deps


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


@contextlib.asynccontextmanager
async def offline_deps(settings: Settings) -> AsyncIterator[Deps]:
    """Database up (migrated on the embedded default), no Redis: e-mails wait in the outbox and
    the worker's periodic re-enqueue sends them. Domain errors are printed, exit status 1."""
    from .db import close_db, init_db
    from .db import migrate as apply
    from .redis_runtime import RedisRuntime
    from .services.core import access_changes
    from .services.core.deps import Deps
    from .services.core.errors import DomainError
    from .services.core.queue import JobQueue
    from .services.roles.roles import ensure_predefined_roles

    if settings.dialect == "sqlite":
        await apply(settings)
    await init_db(settings)
    # Best effort: a running `serve` hears of the access changes this command makes at once
    # (otherwise its decision cache ends them within GQLACCESS_DECISION_CACHE_TTL_SECONDS).
    redis: RedisRuntime | None = RedisRuntime(settings)
    broadcast = None
    try:
        broadcast = access_changes.configure_broadcast(await redis.start(), settings.redis_prefix)  # type: ignore[union-attr]
    except Exception:  # the command works offline
        redis = None
    try:
        await ensure_predefined_roles()
        yield Deps(settings=settings, queue=JobQueue(None, settings.queue_name))
    except DomainError as exc:
        for error in exc.errors:
            click.echo(f"error: {error.field}: {error.code}: {error.message}", err=True)
        sys.exit(1)
    finally:
        if broadcast is not None:
            access_changes.remove_broadcast(broadcast)
        if redis is not None:
            await redis.close()
        await close_db()


def _account_uuid(value: str) -> uuid.UUID:
    """An account's global ID (as the API and `create-account` print it); a raw UUID is still taken."""
    from .graphql.ids import decode_id

    decoded = decode_id(value.strip())
    if decoded is not None and decoded[0] == "Account":
        return decoded[1]
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise click.ClickException(
            f"--account-id: {value!r} is not an account ID (the ID create-account and the API print)"
        ) from None


@click.group()
def main() -> None:
    """gqlaccess: multi-tenant access management over GraphQL."""


@main.command()
@click.option("--host", default=None, help="Interface to bind (GQLACCESS_HOST, default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (GQLACCESS_PORT, default 8000).")
@click.option("--workers", default=1, show_default=True, help="API processes (needs an external Redis).")
def serve(host: str | None, port: int | None, workers: int) -> None:
    """Run the API (and, on the embedded default, the worker in the same process)."""

    import uvicorn

    # The factory, the worker processes and every link read the address from the environment.
    if host is not None:
        os.environ["GQLACCESS_HOST"] = host
    if port is not None:
        os.environ["GQLACCESS_PORT"] = str(port)
    settings = _settings()
    if workers > 1 and settings.embedded_redis:
        raise click.ClickException("Several API processes need GQLACCESS_REDIS_URL (an external Redis).")
    if settings.dialect == "sqlite":
        from .db import migrate

        asyncio.run(migrate(settings))
    if settings.metrics_token and workers > 1:
        # prometheus-client's multi-process mode: every API process writes its series here and the
        # one that answers a scrape sums them. Set before the processes start, cleared each start.
        import shutil

        directory = settings.data_dir.resolve() / "prometheus"
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)
    from .config import SERVED_URL_FILE, listening_url

    listening = listening_url(settings.host, settings.port)
    if not os.environ.get("GQLACCESS_PUBLIC_URL"):
        # The CLI beside this server (create-account, outbox) prints links to it.
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        (settings.data_dir / SERVED_URL_FILE).write_text(settings.public_url + "\n")
    click.echo(f"gqlaccess listening on {listening}/graphql", err=True)
    click.echo(f"public URL (links in e-mails and API answers): {settings.public_url}"
               + ("" if os.environ.get("GQLACCESS_PUBLIC_URL") else "  (set GQLACCESS_PUBLIC_URL to change)"),
               err=True)
    uvicorn.run(
        "gqlaccess.web.app:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        log_level="info",
        proxy_headers=True,
        timeout_keep_alive=5,
    )


@main.command()
@click.option("--burst", is_flag=True, help="Stop once the queue is empty.")
def worker(burst: bool) -> None:
    """Run an arq worker against GQLACCESS_REDIS_URL."""
    import logging

    settings = _settings()
    # arq reports job starts, results and failures through the standard logging module.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    # Reconnects when Redis goes away instead of exiting (workers/resilient.py).
    from workers.resilient import run_worker

    asyncio.run(run_worker(settings, burst=burst))


@main.command()
def migrate() -> None:
    """Apply pending database migrations."""
    from .db import migrate as apply

    applied = asyncio.run(apply(_settings()))
    click.echo("applied: " + ", ".join(applied) if applied else "up to date")


@main.command("create-account")
@click.option("--name", required=True, help="Account name.")
@click.option("--owner-email", required=True, help="E-mail of the owner (an Admin).")
@click.option("--owner-name", default=None, help="Owner's name (defaults to the e-mail's local part).")
@click.option("--language", default="en", type=click.Choice(["en", "fr"]))
@click.option("--max-users", default=None, type=int)
def create_account(name: str, owner_email: str, owner_name: str | None, language: str, max_users: int | None) -> None:
    """Create an account and its owner; prints the owner's activation link."""
    settings = _settings()

    async def run() -> None:
        from .graphql.ids import encode_id
        from .services.accounts.accounts import create_account as create

        async with offline_deps(settings) as deps:
            created = await create(
                deps, name=name, owner_email=owner_email, owner_name=owner_name,
                language=language, max_users=max_users,
            )
            # The global IDs the API takes (`account(id: …)`), never the raw database keys.
            click.echo(f"account: {encode_id('Account', created.account.id)} ({created.account.name})")
            click.echo(f"owner: {encode_id('User', created.owner.id)} ({created.owner.email})")
            if created.invitation is not None:
                click.echo(f"activation link (valid until {created.invitation.invitation.expires_at:%Y-%m-%d %H:%M} UTC):")
                click.echo(created.invitation.url(settings))
            else:
                click.echo("the owner is already active: they log in with their password")

    asyncio.run(run())


@main.command("import-legacy-roles")
@click.option("--account-id", required=True, help="The account the legacy users join (its ID as the API shows it).")
@click.option("--file", "file_", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help='JSON: {"users": [{"email", "name", "capabilities": {capability: level}} | {"email", "role"}]}')
def import_legacy_roles(account_id: str, file_: Path) -> None:
    """Move a legacy account's users onto temporary roles (one per distinct capability set)."""
    import json

    settings = _settings()
    try:
        document = json.loads(file_.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read the input: {exc}") from exc
    account_uuid = _account_uuid(account_id)

    async def run() -> None:
        from .graphql.ids import encode_id
        from .services.roles.legacy_roles import import_legacy_roles as run_import

        async with offline_deps(settings) as deps:
            result = await run_import(deps, account_uuid, document)
            for role in result.roles:
                click.echo(f"role: {role.name} ({encode_id('Role', role.id)})")
            for user in result.added:
                line = f"added: {user.email} -> {user.role_name}"
                if user.invitation_url and not settings.smtp_enabled:
                    line += f" activation link: {user.invitation_url}"
                click.echo(line)
            for email in result.skipped:
                click.echo(f"skipped (already a member): {email}")

    asyncio.run(run())


@main.command("outbox")
@click.option("--limit", default=10, show_default=True, help="How many of the most recent e-mails.")
@click.option("--to", "to_email", default=None, help="Only e-mails to this address.")
@click.option("--html", "show_html", is_flag=True, help="Print the HTML part too.")
def outbox_command(limit: int, to_email: str | None, show_html: bool) -> None:
    """Development only: show the e-mails the service owes or sent, rendered (links included)."""
    settings = _settings()
    if settings.is_production:
        raise click.ClickException("`gqlaccess outbox` shows one-time links: refused in production.")

    async def run() -> None:
        from .db import close_db, init_db
        from .services.core import outbox
        from .services.core.email_templates import UnknownTemplate, render

        await init_db(settings)
        try:
            rows = await outbox.recent(limit, to_email)
            if not rows:
                click.echo("the outbox is empty")
            for row in reversed(rows):
                click.echo("=" * 72)
                click.echo(f"#{row.id}  {row.created_at:%Y-%m-%d %H:%M:%S} UTC  {row.status}  attempts={row.attempts}")
                click.echo(f"to: {row.to_email}   template: {row.template}   language: {row.language}")
                if row.last_error:
                    click.echo(f"last error: {row.last_error}")
                try:
                    rendered = render(row.template, row.language, outbox.read_variables(settings, row),
                                      app_url=settings.public_url)
                except (UnknownTemplate, ValueError) as exc:
                    click.echo(f"(cannot render: {exc})")
                    continue
                click.echo(f"subject: {rendered.subject}")
                click.echo("-" * 72)
                click.echo(rendered.text.rstrip())
                if show_html:
                    click.echo("-" * 72)
                    click.echo(rendered.html.rstrip())
        finally:
            await close_db()

    asyncio.run(run())


@main.command("export-schema")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None)
def export_schema(output: Path | None) -> None:
    """Print (or write) the GraphQL SDL."""
    from .graphql.schema import export_sdl

    sdl = export_sdl()
    if output is None:
        click.echo(sdl, nl=False)
    else:
        output.write_text(sdl)
        click.echo(f"wrote {output}", err=True)


if __name__ == "__main__":
    main()
