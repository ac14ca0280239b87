"""Shared pieces of the GraphQL transport: media types, captured responses, operation types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graphql import GraphQLError, OperationDefinitionNode, parse

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
APPLICATION_JSON = "application/json"


@dataclass
class CapturedResponse:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


_CACHED_DOCUMENT_BYTES = 20_000  # the cache holds at most 512 × 20 kB


def operation_types(document: str) -> dict[str | None, str] | None:
    """{operation name: "query" | "mutation" | "subscription"}; None when the document is invalid."""
    if len(document) <= _CACHED_DOCUMENT_BYTES:
        return _cached_operation_types(document)
    return _operation_types(document)


@lru_cache(maxsize=512)
def _cached_operation_types(document: str) -> dict[str | None, str] | None:
    return _operation_types(document)


def _operation_types(document: str) -> dict[str | None, str] | None:
    try:
        parsed = parse(document)
    except GraphQLError:
        return None
    return {
        (d.name.value if d.name else None): d.operation.value
        for d in parsed.definitions
        if isinstance(d, OperationDefinitionNode)
    }


def operation_type(document: str | None, operation_name: str | None) -> str | None:
    if not document:
        return None
    types = operation_types(document)
    if not types:
        return None
    if operation_name is not None:
        return types.get(operation_name)
    return next(iter(types.values())) if len(types) == 1 else None
