"""The tenants and principals the authorization matrix runs every root field under.

The target account T is an *unmanaged* hosted account of H: H's admin must not reach it (seed 001).
O is an unrelated account. C is a client of T with one client user (no membership anywhere).
Rows are written directly (a test fixture, not a flow): creating hosted accounts, clients and API
tokens through the API belongs to other areas and is tested there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from gqlaccess.graphql.ids import encode_id
from gqlaccess.models import Account, ApiToken, Client, ClientUser, Membership, Role, User
from gqlaccess.models.enums import (
    AccountStatus,
    ApiTokenKind,
    ClientUserStatus,
    InvitationKind,
    MembershipStatus,
    RoleKind,
    SessionKind,
)
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level, dump_levels
from gqlaccess.security.passwords import hash_password
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services import invitations
from gqlaccess.services.clock import utcnow
from gqlaccess.services.roles import predefined_role_id
from gqlaccess.services.sessions import create_session

PASSWORD = "Correct-Horse-Battery-9"

ANONYMOUS = "anonymous"
MEMBER_WITHOUT = "member_without_capability"
MEMBER_WITH = "member_with_capability"
OTHER_ADMIN = "admin_of_other_account"
HOST_ADMIN = "host_admin_on_unmanaged_hosted"
CLIENT_USER = "client_user"
IMPERSONATION = "impersonation_token"
API_TOKEN = "api_token_qa_role"
OPERATOR = "platform_operator"
PRINCIPALS = (
    ANONYMOUS, MEMBER_WITHOUT, MEMBER_WITH, OTHER_ADMIN, HOST_ADMIN,
    CLIENT_USER, IMPERSONATION, API_TOKEN, OPERATOR,
)
API_TOKEN_ROLE = "qa"


def _weight(levels: Any) -> int:
    return sum(level.rank for level in levels.values())


def least_role_with(capability: Capability, level: Level) -> str:
    """The least privileged predefined role that holds the capability (granularity from below)."""
    holders = [k for k, levels in PREDEFINED_ROLES.items() if levels[capability].covers(level)]
    return min(holders, key=lambda k: (_weight(PREDEFINED_ROLES[k]), k))


@dataclass
class World:
    deps: Any
    host: Account
    target: Account
    other: Account
    client: Client
    users: dict[str, User] = field(default_factory=dict)
    _roles: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def target_gid(self) -> str:
        return encode_id("Account", self.target.id)

    # -- principals ---------------------------------------------------------------------------
    async def member(self, role_key: str, role_id: uuid.UUID | None = None) -> User:
        """An active member of T with this role (created once)."""
        if role_key not in self.users:
            user = await fresh_user(f"m-{role_key}")
            await Membership.create(
                account_id=self.target.id, user_id=user.id,
                role_id=role_id or predefined_role_id(role_key), status=MembershipStatus.ACTIVE,
            )
            self.users[role_key] = user
        return self.users[role_key]

    async def role_without(self, capability: Capability, level: Level) -> tuple[str, uuid.UUID]:
        """A custom role of T holding everything Admin holds, except this capability one level below.

        The strongest negative case: nothing but the missing level can explain a refusal.
        """
        below = Level.VIEW if level == Level.MANAGE else Level.NONE
        key = f"without-{capability.value}-{level.value}".lower()
        if key not in self._roles:
            levels = dict(PREDEFINED_ROLES["admin"])
            levels[capability] = below
            role = await Role.create(
                account_id=self.target.id, name=key, kind=RoleKind.CUSTOM, template_key="team_lead",
                capabilities=dump_levels(levels),
            )
            self._roles[key] = role.id
        return key, self._roles[key]

    async def token_for(self, principal: str, capability: Capability | None, level: Level) -> str | None:
        """A fresh bearer token per call (logout revokes the one it is given)."""
        lifetime = timedelta(hours=1)
        if principal == ANONYMOUS:
            return None
        if principal == API_TOKEN:
            secret = new_secret(API_TOKEN_PREFIX)
            await ApiToken.create(
                account_id=self.target.id, role_id=predefined_role_id(API_TOKEN_ROLE), kind=ApiTokenKind.API,
                name=f"matrix {uuid.uuid4().hex[:6]}", token_hash=hash_secret(secret), prefix=secret[:8],
            )
            return secret
        if principal == IMPERSONATION:
            admin = await self.member("admin")
            _, token = await create_session(
                admin, lifetime=lifetime, kind=SessionKind.IMPERSONATION, impersonated_client_id=self.client.id
            )
            return token
        if principal == MEMBER_WITH:
            user = await self.member(least_role_with(capability, level) if capability else "qa")
        elif principal == MEMBER_WITHOUT:
            if capability is None:
                user = await self.member("qa")
            else:
                key, role_id = await self.role_without(capability, level)
                user = await self.member(key, role_id)
        else:
            user = self.users[principal]
        _, token = await create_session(user, lifetime=lifetime)
        return token

    # -- objects for arguments ----------------------------------------------------------------
    async def invitation_token(self, kind: InvitationKind = InvitationKind.USER_ACTIVATION) -> str:
        """A fresh pending link for a fresh user of T."""
        user = await fresh_user("inv", activated=kind == InvitationKind.PASSWORD_RESET)
        issued = await invitations.issue(
            self.deps, kind, email=user.email, user_id=user.id,
            account_id=None if kind == InvitationKind.PASSWORD_RESET else self.target.id,
        )
        if kind == InvitationKind.USER_ACTIVATION:
            await Membership.create(
                account_id=self.target.id, user_id=user.id, role_id=predefined_role_id("qa"),
            )
        return issued.token

    async def login_user(self) -> User:
        if "login" not in self.users:
            self.users["login"] = await fresh_user("login", password=PASSWORD)
        return self.users["login"]


async def fresh_user(tag: str, *, activated: bool = True, password: str | None = None, **extra: Any) -> User:
    return await User.create(
        email=f"{tag}-{uuid.uuid4().hex[:12]}@example.com", name=f"Matrix {tag}".replace("-", " ")[:60],
        activated_at=utcnow() if activated else None,
        password_hash=await hash_password(password, _params()) if password else None,
        **extra,
    )


def _params():  # type: ignore[no-untyped-def]
    from gqlaccess.config import Argon2Params

    return Argon2Params()


async def build_world(runtime: Any) -> World:
    suffix = uuid.uuid4().hex[:8]
    host_admin = await fresh_user("host-admin")
    other_admin = await fresh_user("other-admin")
    target_owner = await fresh_user("target-owner")
    host = await Account.create(name=f"Host {suffix}", owner_id=host_admin.id)
    target = await Account.create(
        name=f"Hosted unmanaged {suffix}", host_id=host.id, managed=False, status=AccountStatus.ACTIVE,
        owner_id=target_owner.id,
    )
    other = await Account.create(name=f"Other {suffix}", owner_id=other_admin.id)
    admin = predefined_role_id("admin")
    await Membership.create(account_id=host.id, user_id=host_admin.id, role_id=admin)
    await Membership.create(account_id=other.id, user_id=other_admin.id, role_id=admin)
    await Membership.create(account_id=target.id, user_id=target_owner.id, role_id=admin)
    client = await Client.create(
        account_id=target.id, display_name=f"Client {suffix}", first_name="Cli", last_name="Ent",
        email=f"client-{suffix}@example.com",
    )
    client_login = await fresh_user("client-user")
    await ClientUser.create(client_id=client.id, user_id=client_login.id, status=ClientUserStatus.ACTIVE)
    operator = await fresh_user("operator", is_platform_operator=True)
    world = World(deps=runtime.deps, host=host, target=target, other=other, client=client)
    world.users.update({
        "admin": target_owner,
        OTHER_ADMIN: other_admin,
        HOST_ADMIN: host_admin,
        CLIENT_USER: client_login,
        OPERATOR: operator,
    })
    return world
