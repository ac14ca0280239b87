"""Documents and helpers shared by the session tests."""

from __future__ import annotations

from typing import Any

from ....support.factories import PASSWORD
from ....support.graphql import GraphQLClient

LOGIN = """mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) {
  token expiresAt refreshToken refreshExpiresAt user { email } errors { code } } }"""
REFRESH = """mutation($r: String!) { refreshSession(input: {refreshToken: $r}) {
  token expiresAt refreshToken refreshExpiresAt errors { code } } }"""
ME = "{ me { email } }"
MY_SESSIONS = "{ mySessions { id deviceLabel userAgent ip createdAt lastUsedAt expiresAt current } }"
REVOKE = "mutation($id: ID!) { revokeSession(input: {sessionId: $id}) { revokedSessionId errors { code } } }"
REVOKE_OTHERS = "mutation { revokeOtherSessions { revokedCount errors { code } } }"

FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.1 Mobile/15E148 Safari/604.1")


async def post(gql: GraphQLClient, query: str, variables: dict[str, Any] | None = None, *,
               token: str | None = None, user_agent: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if user_agent:
        headers["User-Agent"] = user_agent
    response = await gql.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code in (200, 400), response.text
    return response.json()


async def login(gql: GraphQLClient, email: str, *, user_agent: str | None = None) -> dict[str, Any]:
    body = await post(gql, LOGIN, {"e": email, "p": PASSWORD}, user_agent=user_agent)
    payload = body["data"]["login"]
    assert payload["errors"] == [], payload
    return payload


async def refresh(gql: GraphQLClient, refresh_token: str, *, user_agent: str | None = None) -> dict[str, Any]:
    return await post(gql, REFRESH, {"r": refresh_token}, user_agent=user_agent)


def refusal(body: dict[str, Any]) -> dict[str, Any]:
    assert body["data"] is None or body["data"].get("refreshSession") is None, body
    return body["errors"][0]["extensions"]
