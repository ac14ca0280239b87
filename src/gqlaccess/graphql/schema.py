"""The schema, composed from the area modules (one line per area: keep them sorted)."""

from __future__ import annotations

from functools import lru_cache

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.tools import merge_types

from ..config import Settings, load_settings
from .extensions import MaskUnexpectedErrors
from .impersonation_audit import AuditImpersonation
from .mutations.accounts import AccountMutations
from .mutations.api_tokens import ApiTokenMutations
from .mutations.auth import AuthMutations
from .mutations.clients import ClientMutations
from .mutations.directory import DirectoryMutations
from .mutations.domains import DomainMutations
from .mutations.exports import ExportMutations
from .mutations.hosted import HostedAccountMutations
from .mutations.invitations import InvitationAdminMutations
from .mutations.resources import ResourceMutations
from .mutations.roles import RoleMutations
from .mutations.security_policy import SecurityPolicyMutations
from .mutations.sessions import SessionMutations
from .mutations.sso import SsoMutations
from .mutations.users import UserMutations
from .mutations.webhooks import WebhookMutations
from .permissions import with_default_requirements
from .queries.access import AccessQueries
from .queries.accounts import AccountQueries
from .queries.api_tokens import ApiTokenQueries
from .queries.audit import AuditQueries
from .queries.clients import ClientQueries
from .queries.directory import DirectoryQueries
from .queries.exports import ExportQueries
from .queries.hosting import HostingQueries
from .queries.invitation import InvitationQueries
from .queries.invitation_list import InvitationListQueries
from .queries.nodes import NodeQueries
from .queries.resources import ResourceQueries
from .queries.roles import RoleQueries
from .queries.security_policy import SecurityPolicyQueries
from .queries.sessions import SessionQueries
from .queries.sso import SsoQueries
from .queries.users import UserQueries
from .queries.viewer import ViewerQueries
from .queries.webhooks import WebhookQueries
from .types.account import AccountType
from .types.account_role import AccountRoleType
from .types.api_token import ApiTokenType
from .types.client import ClientType, ClientUserType
from .types.export_job import ExportJobType
from .types.invitation import InvitationType
from .types.membership import MembershipType
from .types.resource import ResourceType
from .types.role import RoleType
from .types.session import SessionType
from .types.user import UserType
from .types.webhook import WebhookType

QUERY_AREAS: tuple[type, ...] = (
    ViewerQueries,
    NodeQueries,
    AccountQueries,
    AccessQueries,
    InvitationQueries,
    RoleQueries,
    ApiTokenQueries,
    ResourceQueries,
    UserQueries,
    WebhookQueries,
    AuditQueries,
    InvitationListQueries,
    SecurityPolicyQueries,
    ClientQueries,
    HostingQueries,
    ExportQueries,
    DirectoryQueries,
    SsoQueries,
    SessionQueries,
)
MUTATION_AREAS: tuple[type, ...] = (
    AuthMutations,
    AccountMutations,
    RoleMutations,
    ApiTokenMutations,
    ResourceMutations,
    UserMutations,
    WebhookMutations,
    InvitationAdminMutations,
    SecurityPolicyMutations,
    HostedAccountMutations,
    ClientMutations,
    ExportMutations,
    DirectoryMutations,
    DomainMutations,
    SsoMutations,
    SessionMutations,
)
NODE_TYPES: list[type] = [
    AccountType,
    UserType,
    MembershipType,
    RoleType,
    InvitationType,
    ApiTokenType,
    ResourceType,
    WebhookType,
    ClientType,
    ClientUserType,
    ExportJobType,
    SessionType,
    AccountRoleType,
]

Query = merge_types("Query", QUERY_AREAS)
Mutation = with_default_requirements(merge_types("Mutation", MUTATION_AREAS))


class Schema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None):  # type: ignore[no-untyped-def]
        """Typed errors are answers, not incidents; unexpected ones are logged where masked."""


def build_schema(settings: Settings) -> strawberry.Schema:
    # Production closes introspection (and GraphiQL, field suggestions: web/graphql/view.py).
    closed = [] if settings.introspection_enabled else [DisableIntrospection]
    # The limiters build a new validation-rule class per instance; built per request, the rules
    # differ every time and ValidationCache (keyed on them) never hits: every request was validated
    # afresh. Build the rules once and hand the same ones to each request.
    limit_rules = [
        *QueryDepthLimiter(max_depth=settings.max_query_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.max_aliases).validation_rules,
    ]
    return Schema(
        query=Query,
        mutation=Mutation,
        types=NODE_TYPES,
        extensions=[
            *closed,
            MaskUnexpectedErrors,
            AuditImpersonation,
            lambda: AddValidationRules(limit_rules),
            lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
            lambda: ParserCache(maxsize=512),
            lambda: ValidationCache(maxsize=512),
        ],
    )


@lru_cache(maxsize=1)
def default_schema() -> strawberry.Schema:
    return build_schema(load_settings())


def export_sdl() -> str:
    """The SDL committed as schema.graphql (limits do not change the SDL)."""
    return build_schema(Settings()).as_str() + "\n"
