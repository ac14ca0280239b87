"""graphql-cop's probes, as tests: each abuse is refused cleanly, with a clear error and a code."""

from __future__ import annotations

from typing import Any

import httpx

from ..support.factories import make_tenant

MUTATION = 'mutation { requestPasswordReset(input: {email: "csrf@example.com"}) { ok } }'


def codes(response: httpx.Response) -> list[str]:
    body = response.json()
    return [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]


async def test_101_aliases_refused(http: httpx.AsyncClient, runtime: Any) -> None:
    query = "{ " + " ".join(f"a{i}: __typename" for i in range(101)) + " }"
    response = await http.post("/graphql", json={"query": query})
    assert codes(response) == ["TOO_MANY_ALIASES"], response.text
    assert "data" not in response.json() or response.json()["data"] is None


async def test_aliases_through_fragments_counted(http: httpx.AsyncClient) -> None:
    fragment = "fragment F on Query { " + " ".join(f"a{i}: __typename" for i in range(40)) + " }"
    response = await http.post("/graphql", json={"query": "{ ...F } " + fragment})
    assert codes(response) == ["TOO_MANY_ALIASES"], response.text


async def test_json_array_batches_refused(http: httpx.AsyncClient) -> None:
    response = await http.post("/graphql", json=[{"query": "{ __typename }"}] * 3)
    assert response.status_code == 400
    assert codes(response) == ["BAD_REQUEST"]
    assert "batch" in response.json()["errors"][0]["message"]


async def test_5000_duplicated_fields_refused(http: httpx.AsyncClient) -> None:
    query = "{ " + "__typename " * 5000 + "}"
    response = await http.post("/graphql", json={"query": query})
    assert codes(response) == ["TOO_MANY_TOKENS"], response.text[:300]


async def test_duplicated_directives_refused(http: httpx.AsyncClient) -> None:
    query = "{ __typename @include(if: true) @include(if: true) @include(if: true) }"
    response = await http.post("/graphql", json={"query": query})
    assert set(codes(response)) == {"GRAPHQL_VALIDATION_FAILED"}, response.text
    assert "can only be used once" in response.json()["errors"][0]["message"]


async def test_circular_introspection_refused(http: httpx.AsyncClient) -> None:
    inner = "name"
    for _ in range(15):
        inner = f"fields {{ type {{ {inner} }} }}"
    response = await http.post("/graphql", json={"query": f"{{ __schema {{ types {{ {inner} }} }} }}"})
    assert codes(response) == ["QUERY_TOO_DEEP"], response.text[:300]


async def test_deep_nesting_refused(gql: Any, http: httpx.AsyncClient, runtime: Any) -> None:
    tenant = await make_tenant(gql, runtime)
    inner = "id"
    for _ in range(8):
        inner = f"memberships {{ user {{ {inner} }} }}"
    response = await http.post(
        "/graphql", json={"query": f"{{ me {{ {inner} }} }}"},
        headers={"Authorization": f"Bearer {tenant.owner_token}"},
    )
    assert codes(response) == ["QUERY_TOO_DEEP"], response.text[:300]


async def test_get_mutation_refused(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", params={"query": MUTATION})
    assert response.status_code == 405
    assert codes(response) == ["METHOD_NOT_ALLOWED"], response.text


async def test_form_encoded_and_text_posts_refused(http: httpx.AsyncClient) -> None:
    """The bodies a cross-site form or fetch without preflight can send: refused before parsing."""
    for headers, content in (
        ({"content-type": "application/x-www-form-urlencoded"}, f"query={MUTATION}"),
        ({"content-type": "text/plain"}, '{"query": "' + MUTATION.replace('"', '\\"') + '"}'),
        ({"content-type": "multipart/form-data; boundary=x"}, f'--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{MUTATION}\r\n--x--\r\n'),
        ({}, MUTATION),
    ):
        response = await http.post("/graphql", content=content, headers=headers)
        assert response.status_code == 415, (headers, response.text)
        assert codes(response) == ["UNSUPPORTED_MEDIA_TYPE"]


async def test_invalid_json_labelled(http: httpx.AsyncClient) -> None:
    response = await http.post("/graphql", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert codes(response) == ["INVALID_JSON"], response.text


async def test_syntax_and_unknown_field_labelled(http: httpx.AsyncClient) -> None:
    response = await http.post("/graphql", json={"query": "{ me { "})
    assert codes(response) == ["GRAPHQL_PARSE_FAILED"]
    response = await http.post("/graphql", json={"query": "{ acount(id: 1) { id } }"})
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    # Outside production suggestions help developers.
    assert "Did you mean" in response.json()["errors"][0]["message"]


async def test_oversized_body_refused(http: httpx.AsyncClient, runtime: Any) -> None:
    limit = runtime.settings.max_body_bytes
    padding = "#" * (limit + 10)
    response = await http.post("/graphql", json={"query": "{ __typename }" + padding})
    assert response.status_code == 413
    assert codes(response) == ["PAYLOAD_TOO_LARGE"]

    async def chunks():  # announced by no content-length: streamed
        for _ in range(limit // 65536 + 2):
            yield b" " * 65536

    response = await http.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert codes(response) == ["PAYLOAD_TOO_LARGE"]


async def test_slow_body_refused_in_process(app: Any, runtime: Any) -> None:
    """The app's own receive deadline (the real socket case is in test_server_probes.py)."""
    import asyncio

    from gqlaccess.web.middleware import BodyTimeoutMiddleware

    assert any(m.cls is BodyTimeoutMiddleware for m in app.user_middleware)
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def never_ready(scope: Any, receive: Any, send: Any) -> None:
        await receive()

    scope = {"type": "http", "method": "POST", "path": "/graphql", "headers": [], "query_string": b""}
    await asyncio.wait_for(BodyTimeoutMiddleware(never_ready, timeout=0.2)(scope, receive, send), 5)
    assert sent[0]["status"] == 408
    assert b"REQUEST_TIMEOUT" in sent[1]["body"]
