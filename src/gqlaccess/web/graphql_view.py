"""Strawberry's ASGI view with our context."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from strawberry.asgi import GraphQL

from ..graphql.context import Context
from ..graphql.loaders import Loaders
from ..policy.principal import ANONYMOUS
from .runtime import Runtime


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


class GraphQLView(GraphQL):  # type: ignore[type-arg]
    def __init__(self, runtime: Runtime) -> None:
        settings = runtime.settings
        super().__init__(
            runtime.schema,
            graphql_ide=None if settings.is_production else "graphiql",
            allow_queries_via_get=True,
        )
        self.runtime = runtime

    async def get_context(self, request: Request, response: Response) -> Any:  # type: ignore[override]
        runtime = self.runtime
        return Context(
            request=request,
            response=response,
            settings=runtime.settings,
            principal=request.scope.get("principal", ANONYMOUS),
            deps=runtime.deps,
            throttle=runtime.throttle,
            loaders=Loaders(),
            ip=client_ip(request),
        )
