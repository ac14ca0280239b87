"""The schema, composed from the area modules."""

from __future__ import annotations

from functools import lru_cache

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as max_aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as query_depth_rule
from strawberry.tools import merge_types

from ..config import Settings, load_settings
from .extensions import MaskUnexpectedErrors
from .mutations.accounts import AccountMutations
from .mutations.api_tokens import ApiTokenMutations
from .mutations.auth import AuthMutations
from .mutations.resources import ResourceMutations
from .mutations.roles import RoleMutations
from .queries.access import AccessQueries
from .queries.accounts import AccountQueries
from .queries.api_tokens import ApiTokenQueries
from .queries.invitation import InvitationQueries
from .queries.nodes import NodeQueries
from .queries.resources import ResourceQueries
from .queries.roles import RoleQueries
from .queries.viewer import ViewerQueries
from .types.account import AccountType
from .types.api_token import ApiTokenType
from .types.invitation import InvitationType
from .types.membership import MembershipType
from .types.resource import ResourceType
from .types.role import RoleType
from .types.user import UserType

Query = merge_types(
    "Query",
    (ViewerQueries, NodeQueries, AccountQueries, AccessQueries, InvitationQueries,
     RoleQueries, ApiTokenQueries, ResourceQueries),
)
Mutation = merge_types(
    "Mutation",
    (AuthMutations, AccountMutations,
     RoleMutations, ApiTokenMutations, ResourceMutations),
)
NODE_TYPES = [AccountType, UserType, MembershipType, RoleType, InvitationType,
              ApiTokenType, ResourceType]


class Schema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None):  # type: ignore[no-untyped-def]
        """Typed errors are answers, not incidents; unexpected ones are logged where masked."""


def request_limits(settings: Settings) -> type[AddValidationRules]:
    """QueryDepthLimiter and MaxAliasesLimiter, with their rule classes built once per schema.

    The limiters build a new rule class per request, and ValidationCache keys its cache on the
    rules: with them as factories every request was validated afresh (measured: a quarter of the
    time of a `me` request). The same rules, built once, keep the cache hitting.
    """
    rules = [query_depth_rule(settings.max_query_depth, None, None), max_aliases_rule(settings.max_aliases)]

    class RequestLimits(AddValidationRules):
        def __init__(self) -> None:
            super().__init__(rules)

    return RequestLimits


def build_schema(settings: Settings) -> strawberry.Schema:
    return Schema(
        query=Query,
        mutation=Mutation,
        types=NODE_TYPES,
        extensions=[
            MaskUnexpectedErrors,
            request_limits(settings),
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
