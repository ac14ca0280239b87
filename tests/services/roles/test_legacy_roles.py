"""Legacy accounts onto temporary roles: the service, and the CLI as an operator runs it."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from pathlib import Path

import pytest

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Account, Invitation, Membership, Role, User
from gqlaccess.models.enums import RoleKind
from gqlaccess.services.core.errors import DomainError
from gqlaccess.services.roles.legacy_roles import import_legacy_roles

from ...support.access import member
from ...support.factories import make_tenant

ROOT = Path(__file__).resolve().parents[3]  # the repository (tests/services/roles/ is three levels down)
ROLES = "query($a: ID!) { roles(accountId: $a) { name kind memberCount assignable capabilities { capability level } } }"


def email(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.com"


async def test_same_capabilities_share_one_temporary_role(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    diana, edward, fiona, boss = email("diana"), email("edward"), email("fiona"), email("boss")
    document = {"users": [
        {"email": diana, "name": "Diana", "capabilities": {"users": "VIEW", "clients": "MANAGE"}},
        {"email": edward, "capabilities": {"clients": "view"}},
        {"email": fiona, "name": "Fiona", "capabilities": {"clients": "MANAGE", "users": "VIEW", "billing": "NONE"}},
        {"email": boss, "role": "admin"},
        {"email": tenant.owner_email, "capabilities": {"clients": "VIEW"}},
    ]}
    result = await import_legacy_roles(runtime.deps, tenant.account_id, document)
    assert [r.name for r in result.roles] == ["Temporary role 1", "Temporary role 2"]
    assert {u.email: u.role_name for u in result.added} == {
        diana: "Temporary role 1", edward: "Temporary role 2", fiona: "Temporary role 1", boss: "admin"}
    assert result.skipped == [tenant.owner_email]
    # New users are pending with a 48 h activation link, mailed through the outbox.
    assert all(u.invitation_url for u in result.added) and len(result.outbox_ids) == 4
    assert await Invitation.filter(account_id=tenant.account_id, email=diana, kind="USER_ACTIVATION").count() == 1
    assert (await User.get(email=diana)).activated_at is None
    roles = (await gql.ok(ROLES, {"a": tenant.gid}, token=tenant.owner_token))["roles"]
    temporary = {r["name"]: r for r in roles if r["kind"] == "TEMPORARY"}
    assert {n: r["memberCount"] for n, r in temporary.items()} == {"Temporary role 1": 2, "Temporary role 2": 1}
    assert all(r["assignable"] is False for r in temporary.values())
    levels = {c["capability"]: c["level"] for c in temporary["Temporary role 1"]["capabilities"]}
    assert levels["USERS"] == "VIEW" and levels["CLIENTS"] == "MANAGE" and levels["BILLING"] == "NONE"
    # Running it again changes nothing; a later import continues the numbering.
    again = await import_legacy_roles(runtime.deps, tenant.account_id, document)
    assert again.roles == [] and again.added == [] and len(again.skipped) == 5
    later = await import_legacy_roles(runtime.deps, tenant.account_id,
                                      [{"email": email("gina"), "capabilities": {"users": "VIEW", "clients": "MANAGE"}}])
    assert [r.name for r in later.roles] == ["Temporary role 3"]


async def test_existing_users_join_and_pending_users_elsewhere_are_refused(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    active_elsewhere = await make_tenant(gql, runtime)
    pending = email("pending")
    await import_legacy_roles(runtime.deps, other.account_id, [{"email": pending, "capabilities": {}}])
    document = [{"email": active_elsewhere.owner_email, "capabilities": {"clients": "VIEW"}},
                {"email": pending, "capabilities": {"clients": "VIEW"}}]
    with pytest.raises(DomainError) as refused:
        await import_legacy_roles(runtime.deps, tenant.account_id, document)
    assert [(e.field, e.code) for e in refused.value.errors] == [("users.1.email", "USER_CANNOT_BE_CREATED")]
    assert not await Role.exists(account_id=tenant.account_id)
    result = await import_legacy_roles(runtime.deps, tenant.account_id, document[:1])
    assert result.added[0].invitation_url is None  # already active: logs in with their password
    owner = await User.get(email=active_elsewhere.owner_email)
    assert await Membership.exists(account_id=tenant.account_id, user_id=owner.id)


async def test_invalid_documents_report_every_problem_and_write_nothing(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    ok = email("ok")
    document = {"users": [
        {"email": "not an email", "capabilities": {}},
        {"email": ok, "capabilities": {"api_tokens": "MANAGE"}},
        {"email": ok, "capabilities": {}},
        {"email": email("x"), "capabilities": {"flying": "VIEW", "users": "ALL"}},
        {"email": email("y"), "role": "emperor"},
        {"email": email("z"), "role": "admin", "capabilities": {}},
        {"email": email("w")},
        {"email": email("n"), "name": "<script>", "capabilities": {}},
        "nonsense",
    ]}
    with pytest.raises(DomainError) as refused:
        await import_legacy_roles(runtime.deps, tenant.account_id, document)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("users.0.email", "INVALID_EMAIL"),
        ("users.1.capabilities.api_tokens", "CAPABILITY_NOT_EDITABLE"),
        ("users.2.email", "INVALID"),
        ("users.3.capabilities.flying", "INVALID"),
        ("users.3.capabilities.users", "INVALID"),
        ("users.4.role", "INVALID"),
        ("users.5.role", "INVALID"),
        ("users.6.capabilities", "REQUIRED"),
        ("users.7.name", "INVALID_NAME"),
        ("users.8", "INVALID"),
    ]
    assert not await User.exists(email=ok)
    for bad in ({"people": []}, "text"):
        with pytest.raises(DomainError):
            await import_legacy_roles(runtime.deps, tenant.account_id, bad)
    with pytest.raises(DomainError) as missing:
        await import_legacy_roles(runtime.deps, uuid.uuid4(), [])
    assert missing.value.errors[0].code == "NOT_FOUND"


async def test_plan_user_limit(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await Account.filter(id=tenant.account_id).update(max_users=2)
    with pytest.raises(DomainError) as refused:
        await import_legacy_roles(runtime.deps, tenant.account_id,
                                  [{"email": email("a"), "capabilities": {}}, {"email": email("b"), "capabilities": {}}])
    assert [(e.field, e.code) for e in refused.value.errors] == [("users", "PLAN_USER_LIMIT_REACHED")]
    assert await Membership.filter(account_id=tenant.account_id).count() == 1


async def _cli(runtime, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    settings = runtime.settings
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "GQLACCESS_ENV": "development",
           "GQLACCESS_DATA_DIR": str(settings.data_dir), "GQLACCESS_SECRET_KEY": settings.secret_key,
           "GQLACCESS_PUBLIC_URL": settings.public_url}
    env.pop("GQLACCESS_DATABASE_URL", None)
    if settings.database_url:
        env["GQLACCESS_DATABASE_URL"] = settings.database_url
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gqlaccess", *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_cli_imports_a_legacy_file(gql, runtime, tmp_path):
    tenant = await make_tenant(gql, runtime)
    diana, edward = email("diana"), email("edward")
    legacy = tmp_path / "legacy.json"
    legacy.write_text(json.dumps({"users": [
        {"email": diana, "name": "Diana", "capabilities": {"clients": "MANAGE"}},
        {"email": edward, "name": "Edward", "capabilities": {"clients": "MANAGE"}},
    ]}))
    # The account's global ID, as the API and create-account print it.
    code, out, err = await _cli(runtime, "import-legacy-roles", "--account-id", tenant.gid, "--file", str(legacy))
    assert code == 0, err
    role = await Role.get(account_id=tenant.account_id, kind=RoleKind.TEMPORARY)
    assert f"role: Temporary role 1 ({encode_id('Role', role.id)})" in out
    assert f"added: {diana} -> Temporary role 1 activation link: http://testserver/invite/gqi_" in out
    assert await Membership.filter(role_id=role.id).count() == 2
    # The running API sees the role at once; the new members hold it.
    _, lead = await member(gql, tenant, role_key="team_lead")
    roles = (await gql.ok(ROLES, {"a": tenant.gid}, token=lead))["roles"]
    assert [(r["name"], r["memberCount"]) for r in roles if r["kind"] == "TEMPORARY"] == [("Temporary role 1", 2)]
    # Errors go to stderr with their path, exit status 1, nothing written.
    legacy.write_text(json.dumps([{"email": "bad", "capabilities": {}}]))
    code, out, err = await _cli(runtime, "import-legacy-roles", "--account-id", str(tenant.account_id),
                                "--file", str(legacy))
    assert code == 1 and "users.0.email: INVALID_EMAIL" in err
    code, _, err = await _cli(runtime, "import-legacy-roles", "--account-id", "nope", "--file", str(legacy))
    assert code == 1 and "not an account ID" in err
    legacy.write_text("{not json")
    code, _, err = await _cli(runtime, "import-legacy-roles", "--account-id", tenant.gid, "--file", str(legacy))
    assert code == 1 and "cannot read the input" in err


async def test_a_temporary_role_vanishes_with_its_last_member(gql, runtime):
    from gqlaccess.graphql.ids import encode_id
    from gqlaccess.services.roles.roles import predefined_role_id

    tenant = await make_tenant(gql, runtime)
    a, b = email("a"), email("b")
    result = await import_legacy_roles(runtime.deps, tenant.account_id, [
        {"email": a, "capabilities": {"clients": "VIEW"}}, {"email": b, "capabilities": {"billing": "VIEW"}}])
    first, second = result.roles
    membership = await Membership.get(user__email=a, account_id=tenant.account_id)
    # The member moves to a predefined role through the API: the empty temporary role goes at once.
    await gql.mutate(
        "mutation($m: ID!, $r: ID!) { updateMembership(input: {membershipId: $m, roleId: $r}) { errors { code } } }",
        {"m": encode_id("Membership", membership.id), "r": encode_id("Role", predefined_role_id("finance"))},
        token=tenant.owner_token,
    )
    names = [r["name"] for r in (await gql.ok(ROLES, {"a": tenant.gid}, token=tenant.owner_token))["roles"]
             if r["kind"] == "TEMPORARY"]
    assert names == ["Temporary role 2"]
    assert not await Role.exists(id=first.id) and await Role.exists(id=second.id)
