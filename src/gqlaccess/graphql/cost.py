"""The cost of a GraphQL request, for rate limits (docs/integrators/rate-limits.md).

    cost = 1 + objects // 100

`objects` counts every selected field that has a selection of its own (an object, a list of
objects, a connection and its edges), multiplied by the page sizes of the paged fields around it:
a field with `first`/`last` (a literal or a variable, at most 100) multiplies what is inside it by
that number; a connection selected without them (its selection has `edges` or `nodes`) by the
default page size (20). Scalars are free (they come with their row). So `{ me { email } }` costs 1
and `users(first: 100) { edges { node { role { name } user { email } } } }` costs
1 + (1 + 100 + 100 + 100 + 100) // 100 = 5.

The estimate reads the document only (no schema), before either executor runs: the HTTP layer
charges it once for the request, whichever executor (graphql/fastpath or graphql-core) answers.
Documents that do not parse cost 1 (the executor reports the syntax error).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    parse,
)

from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

OBJECTS_PER_POINT = 100
_MAX_NESTING = 32  # deeper documents are refused by the depth limit anyway; this bounds the walk
# Fragments spread twice per level grow exponentially: the walk stops after this many selections
# and the request costs as if it asked for everything (it runs before validation).
_MAX_VISITS = 20_000
_TOO_COMPLEX = 1_000_000


class _Document:
    __slots__ = ("fragments", "operation", "static_cost")

    def __init__(self, operation: OperationDefinitionNode | None, fragments: dict[str, FragmentDefinitionNode]):
        self.operation = operation
        self.fragments = fragments
        self.static_cost: int | None = None


@lru_cache(maxsize=1024)
def _document(query: str, operation_name: str | None) -> _Document:
    try:
        ast = parse(query, no_location=True)
    except GraphQLError:
        unparsable = _Document(None, {})
        unparsable.static_cost = 1
        return unparsable
    operations = [d for d in ast.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {d.name.value: d for d in ast.definitions if isinstance(d, FragmentDefinitionNode)}
    chosen = [o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)]
    document = _Document(chosen[0] if len(chosen) == 1 else None, fragments)
    if document.operation is not None and not _uses_page_variables(document):
        document.static_cost = _cost(document, {})
    elif document.operation is None:
        document.static_cost = 1
    return document


def estimate(query: str | None, operation_name: str | None = None, variables: dict[str, Any] | None = None) -> int:
    """The request's cost in points (at least 1)."""
    if not isinstance(query, str) or not query:
        return 1
    document = _document(query, operation_name if isinstance(operation_name, str) else None)
    if document.static_cost is not None:
        return document.static_cost
    return _cost(document, variables if isinstance(variables, dict) else {})


class _TooComplex(Exception):
    pass


def _cost(document: _Document, variables: dict[str, Any]) -> int:
    assert document.operation is not None
    try:
        objects = _objects(document, document.operation.selection_set, 1, variables, 0, [0])
    except _TooComplex:
        return _TOO_COMPLEX
    return 1 + objects // OBJECTS_PER_POINT


def _objects(document: _Document, selection_set: SelectionSetNode | None, multiplier: int,
             variables: dict[str, Any], nesting: int, visits: list[int]) -> int:
    if selection_set is None or nesting > _MAX_NESTING:
        return 0
    visits[0] += len(selection_set.selections)
    if visits[0] > _MAX_VISITS:
        raise _TooComplex
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            if selection.selection_set is None:
                continue
            inner = multiplier * _page_size(selection, variables)
            total += multiplier + _objects(document, selection.selection_set, inner, variables, nesting + 1, visits)
        elif isinstance(selection, InlineFragmentNode):
            total += _objects(document, selection.selection_set, multiplier, variables, nesting + 1, visits)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = document.fragments.get(selection.name.value)
            if fragment is not None:
                total += _objects(document, fragment.selection_set, multiplier, variables, nesting + 1, visits)
    return total


def _page_size(field: FieldNode, variables: dict[str, Any]) -> int:
    for argument in field.arguments or ():
        if argument.name.value not in ("first", "last"):
            continue
        value = argument.value
        if isinstance(value, IntValueNode):
            return _clamp(int(value.value))
        if isinstance(value, VariableNode):
            given = variables.get(value.name.value)
            return _clamp(given) if isinstance(given, int) and not isinstance(given, bool) else DEFAULT_PAGE_SIZE
        return DEFAULT_PAGE_SIZE
    assert field.selection_set is not None
    if any(isinstance(s, FieldNode) and s.name.value in ("edges", "nodes") for s in field.selection_set.selections):
        return DEFAULT_PAGE_SIZE
    return 1


def _clamp(size: int) -> int:
    return max(0, min(size, MAX_PAGE_SIZE))


def _uses_page_variables(document: _Document) -> bool:
    """True also for documents too complex to walk: they are then estimated per request (and
    answered _TOO_COMPLEX by the bounded walk)."""
    visits = [0]

    def walk(selection_set: SelectionSetNode | None, nesting: int) -> bool:
        if selection_set is None or nesting > _MAX_NESTING:
            return False
        visits[0] += len(selection_set.selections)
        if visits[0] > _MAX_VISITS:
            return True
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if any(a.name.value in ("first", "last") and isinstance(a.value, VariableNode)
                       for a in selection.arguments or ()):
                    return True
                if walk(selection.selection_set, nesting + 1):
                    return True
            elif isinstance(selection, InlineFragmentNode):
                if walk(selection.selection_set, nesting + 1):
                    return True
            elif isinstance(selection, FragmentSpreadNode):
                fragment = document.fragments.get(selection.name.value)
                if fragment is not None and walk(fragment.selection_set, nesting + 1):
                    return True
        return False

    assert document.operation is not None
    return walk(document.operation.selection_set, 0)
