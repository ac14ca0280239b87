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
from gqlaccess.models import (
    Account,
    ApiToken,
    Client,
    ClientUser,
    Invitation,
    Membership,
    Resource,
    Role,
    User,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from gqlaccess.models.enums import (
    AccountStatus,
    ApiTokenKind,
    ClientUserStatus,
    InvitationKind,
    MembershipStatus,
    ResourceKind,
    RoleKind,
    SessionKind,
)
from gqlaccess.policy.capabilities import PREDEFINED_ROLES, Capability, Level, dump_levels
from gqlaccess.security import crypto
from gqlaccess.security.passwords import hash_password
from gqlaccess.security.tokens import API_TOKEN_PREFIX, hash_secret, new_secret
from gqlaccess.services.auth.sessions import create_session
from gqlaccess.services.core.clock import utcnow
from gqlaccess.services.invitations import invitations
from gqlaccess.services.roles.roles import predefined_role_id

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
# A SCIM token of T with the Admin role (issue 18): for /scim/v2 only, GraphQL refuses it everywhere.
SCIM_TOKEN = "scim_token_admin_role"
PRINCIPALS = (
    ANONYMOUS, MEMBER_WITHOUT, MEMBER_WITH, OTHER_ADMIN, HOST_ADMIN,
    CLIENT_USER, IMPERSONATION, API_TOKEN, OPERATOR, SCIM_TOKEN,
)
API_TOKEN_ROLE = "qa"
SECOND_ADMIN = "second-admin"
# Webhook endpoints of the world: port 9 refuses connections; no field of the matrix emits this event.
UNREACHABLE_WEBHOOK_URL = "http://127.0.0.1:9/matrix"
QUIET_EVENT = "account.status_changed"  # an Admin of T who is not its owner


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
    objects: dict[str, Any] = field(default_factory=dict)

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

    async def role_without(self, capability: Capability, level: Level, *also: Capability) -> tuple[str, uuid.UUID]:
        """A custom role of T holding everything Admin holds, except this capability one level below.

        The strongest negative case: nothing but the missing level can explain a refusal. `also`
        lowers further capabilities the same way (for fields that accept any of several).
        """
        below = Level.VIEW if level == Level.MANAGE else Level.NONE
        lowered = (capability, *also)
        key = f"without-{'-'.join(c.value for c in lowered)}-{level.value}".lower()
        if key not in self._roles:
            levels = dict(PREDEFINED_ROLES["admin"])
            for lowered_capability in lowered:
                levels[lowered_capability] = below
            self._roles[key] = await self._custom_role(key, levels)
        return key, self._roles[key]

    async def admin_twin_role(self) -> uuid.UUID:
        """A custom role with every level Admin has: only *being* Admin is missing."""
        if "admin-twin" not in self._roles:
            self._roles["admin-twin"] = await self._custom_role("admin-twin", dict(PREDEFINED_ROLES["admin"]))
        return self._roles["admin-twin"]

    async def plain_role(self) -> uuid.UUID:
        """A narrow custom role (clients and resources VIEW) that every manager of users may grant."""
        if "plain" not in self._roles:
            levels = {c: Level.NONE for c in Capability}
            levels.update({Capability.CLIENTS: Level.VIEW, Capability.RESOURCES: Level.VIEW})
            self._roles["plain"] = await self._custom_role("plain", levels)
        return self._roles["plain"]

    async def _custom_role(self, name: str, levels: dict[Capability, Level]) -> uuid.UUID:
        role = await Role.create(
            account_id=self.target.id, name=f"{name} {uuid.uuid4().hex[:6]}", kind=RoleKind.CUSTOM,
            template_key="team_lead", capabilities=dump_levels(levels),
        )
        return role.id

    async def token_for(
        self,
        principal: str,
        capability: Capability | None,
        level: Level,
        *,
        any_of: tuple[Capability, ...] = (),
        need: str = "",
    ) -> str | None:
        """A fresh bearer token per call (logout revokes the one it is given).

        `need` ADMIN: the member with it is a (non-owner) Admin, the member without it holds a custom
        role with every level of Admin. OWNER: the owner of T against a second Admin of T.
        `any_of`: capabilities that serve as well as `capability`; the member without holds none.
        """
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
        if principal == SCIM_TOKEN:
            secret = new_secret(API_TOKEN_PREFIX)
            await ApiToken.create(
                account_id=self.target.id, role_id=predefined_role_id("admin"), kind=ApiTokenKind.SCIM,
                name=f"matrix scim {uuid.uuid4().hex[:6]}", token_hash=hash_secret(secret), prefix=secret[:8],
            )
            return secret
        if principal == IMPERSONATION:
            admin = await self.member("admin")
            _, token = await create_session(
                admin, lifetime=lifetime, kind=SessionKind.IMPERSONATION, impersonated_client_id=self.client.id
            )
            return token
        user = await self.person(principal, capability, level, any_of=any_of, need=need)
        if need == "OWNER":
            await self.restore_owner()
        _, token = await create_session(user, lifetime=lifetime)
        return token

    async def person(
        self,
        principal: str,
        capability: Capability | None,
        level: Level,
        *,
        any_of: tuple[Capability, ...] = (),
        need: str = "",
    ) -> User:
        """The user behind a principal's session (see `token_for`)."""
        if principal == MEMBER_WITH:
            if need == "OWNER":
                return self.users["admin"]
            if need == "ADMIN":
                return await self.member(SECOND_ADMIN, predefined_role_id("admin"))
            return await self.member(least_role_with(capability, level) if capability else "qa")
        if principal == MEMBER_WITHOUT:
            if need == "OWNER":
                return await self.member(SECOND_ADMIN, predefined_role_id("admin"))
            if need == "ADMIN":
                return await self.member("admin-twin", await self.admin_twin_role())
            if capability is None:
                return await self.member("qa")
            key, role_id = await self.role_without(capability, level, *any_of)
            return await self.member(key, role_id)
        if principal == IMPERSONATION:
            return await self.member("admin")
        return self.users[principal]

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

    async def issued_invitation(self, kind: InvitationKind = InvitationKind.USER_ACTIVATION) -> Invitation:
        """A fresh pending invitation row of T: a user activation link, or the client's setup link."""
        if kind == InvitationKind.CLIENT_SETUP:
            issued = await invitations.issue(
                self.deps, kind, email=self.client.email, account_id=self.target.id, client_id=self.client.id,
            )
            return issued.invitation
        membership = await self.fresh_member(pending=True)
        user = await User.get(id=membership.user_id)  # type: ignore[attr-defined]
        issued = await invitations.issue(self.deps, kind, email=user.email, user_id=user.id, account_id=self.target.id)
        return issued.invitation

    async def fresh_member(
        self, role_id: uuid.UUID | None = None, *, pending: bool = False, totp: bool = False
    ) -> Membership:
        """A new member of T on the plain role (or `role_id`), for calls that change or remove it."""
        user = await fresh_user("target", activated=not pending)
        if totp:
            user.totp_secret_encrypted = crypto.encrypt(self.deps.settings.secret_key, "totp", "JBSWY3DPEHPK3PXP")
            user.totp_enabled_at = utcnow()
            await user.save()
        return await Membership.create(
            account_id=self.target.id, user_id=user.id, role_id=role_id or await self.plain_role(),
            status=MembershipStatus.ACTIVE,
        )

    async def shared_member(self, key: str, *, pending: bool = False) -> Membership:
        """A member of T on the plain role, created once (for changes that may be repeated)."""
        if key not in self.objects:
            self.objects[key] = await self.fresh_member(pending=pending)
        return self.objects[key]  # type: ignore[no-any-return]

    async def user_of(self, membership: Membership) -> User:
        return await User.get(id=membership.user_id)  # type: ignore[attr-defined]

    async def custom_role(self) -> Role:
        """A fresh custom role of T nobody holds, within what every manager of roles holds."""
        levels = {c: Level.NONE for c in Capability}
        levels[Capability.CLIENTS] = Level.VIEW
        return await Role.get(id=await self._custom_role("editable", levels))

    async def api_token_row(self) -> ApiToken:
        secret = new_secret(API_TOKEN_PREFIX)
        return await ApiToken.create(
            account_id=self.target.id, role_id=predefined_role_id(API_TOKEN_ROLE), kind=ApiTokenKind.API,
            name=f"matrix row {uuid.uuid4().hex[:6]}", token_hash=hash_secret(secret), prefix=secret[:8],
        )

    async def resource(self) -> Resource:
        return await Resource.create(
            account_id=self.target.id, kind=ResourceKind.SITE, name=f"Site {uuid.uuid4().hex[:6]}",
        )

    async def webhook(self, *, fresh: bool = False) -> WebhookEndpoint:
        """An enabled endpoint of T on a closed local port, for an event the matrix never emits."""
        if fresh or "webhook" not in self.objects:
            endpoint = await WebhookEndpoint.create(
                account_id=self.target.id, url=UNREACHABLE_WEBHOOK_URL, events=[QUIET_EVENT],
                secret_encrypted=crypto.encrypt(self.deps.settings.secret_key, "webhook-secret", "whsec_matrix"),
            )
            if fresh:
                return endpoint
            self.objects["webhook"] = endpoint
        return self.objects["webhook"]  # type: ignore[no-any-return]

    async def webhook_delivery(self) -> WebhookDelivery:
        if "delivery" not in self.objects:
            endpoint = await self.webhook()
            event = await WebhookEvent.create(
                id=uuid.uuid4(), account_id=self.target.id, event_type=QUIET_EVENT, subject="Account:matrix",
                payload={"accountId": self.target_gid},
            )
            self.objects["delivery"] = await WebhookDelivery.create(
                event_id=event.id, endpoint_id=endpoint.id, account_id=self.target.id, subject="Account:matrix",
                next_attempt_at=utcnow() + timedelta(days=365),
            )
        return self.objects["delivery"]  # type: ignore[no-any-return]

    async def restore_owner(self) -> None:
        """transferAccountOwnership moves T's ownership: give it back before the next call."""
        await Account.filter(id=self.target.id).update(owner_id=self.users["admin"].id)

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
