"""After a full flow, no secret a person or integration holds is anywhere in the database in clear.

Reads every text-like column of every table with plain SQL (whatever models later areas add).
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pyotp
from tortoise import connections

from gqlaccess.models import ApiToken, OutboxEmail, User
from gqlaccess.models.enums import ApiTokenKind
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services.accounts.accounts import create_account
from gqlaccess.services.core.outbox import read_variables
from gqlaccess.services.roles.roles import predefined_role_id

from ..support.factories import ACCEPT, LOGIN, PASSWORD, invitation_token

NEW_PASSWORD = "Second-Correct-Horse-42"


async def _text_values(dialect: str) -> list[tuple[str, str, str]]:
    """(table, column, value) for every non-null text-like cell."""
    db = connections.get("default")
    if dialect == "sqlite":
        tables = [r["name"] for r in await db.execute_query_dict(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        columns = []
        for table in tables:
            for col in await db.execute_query_dict(f'PRAGMA table_info("{table}")'):
                kind = (col["type"] or "").upper()
                if any(k in kind for k in ("CHAR", "TEXT", "JSON", "CLOB")) or kind == "":
                    columns.append((table, col["name"]))
    else:
        columns = [(r["table_name"], r["column_name"]) for r in await db.execute_query_dict(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')")]
    found = []
    for table, column in columns:
        rows = await db.execute_query_dict(f'SELECT "{column}" AS v FROM "{table}" WHERE "{column}" IS NOT NULL')
        found += [(table, column, str(r["v"])) for r in rows]
    return found


async def test_no_plaintext_secrets_after_full_flow(gql: Any, runtime: Any) -> None:
    settings = runtime.settings
    suffix = uuid.uuid4().hex[:10]
    secrets: dict[str, str] = {}

    # Account and owner invitation (the link as the CLI prints it).
    created = await create_account(runtime.deps, name=f"Secrets {suffix}", owner_email=f"owner-{suffix}@example.com")
    assert created.invitation is not None
    secrets["invitation token"] = invitation_token(created.invitation.url(settings))
    accepted = await gql.mutate(ACCEPT, {"token": secrets["invitation token"], "password": PASSWORD})
    secrets["password"] = PASSWORD
    secrets["session token (acceptInvitation)"] = accepted["token"]
    email = created.owner.email

    login = await gql.mutate(LOGIN, {"email": email, "password": PASSWORD})
    secrets["session token (login)"] = login["token"]

    # TOTP enrolment and confirmation.
    enrolled = await gql.mutate("mutation { enrollTotp { secret provisioningUri errors { code } } }", token=login["token"])
    secrets["TOTP secret"] = enrolled["secret"]
    await gql.mutate("mutation($c: String!) { confirmTotp(input: {code: $c}) { enabled errors { code } } }",
                     {"c": pyotp.TOTP(enrolled["secret"]).now()}, token=login["token"])

    # Password reset: the link travels only inside the encrypted outbox payload.
    await gql.mutate('mutation($e: String!) { requestPasswordReset(input: {email: $e}) { ok errors { code } } }', {"e": email})
    row = None
    for _ in range(600):
        row = await OutboxEmail.filter(to_email=email, template="password_reset").first()
        if row:
            break
        await asyncio.sleep(0.1)
    assert row is not None, "the reset e-mail was never written to the outbox"
    secrets["reset token"] = invitation_token(read_variables(settings, row)["url"])
    await gql.mutate('mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, password: $p}) { ok errors { code } } }',
                     {"t": secrets["reset token"], "p": NEW_PASSWORD})
    secrets["new password"] = NEW_PASSWORD

    # An API token row as the API-token area will write it (hash only).
    api_secret = new_secret(API_TOKEN_PREFIX)
    await ApiToken.create(
        account_id=created.account.id, role_id=predefined_role_id("qa"), kind=ApiTokenKind.API, name="ci",
        token_hash=hash_secret(api_secret), prefix=api_secret[:8],
    )
    secrets["API token"] = api_secret
    assert (await gql.ok("{ accounts { id } }", token=api_secret))["accounts"]

    user = await User.get(email=email)
    assert user.totp_secret_encrypted and enrolled["secret"] not in user.totp_secret_encrypted

    # Every secret, and its random part without the kind prefix, must be absent from every cell.
    needles = {}
    for name, value in secrets.items():
        needles[name] = value
        if value[:4] in ("gqs_", "gqt_", "gqi_"):
            needles[name + " (body)"] = value[4:]
    cells = await _text_values(settings.dialect)
    assert len(cells) > 20, "the scan read almost nothing: is it reading the right database?"
    leaks = [(table, column, name) for table, column, value in cells for name, needle in needles.items() if needle in value]
    assert not leaks, f"plaintext secrets at rest: {leaks}"
    # The scan can see a planted value (it would catch a leak).
    assert any(email in v for _, _, v in cells)
