"""Headless Chromium (Debian's) driven by Playwright, and the session app on a real port.

CI installs the browser with `apt-get update && apt-get install -y chromium`; browser tests skip
only when no Chromium binary exists (`needs_chromium`).
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlparse

import pytest
import uvicorn

from .smtp import free_port

CHROMIUM = os.environ.get("GQLACCESS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary (apt-get install -y chromium)")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


class Served:
    """An ASGI app on a free loopback port, served by uvicorn inside the test's event loop."""

    def __init__(self, app: Any, host: str = "127.0.0.1") -> None:
        self.port = free_port()
        self.host = host
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, lifespan="off", log_level="warning")
        )
        self._task: asyncio.Task[Any] | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def __aenter__(self) -> Served:
        self._task = asyncio.create_task(self.server.serve())
        while not self.server.started:  # uvicorn offers no event to wait on
            if self._task.done():
                self._task.result()
            await asyncio.sleep(0.02)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.server.should_exit = True
        if self._task is not None:
            await self._task


@pytest.fixture
async def live_url(app: Any) -> AsyncIterator[str]:
    """The session app (its lifespan already running) served by uvicorn on a free port."""
    async with Served(app) as served:
        yield served.url


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


async def offline(context: Any) -> list[str]:
    """Aborts every request leaving the machine's loopback; returns the list of those aborted."""
    aborted: list[str] = []

    async def handle(route: Any) -> None:
        if urlparse(route.request.url).hostname in LOOPBACK_HOSTS:
            await route.continue_()
        else:
            aborted.append(route.request.url)
            await route.abort()

    await context.route("**/*", handle)
    return aborted
