"""Overhead of the GraphQL-over-HTTP layer, in process (httpx ASGI transport).

    PYTHONPATH=src:. python scripts/bench_http_layer.py [N]

Each round sends one request of every variant in turn, so machine load affects them alike
(the development machine is shared: read the figures as ratios).
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.routing import Route
from strawberry.asgi import GraphQL

from gqlaccess.config import Settings
from gqlaccess.web.app import create_app
from gqlaccess.web.middleware import BearerAuthMiddleware
from tests.support.factories import make_tenant
from tests.support.graphql import GraphQLClient

QUERY = "query Me { me { email memberships { role { name } } } }"
MUTATION = 'mutation { rotateWebhookSecret(input: {webhookId: "x"}) { errors { code } } }'


class ViewWithoutLayer:
    """The same Strawberry view, called past the protocol layer."""

    def __init__(self, view: Any) -> None:
        self.view = view

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await GraphQL.__call__(self.view, scope, receive, send)


async def main(rounds: int) -> None:
    run = secrets.token_hex(3)
    settings = Settings(
        environment="test", data_dir=Path(tempfile.mkdtemp()), secret_key="k" * 40, public_url="http://t",
        queue_name=f"bench:{run}:queue", redis_prefix=f"bench:{run}",
    )
    app = create_app(settings, apply_migrations=True)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            tenant = await make_tenant(GraphQLClient(http), app.state.runtime)
            auth = {"Authorization": f"Bearer {tenant.owner_token}"}
            view = next(r for r in app.routes if getattr(r, "path", "") == "/graphql").endpoint
            bare = BearerAuthMiddleware(Starlette(routes=[Route("/graphql", ViewWithoutLayer(view), methods=["POST"])]))
            persisted = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(QUERY.encode()).hexdigest()}}
            await http.post("/graphql", json={"query": QUERY, "extensions": persisted}, headers=auth)
            idempotent = {**auth, "Idempotency-Key": "bench"}
            await http.post("/graphql", json={"query": MUTATION}, headers=idempotent)
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=bare), base_url="http://t") as raw:
                variants = {
                    "view alone, POST application/json": lambda: raw.post("/graphql", json={"query": QUERY}, headers=auth),
                    "layer, POST application/json": lambda: http.post("/graphql", json={"query": QUERY}, headers=auth),
                    "layer, Accept graphql-response+json": lambda: http.post(
                        "/graphql", json={"query": QUERY},
                        headers={**auth, "Accept": "application/graphql-response+json"},
                    ),
                    "layer, GET ?query=": lambda: http.get("/graphql", params={"query": QUERY}, headers=auth),
                    "layer, APQ hash only": lambda: http.post("/graphql", json={"extensions": persisted}, headers=auth),
                    "layer, Idempotency-Key replay": lambda: http.post("/graphql", json={"query": MUTATION}, headers=idempotent),
                }
                totals = dict.fromkeys(variants, 0.0)
                for _ in range(rounds):
                    for name, send in variants.items():
                        started = time.perf_counter()
                        await send()
                        totals[name] += time.perf_counter() - started
    for name, total in totals.items():
        print(f"{name:40s} {total / rounds * 1000:6.2f} ms/request (N={rounds})")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
