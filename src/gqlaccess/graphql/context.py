"""The per-request context every resolver receives."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from strawberry.types import Info as StrawberryInfo

from ..config import Settings
from ..policy.access import AccountAccess, resolve_access
from ..policy.principal import Principal
from ..services.core.deps import Deps
from ..services.core.throttle import Throttle

if TYPE_CHECKING:
    from .loaders import Loaders
    from .runner import MutationScope


@dataclass
class Context:
    request: Request
    response: Any
    settings: Settings
    principal: Principal
    deps: Deps
    throttle: Throttle
    loaders: Loaders
    ip: str | None
    mutation_scope: MutationScope | None = None
    _access: dict[uuid.UUID, AccountAccess | None] = field(default_factory=dict)
    _pending_access: dict[uuid.UUID, asyncio.Future[AccountAccess | None]] = field(default_factory=dict)

    async def access(self, account_id: uuid.UUID) -> AccountAccess | None:
        """The principal's access to an account, resolved once per request.

        Concurrent resolvers (e.g. `nodes(ids)`, gathered) share one in-flight resolution.
        """
        if account_id in self._access:
            return self._access[account_id]
        pending = self._pending_access.get(account_id)
        if pending is None:
            pending = asyncio.ensure_future(resolve_access(self.principal, account_id))
            self._pending_access[account_id] = pending
        result = await pending
        if self._pending_access.get(account_id) is pending:
            self._access[account_id] = result
            del self._pending_access[account_id]
        return result

    def forget_access(self) -> None:
        """After a mutation changed memberships or roles, decisions must be made afresh."""
        self._access.clear()
        self._pending_access.clear()


Info = StrawberryInfo[Context, None]
