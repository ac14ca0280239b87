"""exportUsers: the users table as CSV, Admins only (seed 003), with the `users` filters."""

from __future__ import annotations

import uuid

from gqlaccess.config import Argon2Params
from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import ExportJob, Membership, Resource, Role, User
from gqlaccess.models.enums import MembershipStatus, ResourceKind, RoleKind
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.exports.export_sources import USER_HEADER
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.exports import EXPORT_USERS, export_and_read, wait_for_job
from ....support.factories import PASSWORD, add_member, make_tenant


async def _member(account_id, name, *, role_key="marketing", activated=True, **scope):  # type: ignore[no-untyped-def]
    user = await User.create(
        email=f"m-{uuid.uuid4().hex[:10]}@example.com", name=name,
        password_hash=await hash_password(PASSWORD, Argon2Params()) if activated else None,
        activated_at=utcnow() if activated else None, last_login_at=utcnow() if activated else None,
    )
    membership = await Membership.create(
        account_id=account_id, user_id=user.id, role_id=scope.pop("role_id", None) or predefined_role_id(role_key),
        **scope,
    )
    return user, membership


async def test_users_file_columns_scopes_and_hostile_names(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    app_a = await Resource.create(account_id=tenant.account_id, kind=ResourceKind.APP, name="Zeta app")
    app_b = await Resource.create(account_id=tenant.account_id, kind=ResourceKind.APP, name="Alpha, the app")
    scoped, _ = await _member(
        tenant.account_id, '=cmd|" /C calc"!A0, Ünïcødé 名前\nsecond line',
        apps_all_current_and_future=False, app_ids=[str(app_a.id), str(app_b.id)],
        media_sources_all=False, media_sources=["facebook", "+google"], geos_all=False, geos=["FR", "DE"],
    )
    pending, _ = await _member(tenant.account_id, "Pending Person", role_key="finance", activated=False)
    inactive, _ = await _member(tenant.account_id, "Gone Person", status=MembershipStatus.INACTIVE)

    job, rows, _ = await export_and_read(gql, http, EXPORT_USERS, {"accountId": tenant.gid}, tenant.owner_token)
    assert rows[0] == USER_HEADER
    assert job["rowCount"] == 4 == len(rows) - 1
    by_email = {r[1]: r for r in rows[1:]}
    owner = by_email[tenant.owner_email]
    assert owner[2:7] == ["Admin", "ACTIVE", "All current and future apps", "All", "All"]
    assert owner[8].startswith(str(utcnow().year))
    row = by_email[scoped.email]
    assert row[0] == "'" + scoped.name  # formula neutralised, quotes/newline/comma/non-Latin intact
    assert row[2:7] == ["Marketing", "ACTIVE", "Alpha, the app; Zeta app", "'+google; facebook", "DE; FR"]
    assert row[7] != ""
    assert by_email[pending.email][2:4] == ["Finance", "PENDING"] and by_email[pending.email][7] == ""
    assert by_email[inactive.email][3] == "INACTIVE"


async def test_users_filters(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    pending, _ = await _member(tenant.account_id, "Waiting Walter", activated=False)
    finance, _ = await _member(tenant.account_id, "Money Mona", role_key="finance")
    custom = await Role.create(account_id=tenant.account_id, name=f"Temp {uuid.uuid4().hex[:6]}",
                               kind=RoleKind.TEMPORARY, capabilities={})
    legacy, _ = await _member(tenant.account_id, "Legacy Lou", role_id=custom.id)

    async def emails(filter_: dict) -> list[str]:  # type: ignore[type-arg]
        _, rows, _ = await export_and_read(
            gql, http, EXPORT_USERS, {"accountId": tenant.gid, "filter": filter_}, tenant.owner_token
        )
        return [r[1] for r in rows[1:]]

    assert await emails({"status": "PENDING"}) == [pending.email]
    assert await emails({"roleId": encode_id("Role", predefined_role_id("finance"))}) == [finance.email]
    assert await emails({"roleId": encode_id("Role", custom.id)}) == [legacy.email]  # temporary roles too
    assert await emails({"search": "MONA"}) == [finance.email]
    assert await emails({"search": finance.email.split("@")[0]}) == [finance.email]
    assert await emails({"search": "nobody at all"}) == []
    assert await emails({"status": "ACTIVE", "search": "walter"}) == []


async def test_users_export_is_admin_only(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    variables = {"input": {"accountId": tenant.gid}}
    for role in ("team_lead", "security", "marketing_manager", "finance"):  # exports = MANAGE, not Admin
        _, token = await add_member(gql, tenant, role)
        body = await gql.execute(EXPORT_USERS, variables, token=token)
        assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "ADMIN_REQUIRED"}, role
    _, token = await add_member(gql, tenant, "qa")
    assert await gql.error_code(EXPORT_USERS, variables, token=token) == "FORBIDDEN"
    _, admin = await add_member(gql, tenant, "admin")
    payload = await gql.mutate(EXPORT_USERS, variables, token=admin)
    assert (await wait_for_job(gql, payload["exportJob"]["id"], admin))["status"] == "SUCCEEDED"
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(EXPORT_USERS, variables, token=other.owner_token) == "NOT_FOUND"


async def test_bad_role_filter_writes_nothing(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    foreign = await Role.create(account_id=other.account_id, name="Foreign", kind=RoleKind.CUSTOM, capabilities={})
    for role_id, code in ((encode_id("Account", tenant.account_id), "INVALID_ID"), ("garbage", "INVALID_ID"),
                          (encode_id("Role", foreign.id), "NOT_FOUND"), (encode_id("Role", uuid.uuid4()), "NOT_FOUND")):
        data = await gql.ok(
            EXPORT_USERS, {"input": {"accountId": tenant.gid, "filter": {"roleId": role_id}}}, token=tenant.owner_token
        )
        assert data["exportUsers"]["exportJob"] is None
        assert [(e["field"], e["code"]) for e in data["exportUsers"]["errors"]] == [("filter.roleId", code)]
    assert await ExportJob.filter(account_id=tenant.account_id).count() == 0
