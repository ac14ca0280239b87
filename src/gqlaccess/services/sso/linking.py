"""Who a validated ID token is in the account: linking rules and just-in-time membership.

The decision is `policy.sso.decide_sign_in`; this module gathers its facts and applies it.
It runs twice per sign-in: at the callback (refusals are shown there, before any code exists)
and at `completeSso` (facts read again, the password proof added), which alone writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from ...models import Account, Membership, SsoConnection, SsoIdentity, SsoLinkApproval, User
from ...models.enums import MembershipStatus
from ...policy.sso import LinkVia, Outcome, SignInDecision, SignInFacts, decide_sign_in
from ..accounts import account_policies
from ..core import events
from ..core.deps import Deps
from ..core.errors import DomainError, ErrorCode
from .connections import DEFAULT_ROLE_KEY
from .domains import email_domain, verified_account_for


@dataclass(frozen=True)
class ProviderIdentity:
    """What the callback took from a validated ID token."""

    account_id: UUID
    issuer: str
    subject: str
    email: str
    email_verified: bool
    name: str

    def as_dict(self) -> dict[str, Any]:
        return {"account_id": str(self.account_id), "issuer": self.issuer, "subject": self.subject,
                "email": self.email, "email_verified": self.email_verified, "name": self.name}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProviderIdentity:
        return cls(UUID(data["account_id"]), data["issuer"], data["subject"], data["email"],
                   bool(data["email_verified"]), data["name"])


@dataclass
class Evaluation:
    decision: SignInDecision
    user: User | None
    connection: SsoConnection


async def evaluate(identity: ProviderIdentity, *, password_proven: bool = False) -> Evaluation:
    connection = await SsoConnection.get(account_id=identity.account_id)
    linked = await SsoIdentity.get_or_none(
        account_id=identity.account_id, issuer=identity.issuer, subject=identity.subject
    ).prefetch_related("user")
    user: User | None = linked.user if linked is not None else await User.get_or_none(email=identity.email)
    membership = (
        await Membership.get_or_none(account_id=identity.account_id, user_id=user.id) if user is not None else None
    )
    facts = SignInFacts(
        email_verified=identity.email_verified,
        domain_verified_by_account=await verified_account_for(email_domain(identity.email)) == identity.account_id,
        linked=linked is not None,
        user_exists=user is not None,
        user_has_password=bool(user and user.password_hash),
        admin_allowed_link=bool(user and not linked and await SsoLinkApproval.exists(
            account_id=identity.account_id, user_id=user.id)),
        password_proven=password_proven,
        is_member=membership is not None,
        membership_active=membership is not None and membership.status == MembershipStatus.ACTIVE,
        auto_join=connection.auto_join,
    )
    return Evaluation(decide_sign_in(facts), user, connection)


async def apply(deps: Deps, identity: ProviderIdentity, evaluation: Evaluation) -> tuple[User, bool]:
    """Links and joins as decided, in one transaction. Returns (user, joined)."""
    decision = evaluation.decision
    assert decision.outcome in (Outcome.SIGN_IN, Outcome.JOIN)
    now = deps.now()
    deliveries: list[int] = []
    joined = False
    async with in_transaction():
        user = evaluation.user
        if decision.create_user:
            user = await User.create(email=identity.email, name=identity.name or identity.email.split("@")[0],
                                     activated_at=now, email_verified_at=now)
        assert user is not None
        if decision.link_via is not None:
            if decision.link_via == LinkVia.VERIFIED_EMAIL and user.password_hash is None:
                # A pending identity (never activated): the provider and the verified domain vouch
                # for the mailbox, and there is no password anyone could have chosen before.
                user.activated_at = user.activated_at or now
                user.email_verified_at = user.email_verified_at or now
                await user.save(update_fields=["activated_at", "email_verified_at"])
            await SsoIdentity.create(
                user_id=user.id, account_id=identity.account_id, issuer=identity.issuer,
                subject=identity.subject, linked_by=decision.link_via.value,
            )
            await SsoLinkApproval.filter(account_id=identity.account_id, user_id=user.id).delete()
        if decision.outcome == Outcome.JOIN:
            membership = await _join(identity.account_id, user, evaluation.connection)
            joined = True
            deliveries = await events.emit(
                identity.account_id, events.EventType.MEMBERSHIP_UPDATED,
                {"id": events.ref("Membership", membership.id), "userId": events.ref("User", user.id),
                 "roleId": events.ref("Role", membership.role_id),  # type: ignore[attr-defined]
                 "status": MembershipStatus.ACTIVE.value, "oldStatus": None, "via": "sso"},
                subject=events.ref("User", user.id),
            )
        await SsoIdentity.filter(account_id=identity.account_id, issuer=identity.issuer,
                                 subject=identity.subject).update(last_login_at=now)
    await events.dispatch(deps, deliveries)
    return user, joined


async def _join(account_id: UUID, user: User, connection: SsoConnection) -> Membership:
    """An ACTIVE membership with the default role; the plan limit and allowed domains hold."""
    account = await Account.filter(id=account_id).select_for_update().get()
    if account.max_users is not None and await Membership.filter(account_id=account_id).count() >= account.max_users:
        raise DomainError.of(None, ErrorCode.PLAN_USER_LIMIT_REACHED, "The plan's user limit is reached.")
    await account_policies.check_email_domain(account_id, user.email)
    role_id = connection.default_role_id  # type: ignore[attr-defined]
    if role_id is None:
        from ..roles.roles import predefined_role_id

        role_id = predefined_role_id(DEFAULT_ROLE_KEY)
    return await Membership.create(account_id=account_id, user_id=user.id, role_id=role_id,
                                   status=MembershipStatus.ACTIVE)


async def approve_link(account_id: UUID, membership: Membership, *, actor_id: UUID | None) -> SsoLinkApproval:
    """An Admin's choice: the member's next single sign-on links without the password proof
    (the e-mail must still be verified by the provider and its domain by this account)."""
    if await SsoIdentity.exists(account_id=account_id, user_id=membership.user_id):  # type: ignore[attr-defined]
        raise DomainError.of("membershipId", ErrorCode.SSO_ALREADY_LINKED, "This member is already linked to the provider.")
    approval, _ = await SsoLinkApproval.get_or_create(
        account_id=account_id, user_id=membership.user_id,  # type: ignore[attr-defined]
        defaults={"approved_by_id": actor_id},
    )
    return approval
