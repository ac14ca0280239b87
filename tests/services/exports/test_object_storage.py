"""Export files in S3-compatible object storage, against a real server (moto_server on loopback).

The export runs, the download route, retention, the orphan sweep, account deletion and the mail
attachment all go through the storage interface; the local directory is the embedded default
(tested by tests/workers/test_export_jobs.py).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest

from gqlaccess.config import Settings
from gqlaccess.models import Account, Client, ExportJob, OutboxEmail
from gqlaccess.models.enums import ExportKind, ExportStatus
from gqlaccess.services.accounts import account_deletion
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.core.deps import Deps
from gqlaccess.services.exports import export_runner, exports
from gqlaccess.services.exports.storage import StorageUnavailable, storage_for
from gqlaccess.web.app import create_app

from ...support.exports import parse_csv, read_zip
from ...support.factories import make_tenant
from ...support.smtp import free_port

PREFIX = "gqlaccess"


def _s3(runtime, endpoint: str, bucket: str) -> Settings:  # type: ignore[no-untyped-def]
    return runtime.settings.with_overrides(export_storage=f"s3://{bucket}/{PREFIX}", s3_endpoint_url=endpoint)


async def _clients(account_id: uuid.UUID, n: int) -> None:
    await Client.bulk_create([
        Client(account_id=account_id, display_name="C", first_name=f"F{i}", last_name="L",
               email=f"s3-{uuid.uuid4().hex[:6]}-{i}@example.com")
        for i in range(n)
    ])


async def _job(tenant) -> ExportJob:  # type: ignore[no-untyped-def]
    owner_id = (await Account.get(id=tenant.account_id)).owner_id  # type: ignore[attr-defined]
    return await ExportJob.create(account_id=tenant.account_id, requested_by_id=owner_id, kind=ExportKind.CLIENTS)


@pytest.fixture
async def host(runtime) -> AsyncIterator[object]:  # type: ignore[no-untyped-def]
    """A second app ("another host") configured by settings only; its download route reads the
    same database as the session app."""
    made: list[object] = []

    def client_for(settings: Settings) -> httpx.AsyncClient:
        app = create_app(settings, apply_migrations=False)
        made.append(app)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")  # type: ignore[arg-type]

    yield client_for


async def test_export_streams_to_object_storage_and_downloads_through_the_api(gql, runtime, object_store, host):
    bucket = object_store.new_bucket()
    settings = _s3(runtime, object_store.endpoint, bucket)
    deps = Deps(settings=settings, queue=runtime.deps.queue)
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 40)
    job = await _job(tenant)

    assert await export_runner.run_export(deps, job.id) == "succeeded"

    job = await ExportJob.get(id=job.id)
    key = f"{PREFIX}/{tenant.account_id}/{job.id}.1.zip"
    assert job.file_path == f"s3://{bucket}/{key}"
    assert object_store.keys(bucket) == [key]
    assert not (runtime.settings.exports_dir / str(tenant.account_id)).exists()  # nothing on this host's disk

    link = exports.download_url(settings, job, job.requested_by_id)  # type: ignore[attr-defined]
    async with host(settings) as b:
        response = await b.get(link.removeprefix(settings.public_url))
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].startswith('attachment; filename="clients-')
    name, data = read_zip(response.content)
    assert name == "clients.csv" and len(parse_csv(data)) == 41

    # The object vanished behind our back: a clear 404, not a 500.
    object_store.client().delete_object(Bucket=bucket, Key=key)
    async with host(settings) as b:
        gone = await b.get(link.removeprefix(settings.public_url))
    assert gone.status_code == 404 and "no longer available" in gone.text

    # The store itself is down: 503 with Retry-After.
    down = settings.with_overrides(s3_endpoint_url=f"http://127.0.0.1:{free_port()}")
    async with host(down) as b:
        unavailable = await b.get(link.removeprefix(settings.public_url))
    assert unavailable.status_code == 503 and unavailable.headers["retry-after"]


async def test_large_export_in_object_storage_matches_the_rows(gql, runtime, object_store):
    bucket = object_store.new_bucket()
    deps = Deps(settings=_s3(runtime, object_store.endpoint, bucket), queue=runtime.deps.queue)
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 30_000)  # several MiB of CSV: several compressed flushes
    job = await _job(tenant)
    assert await export_runner.run_export(deps, job.id) == "succeeded"
    job = await ExportJob.get(id=job.id)
    chunks = [chunk async for chunk in storage_for(deps.settings).stream(job.file_path)]
    _, data = read_zip(b"".join(chunks))
    rows = parse_csv(data)
    assert len(rows) == 30_001 and {row[1] for row in rows[1:]} == {f"F{i}" for i in range(30_000)}
    assert job.size_bytes == sum(len(c) for c in chunks)


async def test_an_unfinished_upload_leaves_no_object(object_store, runtime):
    bucket = object_store.new_bucket()
    storage = storage_for(_s3(runtime, object_store.endpoint, bucket))
    location = storage.location(str(uuid.uuid4()), "partial.1.zip")
    writer = await storage.open_writer(location)
    for _ in range(3):  # 3 × 6 MiB: parts of a multipart upload are sent
        writer.fileobj.write(b"x" * (6 * 1024 * 1024))
        await writer.drain()
    await writer.abort()
    assert object_store.keys(bucket) == []
    assert not await storage.exists(location)


async def test_retention_orphans_and_account_deletion_remove_objects(gql, runtime, object_store):
    bucket = object_store.new_bucket()
    deps = Deps(settings=_s3(runtime, object_store.endpoint, bucket), queue=runtime.deps.queue)

    expiring = await make_tenant(gql, runtime)
    job = await _job(expiring)
    assert await export_runner.run_export(deps, job.id) == "succeeded"
    await exports.purge_expired_files(deps)
    assert len(object_store.keys(bucket)) == 1  # not expired yet
    await ExportJob.filter(id=job.id).update(expires_at=utcnow() - timedelta(seconds=1))
    assert (await exports.purge_expired_files(deps))["purged"] >= 1
    assert object_store.keys(bucket) == []
    assert (await ExportJob.get(id=job.id)).file_path is None

    # An account removed without the deletion job (e.g. by hand): the sweep finds its objects.
    vanished = await make_tenant(gql, runtime)
    assert await export_runner.run_export(deps, (await _job(vanished)).id) == "succeeded"
    await Account.filter(id=vanished.account_id).delete()
    assert (await exports.purge_expired_files(deps))["orphans"] >= 1
    assert object_store.keys(bucket) == []

    # Account deletion (a small account: done at once) removes the account's objects itself.
    deleted = await make_tenant(gql, runtime)
    assert await export_runner.run_export(deps, (await _job(deleted)).id) == "succeeded"
    assert len(object_store.keys(bucket)) == 1
    account = await Account.get(id=deleted.account_id)
    deletion = await account_deletion.request_deletion(deps, account, confirmation=account.name, requested_by_id=None)
    assert deletion.status == ExportStatus.SUCCEEDED
    assert object_store.keys(bucket) == []


@pytest.mark.parametrize("failure", ["refusing", "down"])
async def test_store_failure_retries_then_fails_clearly_and_mails(gql, runtime, object_store, failure):
    settings = (
        _s3(runtime, object_store.endpoint, f"missing-{uuid.uuid4().hex[:8]}")  # NoSuchBucket on every write
        if failure == "refusing"
        else _s3(runtime, f"http://127.0.0.1:{free_port()}", "nobody-listens")
    )
    deps = Deps(settings=settings, queue=runtime.deps.queue)
    tenant = await make_tenant(gql, runtime)
    await _clients(tenant.account_id, 5)
    job = await _job(tenant)

    outcomes = [await export_runner.run_export(deps, job.id) for _ in range(export_runner.MAX_ATTEMPTS)]

    assert outcomes == ["storage-retry"] * (export_runner.MAX_ATTEMPTS - 1) + ["failed"]
    job = await ExportJob.get(id=job.id)
    assert job.status == ExportStatus.FAILED and job.error == export_runner.STORAGE_FAILED and job.file_path is None
    mail = await OutboxEmail.filter(account_id=tenant.account_id, template="export_failed").first()
    assert mail is not None and mail.to_email == tenant.owner_email
    if failure == "down":  # and a download meanwhile would be told so, not crash
        with pytest.raises(StorageUnavailable):
            await storage_for(settings).exists(exports.job_file_location(settings, job))


async def test_small_export_is_attached_from_object_storage(mail_stack, object_store):
    from gqlaccess.services.core import outbox

    bucket = object_store.new_bucket()
    mail_stack.settings = mail_stack.settings.with_overrides(
        export_storage=f"s3://{bucket}/{PREFIX}", s3_endpoint_url=object_store.endpoint
    )
    await mail_stack.start_worker()
    storage = storage_for(mail_stack.settings)
    location = storage.location(str(uuid.uuid4()), "clients-20261203.1.zip")
    writer = await storage.open_writer(location)
    writer.fileobj.write(b"PK\x05\x06" + b"\x00" * 18)
    await writer.commit()
    owner = f"s3-mail-{uuid.uuid4().hex[:8]}@example.com"
    row = await outbox.record_email(
        mail_stack.settings, template="export_ready", to_email=owner, language="en",
        variables={"name": "Ada", "account_name": "Acme", "url": "http://testserver/exports/x",
                   "file_name": "clients.zip", "row_count": 3, "expires_at": utcnow().isoformat(),
                   "attachment_path": location},
    )
    await mail_stack.deps.queue.enqueue_emails([row.id])
    (mail,) = await mail_stack.smtp.wait_for(owner, count=1)
    (part,) = list(mail.message.iter_attachments())
    assert part.get_filename() == "clients-20261203.1.zip"
    assert part.get_content() == b"PK\x05\x06" + b"\x00" * 18
