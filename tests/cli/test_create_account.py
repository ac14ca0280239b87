"""`gqlaccess create-account` → the printed link → acceptInvitation → login → me (both modes)."""

import re

from gqlaccess.graphql.ids import encode_id
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

    # The printed IDs are the API's global IDs: `account(id:)` takes the one printed.
    printed = re.search(r"^account: (\S+) \(CLI ", result.stdout, re.M).group(1)
    assert printed == encode_id("Account", account.id)
    assert re.search(rf"^owner: {encode_id('User', account.owner_id)} \({email}\)$", result.stdout, re.M)

    accepted = await gql.mutate(ACCEPT, {"token": link.group(1), "password": PASSWORD})
    login = await gql.mutate(LOGIN, {"email": email, "password": PASSWORD})
    assert (await gql.ok("query($id: ID!) { account(id: $id) { name } }", {"id": printed},
                         token=login["token"]))["account"] == {"name": f"CLI {unique}"}
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


def test_links_follow_the_port_when_no_public_url_is_set(tmp_path):
    """GQLACCESS_PORT without GQLACCESS_PUBLIC_URL: the link names that port, not :8000."""
    env = gqlaccess_env(GQLACCESS_DATA_DIR=str(tmp_path), GQLACCESS_PORT="18431")
    result = run_cli("create-account", "--name", "Ports", "--owner-email", "ports@example.com", env=env)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^http://127\.0\.0\.1:18431/invite/gqi_\S+$", result.stdout, re.M), result.stdout
    env = gqlaccess_env(GQLACCESS_DATA_DIR=str(tmp_path), GQLACCESS_HOST="0.0.0.0", GQLACCESS_PORT="18432",
                        GQLACCESS_PUBLIC_URL="https://access.example.com/")
    result = run_cli("create-account", "--name", "Public", "--owner-email", "public@example.com", env=env)
    assert re.search(r"^https://access\.example\.com/invite/gqi_\S+$", result.stdout, re.M), result.stdout
