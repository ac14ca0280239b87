"""Schema extensions: error masking that keeps our typed errors, and request limits."""

from __future__ import annotations

import structlog
from graphql import GraphQLError
from strawberry.extensions import MaskErrors

log = structlog.get_logger("gqlaccess.graphql")


def is_unexpected(error: GraphQLError) -> bool:
    """Our ApiErrors (and graphql-core's own validation errors) are meant for clients."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class MaskUnexpectedErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected, error_message="Internal server error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        log.error(
            "unexpected_resolver_error",
            path=error.path,
            error=repr(error.original_error),
            exc_info=error.original_error,
        )
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked
