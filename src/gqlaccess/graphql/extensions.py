"""Schema extensions: error masking that keeps our typed errors, and request limits."""

from __future__ import annotations

import re
from typing import Any

import structlog
from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from ..outages import UNAVAILABLE_MESSAGE, is_dependency_outage

log = structlog.get_logger("gqlaccess.graphql")


def is_unexpected(error: GraphQLError) -> bool:
    """Our ApiErrors (and graphql-core's own validation errors) are meant for clients."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class MaskUnexpectedErrors(MaskErrors):
    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected, error_message="Internal server error.")

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        if is_dependency_outage(error.original_error):
            log.warning("dependency_unavailable", path=error.path, error=repr(error.original_error))
            return GraphQLError(
                UNAVAILABLE_MESSAGE, nodes=error.nodes, source=error.source, positions=error.positions,
                path=error.path, extensions={"code": "SERVICE_UNAVAILABLE"},
            )
        log.error(
            "unexpected_resolver_error",
            path=error.path,
            error=repr(error.original_error),
            exc_info=error.original_error,
        )
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked


# Errors graphql-core and the limiters raise carry no code: label them so that every error a
# client sees has `extensions.code` (issue 9). Matched on the library's stable message texts.
_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"exceeds maximum operation depth|maximum introspection depth", re.I), "QUERY_TOO_DEEP"),
    (re.compile(r"aliases found|max(imum)? aliases", re.I), "TOO_MANY_ALIASES"),
    (re.compile(r"more than \d+ tokens", re.I), "TOO_MANY_TOKENS"),
    (re.compile(r"introspection has been disabled", re.I), "INTROSPECTION_DISABLED"),
    (re.compile(r"^Syntax Error"), "GRAPHQL_PARSE_FAILED"),
    (re.compile(r"not allowed when using GET|Only .* operations are allowed", re.I), "METHOD_NOT_ALLOWED"),
)
_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


def label_error(error: dict[str, Any], *, suggestions: bool) -> dict[str, Any]:
    """Gives an unlabelled error a code; drops "Did you mean …?" hints when suggestions are off."""
    message = str(error.get("message", ""))
    if not suggestions:
        message = _SUGGESTION.sub("", message)
        error["message"] = message
    extensions = error.get("extensions") or {}
    if not extensions.get("code"):
        code = next((c for pattern, c in _LABELS if pattern.search(message)), None)
        if code is None:
            # No path: the document was refused before execution (validation). With a path: a
            # resolver-level error nobody labelled, which is a bug; still say so, never 500.
            code = "GRAPHQL_VALIDATION_FAILED" if not error.get("path") else "INTERNAL_SERVER_ERROR"
        error["extensions"] = {**extensions, "code": code}
    return error
