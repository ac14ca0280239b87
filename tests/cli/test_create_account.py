"""`gqlaccess create-account` → the printed link → acceptInvitation → login → me (both modes)."""

import re

from gqlaccess.models import Account

from ..support.factories import ACCEPT, LOGIN, PASSWORD, invitation_token
from ..support.processes import gqlaccess_env, run_cli


def _env_for(settings):
    env = {"GQLACCESS_SECRET_KEY": settings.secret_key, "GQLACCESS_DATA_DIR": str(settings.data_dir),
           "GQLACCESS_PUBLIC_URL": settings.public_url}
    if settings.database_url:
        env["GQLACCESS_DATABASE_URL"] = settings.database_url
    return gqlaccess_env(**env)


async def test_create_account_prints_a_working_activation_link(gql, settings, unique):
    email = f"cli-owner-{unique}@example.com"
    result = run_cli("create-account", "--name", f"CLI {unique}", "--owner-email", email, env=_env_for(settings))
    assert result.returncode == 0, result.stderr
    link = re.search(r"http://testserver/invite/(gqi_\S+)", result.stdout)
    assert link, result.stdout
    account = await Account.get(name=f"CLI {unique}")
    assert account.owner_id is not None

    accepted = await gql.mutate(ACCEPT, {"token": link.group(1), "password": PASSWORD})
    login = await gql.mutate(LOGIN, {"email": email, "password": PASSWORD})
    me = await gql.ok("{ me { email memberships { isOwner role { key } account { name } } } }", token=login["token"])
    assert accepted["user"]["email"] == email
    assert me["me"]["memberships"] == [{"isOwner": True, "role": {"key": "admin"}, "account": {"name": f"CLI {unique}"}}]
    assert invitation_token(link.group(0)) == link.group(1)


async def test_create_account_reports_bad_input(settings):
    result = run_cli("create-account", "--name", "X", "--owner-email", "not-an-email", env=_env_for(settings))
    assert result.returncode == 1
    assert "ownerEmail: INVALID_EMAIL" in result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = gqlaccess_env(GQLACCESS_ENV="production", GQLACCESS_DATA_DIR=str(tmp_path))
    result = run_cli("migrate", env=env)
    assert result.returncode != 0
    assert "GQLACCESS_SECRET_KEY is required outside development" in result.stderr


def test_export_schema_prints_the_sdl():
    result = run_cli("export-schema", env=gqlaccess_env())
    assert result.returncode == 0
    assert "type Query" in result.stdout and "type Mutation" in result.stdout
