"""exportClients: columns and order of SPEC flow 9, filters, hostile cells, who may export."""

from __future__ import annotations

import asyncio
import uuid

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import ApiToken, AuditEvent, ExportJob, Membership, OutboxEmail, User
from gqlaccess.models.enums import ApiTokenKind, ClientStatus, ExportKind
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services.core.outbox import read_variables
from gqlaccess.services.exports import export_runner
from gqlaccess.services.exports.export_sources import CLIENT_HEADER
from gqlaccess.services.roles.roles import predefined_role_id

from ....support.exports import (
    EXPORT_CLIENTS,
    EXPORT_JOB,
    add_client,
    assign_site,
    download,
    export_and_read,
    parse_csv,
    read_zip,
    wait_for_job,
)
from ....support.factories import add_member, make_tenant

HOSTILE = {
    "first_name": 'O"Brien, "Jr"',
    "last_name": "Zoë 山田 Дмитрий 🎉",
    "company": "=HYPERLINK(\"http://evil\")",
    "phone1": "+33 1 23 45 67 89",
    "phone2": "-2+3",
    "notes": "line one\nline two, with comma\r\nand \"quotes\"",
}


async def test_columns_order_hostile_cells_and_mail(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    plain = await add_client(tenant.account_id, email="a-plain@example.com", phone1="0102030405")
    site_a = await assign_site(plain)
    site_b = await assign_site(plain)
    hostile = await add_client(tenant.account_id, email="b-hostile@example.com", **HOSTILE)
    formula = await add_client(
        tenant.account_id, email="c-formula@example.com", first_name="@SUM(A1)", last_name="\tTab", notes="\rCR"
    )

    job, rows, raw = await export_and_read(
        gql, http, EXPORT_CLIENTS, {"accountId": tenant.gid}, tenant.owner_token
    )
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM unless asked
    assert rows[0] == CLIENT_HEADER
    assert job["rowCount"] == 3 and job["progress"] == {"rowsDone": 3, "rowsTotal": 3, "fraction": 1.0}
    assert job["sizeBytes"] > 0
    by_email = {r[3]: r for r in rows[1:]}
    assert [r[3] for r in rows[1:]] == sorted(by_email)  # ordered by e-mail
    sites = sorted([str(site_a.id), str(site_b.id)])
    assert by_email["a-plain@example.com"] == [
        str(plain.id), "Ada", "Lovelace", "a-plain@example.com", "0102030405", "", "", "",
        ";".join(sites), "2", "SITE_ASSIGNED",
    ]
    assert by_email["b-hostile@example.com"] == [
        str(hostile.id), 'O"Brien, "Jr"', "Zoë 山田 Дмитрий 🎉", "b-hostile@example.com",
        "'+33 1 23 45 67 89", "'-2+3", "'=HYPERLINK(\"http://evil\")", HOSTILE["notes"], "", "0", "POTENTIAL",
    ]
    assert by_email["c-formula@example.com"][1:3] == ["'@SUM(A1)", "'\tTab"]
    assert by_email["c-formula@example.com"][7] == "'\rCR"
    assert formula.id

    # The requester is mailed a link (and the file itself, small as it is) through the outbox.
    emails = await OutboxEmail.filter(template="export_ready", account_id=tenant.account_id)
    assert len(emails) == 1 and emails[0].to_email == tenant.owner_email
    variables = read_variables(runtime.settings, emails[0])
    assert variables["row_count"] == 3 and variables["file_name"].startswith("clients-")
    assert set(variables) >= {"name", "account_name", "url", "file_name", "row_count", "expires_at"}
    assert variables["attachment_path"].endswith(".zip")
    mailed = await download(http, variables["url"])
    assert mailed.status_code == 200 and read_zip(mailed.content)[0] == "clients.csv"
    audit = await AuditEvent.filter(action="export.clients", account_id=tenant.account_id).first()
    assert audit is not None and audit.outcome == "ALLOWED"


async def test_filters_bom_and_header_only(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    await add_client(tenant.account_id, email="x-suspended@example.com", status=ClientStatus.SUSPENDED,
                     company="Acme 100%_off")
    await add_client(tenant.account_id, email="y-potential@example.com")

    _, rows, raw = await export_and_read(
        gql, http, EXPORT_CLIENTS,
        {"accountId": tenant.gid, "withBom": True, "filter": {"status": "SUSPENDED"}}, tenant.owner_token,
    )
    assert raw.startswith(b"\xef\xbb\xbf")
    assert [r[3] for r in rows[1:]] == ["x-suspended@example.com"]

    # LIKE wildcards in the search are literal.
    _, rows, _ = await export_and_read(
        gql, http, EXPORT_CLIENTS, {"accountId": tenant.gid, "filter": {"search": "100%_OFF"}}, tenant.owner_token
    )
    assert [r[3] for r in rows[1:]] == ["x-suspended@example.com"]
    _, rows, _ = await export_and_read(
        gql, http, EXPORT_CLIENTS, {"accountId": tenant.gid, "filter": {"search": "0%x"}}, tenant.owner_token
    )
    assert rows == [CLIENT_HEADER]

    job, rows, raw = await export_and_read(
        gql, http, EXPORT_CLIENTS, {"accountId": tenant.gid, "filter": {"search": "no such client"}},
        tenant.owner_token,
    )
    assert rows == [CLIENT_HEADER] and job["rowCount"] == 0
    assert raw == (",".join(CLIENT_HEADER) + "\n").encode()


async def test_empty_account_and_concurrent_exports(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    for i in range(30):
        await add_client(tenant.account_id, email=f"c{i:03d}@example.com")
    payloads = await asyncio.gather(*[
        gql.mutate(EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=tenant.owner_token) for _ in range(3)
    ])
    jobs = await asyncio.gather(*[wait_for_job(gql, p["exportJob"]["id"], tenant.owner_token) for p in payloads])
    assert [j["status"] for j in jobs] == ["SUCCEEDED"] * 3
    assert len({j["id"] for j in jobs}) == 3
    for job in jobs:
        response = await download(http, job["downloadUrl"])
        assert len(parse_csv(read_zip(response.content)[1])) == 31


async def test_returns_queued_job_at_once(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    payload = await gql.mutate(EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=tenant.owner_token)
    job = payload["exportJob"]
    assert job["kind"] == "CLIENTS" and job["status"] in ("QUEUED", "RUNNING", "SUCCEEDED")
    assert (await wait_for_job(gql, job["id"], tenant.owner_token))["status"] == "SUCCEEDED"


async def test_who_may_export_clients(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    variables = {"input": {"accountId": tenant.gid}}
    # clients ≥ VIEW and exports = MANAGE (SPEC §4)
    for role in ("marketing", "marketing_manager", "team_lead", "finance", "security"):
        _, token = await add_member(gql, tenant, role)
        payload = await gql.mutate(EXPORT_CLIENTS, variables, token=token)
        assert (await wait_for_job(gql, payload["exportJob"]["id"], token))["status"] == "SUCCEEDED"
    for role in ("marketing_limited", "contributor", "qa"):
        _, token = await add_member(gql, tenant, role)
        body = await gql.execute(EXPORT_CLIENTS, variables, token=token)
        assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "INSUFFICIENT_ROLE"}, role
    # exports are closed to members with restricted data scope, whatever their role
    _, restricted = await add_member(gql, tenant, "marketing", geos=["FR"])
    body = await gql.execute(EXPORT_CLIENTS, variables, token=restricted)
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "DATA_SCOPE_RESTRICTED"}
    _, restricted = await add_member(gql, tenant, "team_lead", media_sources=["facebook"])
    body = await gql.execute(EXPORT_CLIENTS, variables, token=restricted)
    assert body["errors"][0]["extensions"]["reason"] == "DATA_SCOPE_RESTRICTED"
    # inactive member
    _, inactive = await add_member(gql, tenant, "admin", active=False)
    assert await gql.error_code(EXPORT_CLIENTS, variables, token=inactive) == "FORBIDDEN"
    assert await gql.error_code(EXPORT_CLIENTS, variables) == "UNAUTHENTICATED"
    denied = await AuditEvent.filter(action="export.clients", account_id=tenant.account_id, outcome="DENIED").count()
    assert denied >= 5


async def test_other_tenant_is_not_found(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    assert await gql.error_code(
        EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=other.owner_token
    ) == "NOT_FOUND"
    missing = encode_id("Account", uuid.uuid4())
    assert await gql.error_code(EXPORT_CLIENTS, {"input": {"accountId": missing}}, token=other.owner_token) == "NOT_FOUND"
    payload = await gql.mutate(EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=tenant.owner_token)
    job_id = payload["exportJob"]["id"]
    assert await gql.error_code(EXPORT_JOB, {"id": job_id}, token=other.owner_token) == "NOT_FOUND"
    assert await gql.error_code(EXPORT_JOB, {"id": encode_id("ExportJob", uuid.uuid4())},
                                token=tenant.owner_token) == "NOT_FOUND"
    node = await gql.ok("query($id: ID!) { node(id: $id) { id } }", {"id": job_id}, token=other.owner_token)
    assert node["node"] is None
    await wait_for_job(gql, job_id, tenant.owner_token)


async def test_invalid_filter_writes_nothing(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    before = await ExportJob.filter(account_id=tenant.account_id).count()
    data = await gql.ok(
        EXPORT_CLIENTS, {"input": {"accountId": tenant.gid, "filter": {"search": "x" * 201}}}, token=tenant.owner_token
    )
    payload = data["exportClients"]
    assert payload["exportJob"] is None
    assert payload["errors"] == [{"field": "filter.search", "code": "TOO_LONG", "message": "At most 200 characters."}]
    assert await ExportJob.filter(account_id=tenant.account_id).count() == before
    assert await ExportJob.filter(account_id=tenant.account_id, kind=ExportKind.CLIENTS).count() == 0


async def test_api_tokens_cannot_export(gql, runtime):
    """There is no person to mail the file to or to bind the download link to."""
    tenant = await make_tenant(gql, runtime)
    secret = new_secret(API_TOKEN_PREFIX)
    await ApiToken.create(account_id=tenant.account_id, role_id=predefined_role_id("admin"), kind=ApiTokenKind.API,
                          name="integration", token_hash=hash_secret(secret), prefix=secret[:12])
    body = await gql.execute(EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=secret)
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "USER_SESSION_REQUIRED"}


async def test_requester_who_lost_access_is_not_mailed(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await add_client(tenant.account_id)
    email, token = await add_member(gql, tenant, "marketing")
    job = await ExportJob.create(account_id=tenant.account_id, requested_by=await User.get(email=email),
                                 kind=ExportKind.CLIENTS)
    await Membership.filter(account_id=tenant.account_id, user__email=email).update(
        role_id=predefined_role_id("qa")  # no exports any more
    )
    assert await export_runner.run_export(runtime.deps, job.id) == "succeeded"
    assert await OutboxEmail.filter(template="export_ready", to_email=email).count() == 0
    assert token


async def test_search_looks_in_the_same_columns_as_the_clients_query(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    await add_client(tenant.account_id, email="by-phone@example.com", phone2="+33 6 12 34 56 78")
    await add_client(tenant.account_id, email="by-partner@example.com", partner_client_id="PARTNER-77")
    await add_client(tenant.account_id, email="other@example.com")
    for term, expected in (("12 34 56", "by-phone@example.com"), ("partner-77", "by-partner@example.com")):
        listed = await gql.ok(
            "query($a: ID!, $s: String) { clients(accountId: $a, search: $s) { edges { node { email } } } }",
            {"a": tenant.gid, "s": term}, token=tenant.owner_token,
        )
        assert [e["node"]["email"] for e in listed["clients"]["edges"]] == [expected]
        _, rows, _ = await export_and_read(
            gql, http, EXPORT_CLIENTS, {"accountId": tenant.gid, "filter": {"search": term}}, tenant.owner_token
        )
        assert [r[3] for r in rows[1:]] == [expected]
