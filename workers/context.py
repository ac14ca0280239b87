"""What every job finds in `ctx`: settings and the dependencies services need."""

from __future__ import annotations

from typing import Any

from gqlaccess.config import Settings
from gqlaccess.services.core.deps import Deps


def settings_of(ctx: dict[str, Any]) -> Settings:
    return ctx["settings"]


def deps_of(ctx: dict[str, Any]) -> Deps:
    return ctx["deps"]
