"""Probes against a real `gqlaccess serve` in production configuration, over real sockets."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..support.processes import Server, base_env


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("prod-server")
    env = base_env(
        ENV="production", DATA_DIR=str(data), SECRET_KEY=secrets.token_urlsafe(40),
        BODY_TIMEOUT_SECONDS="1", MAX_BODY_BYTES="100000",
    )
    server = Server(env, data / "server.log").start()
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def codes(response: httpx.Response) -> list[str]:
    return [(e.get("extensions") or {}).get("code") for e in response.json().get("errors") or []]


def test_introspection_closed_in_production(production: Server) -> None:
    response = httpx.post(production.url + "/graphql", json={"query": "{ __schema { types { name } } }"})
    assert set(codes(response)) == {"INTROSPECTION_DISABLED"}, response.text
    response = httpx.post(production.url + "/graphql", json={"query": '{ __type(name: "User") { name } }'})
    assert set(codes(response)) == {"INTROSPECTION_DISABLED"}, response.text
    assert httpx.post(production.url + "/graphql", json={"query": "{ __typename }"}).json() == {
        "data": {"__typename": "Query"}
    }


def test_graphiql_and_get_closed_in_production(production: Server) -> None:
    page = httpx.get(production.url + "/graphql", headers={"accept": "text/html"})
    assert "graphiql" not in page.text.lower()
    assert page.status_code in (400, 404, 405)
    response = httpx.get(production.url + "/graphql", params={"query": "{ __typename }"})
    assert response.status_code == 405
    assert codes(response) == ["METHOD_NOT_ALLOWED"], response.text


def test_no_field_suggestions_in_production(production: Server) -> None:
    response = httpx.post(production.url + "/graphql", json={"query": "{ acount(id: 1) { id } }"})
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    message = response.json()["errors"][0]["message"]
    assert "Did you mean" not in message and "account" not in message.replace("acount", ""), message


def test_oversized_body_refused_over_socket(production: Server) -> None:
    response = httpx.post(production.url + "/graphql", content=b" " * 200_000, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert codes(response) == ["PAYLOAD_TOO_LARGE"]


async def _slow_client(port: int, hold: float) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(-1), hold)  # until the server closes
    except TimeoutError:
        return b"(no answer, connection still open)"
    finally:
        writer.close()


async def test_slow_loris_refused_and_service_stays_up(production: Server) -> None:
    """40 clients trickling bodies get 408 after the 1 s body deadline; others are served meanwhile."""
    slow = [asyncio.create_task(_slow_client(production.port, 6)) for _ in range(40)]
    await asyncio.sleep(0.3)
    async with httpx.AsyncClient() as client:
        ok = await client.post(production.url + "/graphql", json={"query": "{ __typename }"})
    # Served while 40 connections trickle (no duration bound: a loaded machine only makes it slower).
    assert ok.status_code == 200
    answers = await asyncio.gather(*slow)
    assert all(a.startswith(b"HTTP/1.1 408") for a in answers), [a[:200] for a in answers]
    assert all(b"REQUEST_TIMEOUT" in a for a in answers)


def test_production_requires_secret_key(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = base_env(ENV="production", DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "gqlaccess", "migrate"], env=env, capture_output=True, timeout=60)
    assert done.returncode != 0 and b"SECRET_KEY" in done.stderr
