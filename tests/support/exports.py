"""Helpers for export tests: clients rows, waiting for the worker, reading the zipped CSV."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
import zipfile
from typing import Any

import httpx

from gqlaccess.models import Client, ClientResource, Resource
from gqlaccess.models.enums import ClientStatus, ResourceKind

from .graphql import GraphQLClient

JOB_FIELDS = """
  id kind status attempts error rowCount sizeBytes downloadUrl withBom expiresAt
  progress { rowsDone rowsTotal fraction }
"""
EXPORT_CLIENTS = f"""
mutation($input: ExportClientsInput!) {{
  exportClients(input: $input) {{ exportJob {{ {JOB_FIELDS} }} errors {{ field code message }} }}
}}"""
EXPORT_USERS = f"""
mutation($input: ExportUsersInput!) {{
  exportUsers(input: $input) {{ exportJob {{ {JOB_FIELDS} }} errors {{ field code message }} }}
}}"""
EXPORT_JOB = f"query($id: ID!) {{ exportJob(id: $id) {{ {JOB_FIELDS} }} }}"


async def add_client(account_id: uuid.UUID, *, email: str | None = None, **fields: Any) -> Client:
    values: dict[str, Any] = {
        "display_name": fields.pop("display_name", "Client"),
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": email or f"client-{uuid.uuid4().hex[:10]}@example.com",
    }
    values.update(fields)
    return await Client.create(account_id=account_id, **values)


async def assign_site(client: Client, name: str | None = None) -> Resource:
    site = await Resource.create(
        account_id=client.account_id, kind=ResourceKind.SITE, name=name or f"site-{uuid.uuid4().hex[:8]}"  # type: ignore[attr-defined]
    )
    await ClientResource.create(client_id=client.id, resource_id=site.id)
    client.status = ClientStatus.SITE_ASSIGNED
    await client.save(update_fields=["status"])
    return site


async def wait_for_job(gql: GraphQLClient, job_id: str, token: str, *, within: float = 90.0) -> dict[str, Any]:
    """Polls exportJob until the in-process worker has finished it."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        job = (await gql.ok(EXPORT_JOB, {"id": job_id}, token=token))["exportJob"]
        if job["status"] in ("SUCCEEDED", "FAILED"):
            return job
        assert asyncio.get_running_loop().time() < deadline, f"export still {job['status']}: {job}"
        await asyncio.sleep(0.05)


async def download(http: httpx.AsyncClient, url: str, *, token: str | None = None) -> httpx.Response:
    path = url.removeprefix("http://testserver")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await http.get(path, headers=headers)


def read_zip(content: bytes) -> tuple[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        (name,) = archive.namelist()
        return name, archive.read(name)


def parse_csv(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


async def export_and_read(
    gql: GraphQLClient, http: httpx.AsyncClient, mutation: str, variables: dict[str, Any], token: str
) -> tuple[dict[str, Any], list[list[str]], bytes]:
    payload = await gql.mutate(mutation, {"input": variables}, token=token)
    job = await wait_for_job(gql, payload["exportJob"]["id"], token)
    assert job["status"] == "SUCCEEDED", job
    response = await download(http, job["downloadUrl"])
    assert response.status_code == 200, response.text
    _, data = read_zip(response.content)
    return job, parse_csv(data), data


async def insert_clients(account_id: uuid.UUID, rows: int, email_prefix: str) -> None:
    """Many clients at once, by SQL (PostgreSQL's generate_series): exports big enough to interrupt."""
    from tortoise import connections

    await connections.get("default").execute_query(
        "INSERT INTO client (id, created_at, display_name, first_name, last_name, email, permissions, status,"
        " updated_at, account_id) SELECT gen_random_uuid(), now(), 'C', 'First' || g, 'Last', "
        f" '{email_prefix}-' || lpad(g::text, 7, '0') || '@example.com', '[]'::jsonb, 'POTENTIAL', now(), $1"
        " FROM generate_series(1, $2) AS g",
        [str(account_id), rows],
    )


async def wait_for_row(job_id: uuid.UUID, done: Any, within: float) -> Any:
    """Polls the ExportJob row (every 20 ms) until `done(job)`."""
    from gqlaccess.models import ExportJob

    for _ in range(int(within / 0.02)):
        job = await ExportJob.get(id=job_id)
        if done(job):
            return job
        await asyncio.sleep(0.02)
    raise AssertionError(f"gave up waiting: {job.status} {job.rows_done}")
