"""A small GraphQL client over the app's real HTTP interface."""

from __future__ import annotations

from typing import Any

import httpx


class GraphQLError(AssertionError):
    pass


class GraphQLClient:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def raw(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return await self.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)

    async def execute(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        """The whole response body ({data, errors})."""
        response = await self.raw(query, variables, token=token)
        assert response.status_code in (200, 400), response.text
        return response.json()

    async def ok(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        """`data`, asserting there were no top-level errors."""
        body = await self.execute(query, variables, token=token)
        if body.get("errors"):
            raise GraphQLError(f"unexpected errors: {body['errors']}")
        return body["data"]

    async def mutate(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        """The single root field's payload, asserting it has no payload errors."""
        data = await self.ok(query, variables, token=token)
        (payload,) = data.values()
        if payload.get("errors"):
            raise GraphQLError(f"unexpected payload errors: {payload['errors']}")
        return payload

    async def error_code(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> str:
        """The extensions.code of the first top-level error (asserting there is one)."""
        body = await self.execute(query, variables, token=token)
        errors = body.get("errors") or []
        assert errors, f"expected an error, got {body}"
        return errors[0].get("extensions", {}).get("code", "")
