"""Building tenants for tests through the same services and API a person would use."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Membership, User
from gqlaccess.security.passwords import hash_password
from gqlaccess.services.accounts.accounts import create_account
from gqlaccess.services.roles.roles import predefined_role_id

from .graphql import GraphQLClient

PASSWORD = "Correct-Horse-Battery-9"

LOGIN = """
mutation($email: String!, $password: String!, $code: String) {
  login(input: {email: $email, password: $password, totpCode: $code}) {
    token expiresAt user { id email } errors { field code message }
  }
}"""

ACCEPT = """
mutation($token: String!, $password: String!) {
  acceptInvitation(input: {token: $token, password: $password, acceptTerms: true, acceptPrivacy: true}) {
    token user { id email activatedAt } errors { field code message }
  }
}"""


@dataclass
class Tenant:
    account_id: uuid.UUID
    owner_email: str
    owner_token: str

    @property
    def gid(self) -> str:
        return encode_id("Account", self.account_id)


def invitation_token(url: str) -> str:
    return url.rsplit("/", 1)[-1]


async def make_tenant(gql: GraphQLClient, runtime, *, name: str | None = None) -> Tenant:  # type: ignore[no-untyped-def]
    """An account created as the CLI does, its owner activated through acceptInvitation."""
    suffix = uuid.uuid4().hex[:10]
    created = await create_account(
        runtime.deps, name=name or f"Tenant {suffix}", owner_email=f"owner-{suffix}@example.com"
    )
    assert created.invitation is not None
    payload = await gql.mutate(
        ACCEPT, {"token": invitation_token(created.invitation.url(runtime.settings)), "password": PASSWORD}
    )
    return Tenant(created.account.id, created.owner.email, payload["token"])


async def add_member(
    gql: GraphQLClient, tenant: Tenant, role_key: str, *, media_sources: list[str] | None = None,
    geos: list[str] | None = None, active: bool = True,
) -> tuple[str, str]:
    """An activated member with a predefined role; returns (email, session token)."""
    email = f"{role_key}-{uuid.uuid4().hex[:10]}@example.com"
    from gqlaccess.config import Argon2Params
    from gqlaccess.models.enums import MembershipStatus
    from gqlaccess.services.core.clock import utcnow

    user = await User.create(
        email=email, name=role_key.replace("_", " ").title(),
        password_hash=await hash_password(PASSWORD, Argon2Params()), activated_at=utcnow(), email_verified_at=utcnow(),
    )
    await Membership.create(
        account_id=tenant.account_id, user_id=user.id, role_id=predefined_role_id(role_key),
        status=MembershipStatus.ACTIVE if active else MembershipStatus.INACTIVE,
        media_sources_all=media_sources is None, media_sources=media_sources or [],
        geos_all=geos is None, geos=geos or [],
    )
    payload = await gql.mutate(LOGIN, {"email": email, "password": PASSWORD})
    return email, payload["token"]
