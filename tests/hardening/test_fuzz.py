"""Fuzzing the live schema as an admin: generated valid and invalid documents (hypothesis-graphql)
and per-operation cases (schemathesis). No answer may be a 5xx, non-JSON, or carry an error
without `extensions.code`. The documents are generated first (hypothesis, sync) and then sent
through the real ASGI app on the test's event loop; each failure names its document.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, from_schema

from gqlaccess.config import Settings
from gqlaccess.graphql.schema import export_sdl
from gqlaccess.models import User
from gqlaccess.services.auth.sessions import create_session

from ..support.factories import make_tenant

SDL = export_sdl()
# ~200 documents from hypothesis-graphql and ~100 from schemathesis keep this test near 10 s.
POSITIVE = int(os.environ.get("GQLACCESS_FUZZ_POSITIVE", "120"))
NEGATIVE = int(os.environ.get("GQLACCESS_FUZZ_NEGATIVE", "80"))
PER_OPERATION = int(os.environ.get("GQLACCESS_FUZZ_PER_OPERATION", "6"))


def collect(strategy: st.SearchStrategy[Any], examples: int) -> list[Any]:
    found: list[Any] = []

    @settings(
        max_examples=examples, database=None, deadline=None, derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def gather(value: Any) -> None:
        found.append(value)

    gather()
    return found


def hypothesis_graphql_documents() -> list[str]:
    positive = collect(from_schema(SDL, mode=Mode.POSITIVE), POSITIVE)
    negative = collect(from_schema(SDL, mode=Mode.NEGATIVE), NEGATIVE)
    return list(dict.fromkeys(positive + negative))


def schemathesis_documents() -> list[str]:
    import schemathesis

    schema = schemathesis.graphql.from_path(
        os.path.join(os.path.dirname(__file__), "..", "..", "schema.graphql")
    )
    documents: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        documents += [case.body for case in collect(operation.as_strategy(), PER_OPERATION)]
    return list(dict.fromkeys(documents))


async def _admin_token(runtime: Any, user: User) -> str:
    _, token = await create_session(user, lifetime=timedelta(minutes=30))
    return token


async def _fuzz(app: Any, gql: Any, runtime: Any, documents: list[str]) -> dict[str, int]:
    tenant = await make_tenant(gql, runtime)
    owner = await User.get(email=tenant.owner_email)
    transport = httpx.ASGITransport(app=app, client=("10.250.250.250", 999))  # its own throttle counters
    problems: list[str] = []
    statuses: dict[str, int] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        for document in documents:
            # A fresh session each time: a generated `logout` must not end the run.
            headers = {"Authorization": f"Bearer {await _admin_token(runtime, owner)}"}
            response = await client.post("/graphql", json={"query": document}, headers=headers)
            statuses[str(response.status_code)] = statuses.get(str(response.status_code), 0) + 1
            if response.status_code >= 500:
                problems.append(f"{response.status_code} for {document!r}: {response.text[:300]}")
                continue
            try:
                body = response.json()
            except ValueError:
                problems.append(f"non-JSON answer for {document!r}: {response.text[:300]}")
                continue
            for error in body.get("errors") or []:
                code = (error.get("extensions") or {}).get("code")
                if not code or code == "INTERNAL_SERVER_ERROR":
                    problems.append(f"error {error} for {document!r}")
    assert not problems, "\n".join(problems[:20])
    return statuses


async def test_fuzz_hypothesis_graphql(app: Any, gql: Any, runtime: Any) -> None:
    documents = hypothesis_graphql_documents()
    statuses = await _fuzz(app, gql, runtime, documents)
    print(f"hypothesis-graphql: {len(documents)} distinct documents, statuses {statuses}")
    assert len(documents) >= (POSITIVE + NEGATIVE) // 2


async def test_fuzz_schemathesis(app: Any, gql: Any, runtime: Any) -> None:
    documents = schemathesis_documents()
    statuses = await _fuzz(app, gql, runtime, documents)
    print(f"schemathesis: {len(documents)} distinct documents, statuses {statuses}")
    assert documents


def test_fuzz_settings_are_the_exported_schema() -> None:
    assert SDL == export_sdl() and Settings().introspection_enabled
