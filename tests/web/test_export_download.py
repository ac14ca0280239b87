"""GET /exports/download/<token>: signed, expiring, bound to a user, re-checked at download."""

from __future__ import annotations

from datetime import timedelta

from itsdangerous import URLSafeSerializer

from gqlaccess.models import ExportJob, Membership
from gqlaccess.services.core.access_changes import access_changed
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.exports.exports import LINK_SALT, download_url

from ..support.exports import EXPORT_CLIENTS, EXPORT_JOB, add_client, download, read_zip, wait_for_job
from ..support.factories import add_member, make_tenant


async def _finished_export(gql, tenant, token):  # type: ignore[no-untyped-def]
    await add_client(tenant.account_id)
    payload = await gql.mutate(EXPORT_CLIENTS, {"input": {"accountId": tenant.gid}}, token=token)
    job = await wait_for_job(gql, payload["exportJob"]["id"], token)
    assert job["status"] == "SUCCEEDED"
    return job


async def test_download_streams_the_zip(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    job = await _finished_export(gql, tenant, tenant.owner_token)
    response = await download(http, job["downloadUrl"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"].startswith('attachment; filename="clients-')
    assert "no-store" in response.headers["cache-control"]
    assert read_zip(response.content)[0] == "clients.csv"
    assert int(response.headers["content-length"]) == job["sizeBytes"]


async def test_tampered_and_forged_links_are_403(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    job = await _finished_export(gql, tenant, tenant.owner_token)
    url = job["downloadUrl"]
    prefix, token = url.rsplit("/", 1)
    payload, _, signature = token.rpartition(".")
    # (Not the last character: in base64 its low bits are padding, so some changes decode alike.)
    flipped = signature[:5] + ("A" if signature[5] != "A" else "B") + signature[6:]
    for bad in (f"{payload}.{flipped}", token[:-3], "garbage", f"{payload}x.{signature}"):
        response = await download(http, f"{prefix}/{bad}")
        assert response.status_code == 403, bad
        assert b"PK" not in response.content[:2]
    # Signed with another key (or another salt): refused.
    data = URLSafeSerializer(runtime.settings.secret_key, salt=LINK_SALT).loads(token)
    for serializer in (URLSafeSerializer("another-key-" + "x" * 32, salt=LINK_SALT),
                       URLSafeSerializer(runtime.settings.secret_key, salt="outbox-payload")):
        assert (await download(http, f"{prefix}/{serializer.dumps(data)}")).status_code == 403
    assert (await download(http, url)).status_code == 200


async def test_expired_link_is_403_and_purged_file_404(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    job = await _finished_export(gql, tenant, tenant.owner_token)
    model = await ExportJob.get(id=_raw_id(job["id"]))
    model.expires_at = utcnow() - timedelta(seconds=1)
    expired = download_url(runtime.settings, model, model.requested_by_id)  # type: ignore[attr-defined]
    assert expired is not None
    assert (await download(http, expired)).status_code == 403
    # A genuine, unexpired link to a file the sweep removed: 404, not a crash.
    await ExportJob.filter(id=model.id).update(file_path=None)
    assert (await download(http, job["downloadUrl"])).status_code == 404


async def test_only_requester_or_admin(gql, http, runtime):
    tenant = await make_tenant(gql, runtime)
    requester_email, requester = await add_member(gql, tenant, "marketing")
    _, colleague = await add_member(gql, tenant, "marketing")
    _, admin = await add_member(gql, tenant, "admin")
    other = await make_tenant(gql, runtime)
    job = await _finished_export(gql, tenant, requester)
    url = job["downloadUrl"]

    # A colleague with the same rights neither sees the job nor may use the requester's link.
    body = await gql.execute(EXPORT_JOB, {"id": job["id"]}, token=colleague)
    assert body["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "ADMIN_REQUIRED"}
    assert (await download(http, url, token=colleague)).status_code == 403
    assert (await download(http, url, token=other.owner_token)).status_code == 403
    # The requester (with or without bearer) and an Admin of the account may.
    assert (await download(http, url)).status_code == 200
    assert (await download(http, url, token=requester)).status_code == 200
    assert (await download(http, url, token=admin)).status_code == 200
    admin_view = (await gql.ok(EXPORT_JOB, {"id": job["id"]}, token=admin))["exportJob"]
    assert admin_view["downloadUrl"] != url and (await download(http, admin_view["downloadUrl"])).status_code == 200
    # Once the requester loses access, their links die with it.
    await Membership.filter(account_id=tenant.account_id, user__email=requester_email).delete()
    await access_changed(accounts=[tenant.account_id])  # a write outside the services announces itself
    assert (await download(http, url)).status_code == 403
    assert (await download(http, admin_view["downloadUrl"])).status_code == 200


def _raw_id(global_id: str):  # type: ignore[no-untyped-def]
    from gqlaccess.graphql.ids import decode_id

    decoded = decode_id(global_id)
    assert decoded is not None
    return decoded[1]
