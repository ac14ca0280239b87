"""exportAuditEvents: the audit trail through the export pipeline, with the `auditEvents` filters;
`exports` = MANAGE and `audit_log` ≥ VIEW."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import datetime, timedelta

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import AuditEvent, ExportJob, OutboxEmail
from gqlaccess.services.core.outbox import read_variables
from gqlaccess.services.exports.export_sources import AUDIT_HEADER

from ....support.exports import JOB_FIELDS, download, export_and_read, parse_csv, read_zip, wait_for_job
from ....support.factories import add_member, make_tenant
from ....support.integrator import CREATE_WEBHOOK
from ....support.users import CREATE_USER, new_user_input

EXPORT_AUDIT = f"""
mutation($input: ExportAuditEventsInput!) {{
  exportAuditEvents(input: $input) {{ exportJob {{ {JOB_FIELDS} }} errors {{ field code message }} }}
}}"""
AUDIT_EVENTS = """
query($a: ID!, $actor: ID, $action: String, $target: ID, $since: DateTime, $until: DateTime) {
  auditEvents(accountId: $a, actorId: $actor, action: $action, targetId: $target, since: $since,
              until: $until, first: 100) {
    totalCount edges { node { id action outcome actorId targetId } }
  }
}"""


async def _webhook(gql, tenant, token: str, url: str = "http://127.0.0.1:9/hook", events=None):  # type: ignore[no-untyped-def]
    body = await gql.ok(CREATE_WEBHOOK, {"input": {"accountId": tenant.gid, "url": url,
                                                   "events": events or ["user.invited"]}}, token=token)
    return body["createWebhook"]


async def _ids(gql, tenant, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    page = (await gql.ok(AUDIT_EVENTS, {"a": tenant.gid, **filters}, token=tenant.owner_token))["auditEvents"]
    return [e["node"]["id"] for e in page["edges"]]


async def test_file_columns_order_and_mail(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    created = await _webhook(gql, tenant, tenant.owner_token)
    await _webhook(gql, tenant, tenant.owner_token, events=["no.such.event"])  # REJECTED
    job, rows, _ = await export_and_read(gql, http, EXPORT_AUDIT, {"accountId": tenant.gid}, tenant.owner_token)
    assert job["kind"] == "AUDIT_EVENTS"
    assert rows[0] == AUDIT_HEADER
    # Every event of the account up to the export, oldest first: exactly what auditEvents lists.
    listed = await _ids(gql, tenant)
    exported = [r[0] for r in rows[1:]]
    assert exported == list(reversed(listed))[: len(exported)]
    assert job["rowCount"] == len(exported) == len(rows) - 1
    webhook_rows = [r for r in rows[1:] if r[2] == "webhook.create"]
    assert [r[3] for r in webhook_rows] == ["ALLOWED", "REJECTED"]
    owner_id = (await gql.ok("{ me { id } }", token=tenant.owner_token))["me"]["id"]
    assert webhook_rows[0][5:9] == ["USER", owner_id, "Webhook", created["webhook"]["id"]]
    assert datetime.fromisoformat(webhook_rows[0][1]).tzinfo is not None
    # Mailed to the requester like the other exports (link, and the small file attached).
    (email,) = await OutboxEmail.filter(template="export_ready", account_id=tenant.account_id)
    assert email.to_email == tenant.owner_email
    variables = read_variables(runtime.settings, email)
    assert variables["file_name"].startswith("audit-events-") and variables["row_count"] == len(exported)
    mailed = await download(http, variables["url"])
    assert mailed.status_code == 200 and read_zip(mailed.content)[0] == "audit-events.csv"


async def test_same_filters_as_audit_events(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    _, security = await add_member(gql, tenant, "security")
    first = await _webhook(gql, tenant, tenant.owner_token)
    await gql.execute(CREATE_USER, {"input": new_user_input(tenant, "qa")}, token=security)  # audited either way
    hook_id = first["webhook"]["id"]
    await gql.ok("""mutation($id: ID!) { rotateWebhookSecret(input: {webhookId: $id}) { errors { code } } }""",
                 {"id": hook_id}, token=tenant.owner_token)
    security_id = (await gql.ok("{ me { id } }", token=security))["me"]["id"]
    now = datetime.now().astimezone()
    cases = [
        {"action": "webhook.*"},
        {"action": "webhook.create"},
        {"actor": security_id},
        {"target": hook_id},
        {"since": (now - timedelta(hours=1)).isoformat(), "until": (now + timedelta(hours=1)).isoformat()},
        {"until": (now - timedelta(hours=1)).isoformat()},
    ]
    names = {"actor": "actorId", "action": "action", "target": "targetId", "since": "since", "until": "until"}
    for case in cases:
        filter_ = {names[k]: v for k, v in case.items()}
        _, rows, _ = await export_and_read(
            gql, http, EXPORT_AUDIT, {"accountId": tenant.gid, "filter": filter_}, tenant.owner_token
        )
        listed = await _ids(gql, tenant, **case)  # the export's own request is in both
        assert [r[0] for r in rows[1:]] == list(reversed(listed)), case
    # The cases above were not empty.
    assert len(await _ids(gql, tenant, action="webhook.*")) == 2
    assert len(await _ids(gql, tenant, actor=security_id)) == 1


async def test_who_may_export_the_trail(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    other = await make_tenant(gql, runtime)
    variables = {"input": {"accountId": tenant.gid}}
    assert await gql.error_code(EXPORT_AUDIT, variables) == "UNAUTHENTICATED"
    # exports = MANAGE without audit_log (Marketing manager, Finance), audit_log without exports
    # (none among predefined roles with VIEW: Team lead has both), a data-scope-restricted
    # Security member, another account's Admin.
    for role_key in ("marketing_manager", "finance", "marketing"):
        _, token = await add_member(gql, tenant, role_key)
        assert await gql.error_code(EXPORT_AUDIT, variables, token=token) == "FORBIDDEN", role_key
    _, restricted = await add_member(gql, tenant, "security", geos=["FR"])
    assert await gql.error_code(EXPORT_AUDIT, variables, token=restricted) == "FORBIDDEN"
    assert await gql.error_code(EXPORT_AUDIT, variables, token=other.owner_token) == "NOT_FOUND"
    # Team lead (audit_log VIEW, exports MANAGE) and Security (both MANAGE) may.
    for role_key in ("team_lead", "security"):
        _, token = await add_member(gql, tenant, role_key)
        payload = await gql.mutate(EXPORT_AUDIT, variables, token=token)
        job = await wait_for_job(gql, payload["exportJob"]["id"], token)
        assert job["status"] == "SUCCEEDED", role_key
    denied = await AuditEvent.filter(account_id=tenant.account_id, action="export.audit_events", outcome="DENIED").count()
    assert denied == 5  # three roles, the restricted member, the other account's Admin


async def test_bad_filters_are_payload_errors_and_nothing_is_queued(gql, runtime):
    tenant = await make_tenant(gql, runtime)
    now = datetime.now().astimezone()
    cases = [
        ({"actorId": encode_id("Account", uuid.uuid4())}, ("filter.actorId", "INVALID_ID")),
        ({"actorId": "not-an-id"}, ("filter.actorId", "INVALID_ID")),
        ({"action": "x" * 201}, ("filter.action", "TOO_LONG")),
        ({"since": now.isoformat(), "until": (now - timedelta(days=1)).isoformat()}, ("filter.until", "INVALID")),
    ]
    for filter_, expected in cases:
        body = await gql.execute(EXPORT_AUDIT, {"input": {"accountId": tenant.gid, "filter": filter_}},
                                 token=tenant.owner_token)
        payload = body["data"]["exportAuditEvents"]
        assert payload["exportJob"] is None
        assert [(e["field"], e["code"]) for e in payload["errors"]] == [expected], filter_
    assert not await ExportJob.filter(account_id=tenant.account_id).exists()


async def test_audit_export_is_mailed_over_smtp(mail_stack, gql, runtime):
    tenant = await make_tenant(gql, runtime)
    await _webhook(gql, tenant, tenant.owner_token, url="http://127.0.0.1:9/=cmd")
    await mail_stack.start_worker()
    payload = await mail_stack.gql.mutate(EXPORT_AUDIT, {"input": {"accountId": tenant.gid}}, token=tenant.owner_token)
    job = await wait_for_job(mail_stack.gql, payload["exportJob"]["id"], tenant.owner_token)
    assert job["status"] == "SUCCEEDED"
    (mail,) = await mail_stack.smtp.wait_for(tenant.owner_email)
    assert "audit-events-" in mail.message["Subject"]
    (part,) = list(mail.message.iter_attachments())
    with zipfile.ZipFile(io.BytesIO(part.get_content())) as archive:
        rows = parse_csv(archive.read("audit-events.csv"))
    assert rows[0] == AUDIT_HEADER and "webhook.create" in {r[2] for r in rows[1:]}
