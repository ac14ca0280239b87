"""GET /metrics: Prometheus exposition, behind a bearer secret and closed by default.

Without `GQLACCESS_METRICS_TOKEN` the route does not exist (404); with it, a scrape must send
`Authorization: Bearer <token>` (401 otherwise). Workers serve the same route on
`GQLACCESS_METRICS_PORT` (workers/metrics_server.py).
"""

from __future__ import annotations

import hmac

from prometheus_client import CONTENT_TYPE_LATEST
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from ..config import Settings
from ..observability import backlog
from ..observability.metrics import Snapshot, exposition


def metrics_route(settings: Settings, redis: object) -> Route:
    async def metrics(request: Request) -> Response:
        if not settings.metrics_token:
            return PlainTextResponse("Not Found", status_code=404)
        scheme, _, secret = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(secret.strip().encode(), settings.metrics_token.encode()):
            return PlainTextResponse(
                "Unauthorized", status_code=401, headers={"WWW-Authenticate": 'Bearer realm="metrics"'}
            )
        client = redis() if callable(redis) else redis
        body = exposition(Snapshot(await backlog.read(settings, client)))
        return Response(body, media_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})

    return Route("/metrics", metrics, methods=["GET"])
