"""A worker's /metrics (GQLACCESS_METRICS_PORT, same bearer secret as the API's): its job,
e-mail and webhook series, and the scrape-time backlog gauges."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import uvicorn
from starlette.applications import Starlette

from gqlaccess.config import Settings
from gqlaccess.web.metrics import metrics_route


@contextlib.asynccontextmanager
async def metrics_server(settings: Settings, redis: Callable[[], Any]) -> AsyncIterator[None]:
    if not settings.metrics_port or not settings.metrics_token:
        yield
        return
    app = Starlette(routes=[metrics_route(settings, redis)])
    server = uvicorn.Server(
        uvicorn.Config(app, host=settings.host, port=settings.metrics_port, log_level="warning", lifespan="off")
    )
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]  # the worker owns signals
    task = asyncio.create_task(server.serve())
    try:
        yield
    finally:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 5)
