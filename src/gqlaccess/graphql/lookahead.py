"""Look-ahead for list resolvers: does the query select a field below this one?"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from strawberry.types.nodes import SelectedField

from .context import Info


def selects_below(info: Info, path: tuple[str, ...]) -> bool:
    """True if the query selects `path` (GraphQL names) below the field being resolved."""
    return any(selects(field.selections, path) for field in info.selected_fields)


def selects(selections: Iterable[Any], path: tuple[str, ...]) -> bool:
    """True if a field is selected along `path` (GraphQL names), through fragments.

    Directives are ignored: a field under `@skip`/`@include` counts as selected, so the answer
    can cost a load the response does not need, never miss one it does.
    """
    for selection in selections:
        if not isinstance(selection, SelectedField):  # inline fragment or fragment spread
            if selects(selection.selections, path):
                return True
        elif selection.name == path[0] and (len(path) == 1 or selects(selection.selections, path[1:])):
            return True
    return False
