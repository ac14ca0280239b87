"""Helpers for the roles / tokens / resources / checkAccess tests."""

from __future__ import annotations

import uuid

from gqlaccess.config import Argon2Params
from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Membership, User
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.roles.roles import predefined_role_id

from .factories import LOGIN, PASSWORD, Tenant
from .graphql import GraphQLClient

CHECK = """
query($a: ID!, $c: Capability!, $l: CapabilityLevel, $u: ID, $app: ID, $ms: String, $geo: String) {
  checkAccess(accountId: $a, capability: $c, level: $l, userId: $u, appId: $app, mediaSource: $ms, geo: $geo) {
    allowed reason
  }
}"""


def role_gid(key: str) -> str:
    return encode_id("Role", predefined_role_id(key))


async def member(
    gql: GraphQLClient,
    tenant: Tenant,
    *,
    role_key: str | None = None,
    role_id: uuid.UUID | None = None,
    media_sources: list[str] | None = None,
    geos: list[str] | None = None,
    app_ids: list[str] | None = None,
    include_future_apps: bool = False,
) -> tuple[str, str]:
    """An activated member (predefined role key or any role id); returns (user global id, token)."""
    email = f"m-{uuid.uuid4().hex[:12]}@example.com"
    user = await User.create(
        email=email, name="Member", password_hash=await hash_password(PASSWORD, Argon2Params()),
        activated_at=utcnow(),
    )
    await Membership.create(
        account_id=tenant.account_id, user_id=user.id,
        role_id=role_id or predefined_role_id(role_key or "marketing"),
        media_sources_all=media_sources is None, media_sources=media_sources or [],
        geos_all=geos is None, geos=geos or [],
        apps_all_current_and_future=app_ids is None, app_ids=app_ids or [],
        include_future_apps=include_future_apps,
    )
    payload = await gql.mutate(LOGIN, {"email": email, "password": PASSWORD})
    return encode_id("User", user.id), payload["token"]


async def check(gql: GraphQLClient, token: str, account_gid: str, capability: str, level: str = "VIEW", **kw):  # type: ignore[no-untyped-def]
    variables = {"a": account_gid, "c": capability, "l": level}
    variables.update({k: v for k, v in kw.items() if v is not None})
    data = await gql.ok(CHECK, variables, token=token)
    return data["checkAccess"]


def payload_errors(body: dict) -> list[tuple[str | None, str]]:  # type: ignore[type-arg]
    (payload,) = body["data"].values()
    return [(e["field"], e["code"]) for e in payload["errors"]]
