"""The Starlette application."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from ..config import Settings, load_settings
from ..console import routes as console_routes
from ..logging import configure_logging
from ..observability import metrics, tracing
from ..scim import mount as scim_mount
from . import graphiql
from .cors import AllowlistCORSMiddleware
from .exports import ROUTES as EXPORT_ROUTES
from .graphql import GraphQLView
from .health import healthz, readyz
from .metrics import metrics_route
from .middleware import BearerAuthMiddleware, BodySizeLimitMiddleware, BodyTimeoutMiddleware
from .pages import links as link_pages
from .runtime import Runtime
from .sso import ROUTES as SSO_ROUTES


def create_app(settings: Settings | None = None, *, apply_migrations: bool | None = None) -> Starlette:
    settings = settings or load_settings()
    configure_logging(settings)
    tracing.configure("gqlaccess")
    metrics.enable(bool(settings.metrics_token))
    runtime = Runtime.create(settings)
    # The embedded default migrates on start; production runs `gqlaccess migrate` once per release.
    migrate_on_start = settings.dialect == "sqlite" if apply_migrations is None else apply_migrations

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await runtime.start(apply_migrations=migrate_on_start)
        try:
            yield
        finally:
            await runtime.stop()

    graphql = GraphQLView(runtime)
    routes = [
        # A Route, not a Mount: a POST to a Mount's bare path is redirected (307).
        Route("/graphql", graphql, methods=["GET", "POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        *link_pages.routes,  # /invite/<token>, /reset-password/<token> (issue 4)
        *EXPORT_ROUTES,  # /exports/download/<signed token> (issue 6)
        scim_mount(),  # /scim/v2/ directory provisioning (issue 18)
        metrics_route(settings, lambda: runtime.redis.pool),  # /metrics, bearer secret (issue 21)
        *SSO_ROUTES,  # /sso/start/<handle>, /sso/callback, /sso/complete (issue 19)
        *(graphiql.routes if settings.graphiql_enabled else []),  # GraphiQL's vendored assets (issue 14)
        *console_routes,  # /console: the admin console on the public GraphQL API (issue 17)
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(AllowlistCORSMiddleware, settings=settings),  # outermost: refusals readable too
            Middleware(BodyTimeoutMiddleware, timeout=settings.body_timeout_seconds),
            Middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes),
            Middleware(BearerAuthMiddleware),
        ],
    )
    app.state.runtime = runtime
    return app
