"""SCIM test helpers: a tenant with a SCIM token created the way an Admin does (createApiToken)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from ..support.access import role_gid
from ..support.factories import Tenant, make_tenant

CREATE_TOKEN = """
mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret apiToken { id kind } errors { field code message } }
}"""
SCIM_JSON = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


@dataclass
class Directory:
    tenant: Tenant
    token: str
    http: httpx.AsyncClient

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": SCIM_JSON, **(extra or {})}

    async def request(self, method: str, path: str, body: Any = None, **headers: str) -> httpx.Response:
        return await self.http.request(
            method, f"/scim/v2{path}", json=body, headers=self.headers({k.replace("_", "-"): v for k, v in headers.items()})
        )

    async def get(self, path: str, **params: Any) -> httpx.Response:
        return await self.http.get(f"/scim/v2{path}", params=params, headers=self.headers())

    async def create_user(self, email: str | None = None, **extra: Any) -> dict[str, Any]:
        body = user_body(email or new_email(), **extra)
        response = await self.request("POST", "/Users", body)
        assert response.status_code == 201, response.text
        return response.json()


def new_email(prefix: str = "scim") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}@example.com"


def user_body(email: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [USER], "userName": email, "name": {"givenName": "Ada", "familyName": "Lovelace"},
        "displayName": "Ada Lovelace", "active": True, "emails": [{"value": email, "type": "work", "primary": True}],
    }
    body.update(extra)
    return body


def patch(*operations: dict[str, Any]) -> dict[str, Any]:
    return {"schemas": [PATCH], "Operations": list(operations)}


async def scim_token(gql, tenant: Tenant, role: str = "admin", name: str | None = None) -> str:  # type: ignore[no-untyped-def]
    payload = await gql.mutate(
        CREATE_TOKEN,
        {"input": {"accountId": tenant.gid, "name": name or f"Directory {uuid.uuid4().hex[:6]}", "kind": "SCIM",
                   "roleId": role_gid(role)}},
        token=tenant.owner_token,
    )
    assert not payload["errors"], payload["errors"]
    assert payload["apiToken"]["kind"] == "SCIM"
    return str(payload["secret"])


async def make_directory(gql, runtime, http, role: str = "admin") -> Directory:  # type: ignore[no-untyped-def]
    tenant = await make_tenant(gql, runtime)
    return Directory(tenant, await scim_token(gql, tenant, role), http)
