"""The console in a real headless Chromium, against a real uvicorn serving the app.

One server and one browser for the whole console suite (they are the slow parts); each test opens
its own browser context (its own storage), so tests never share a session.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn

from gqlaccess.console.routes import bundle

from ..support.factories import PASSWORD
from ..support.smtp import free_port

CHROMIUM = os.environ.get("GQLACCESS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if CHROMIUM is None:
        skip = pytest.mark.skip(reason="no Chromium binary (apt-get install -y chromium)")
        for item in items:
            if "tests/console/" in str(item.fspath).replace(os.sep, "/"):
                item.add_marker(skip)


@pytest.fixture(scope="session")
async def console_url(app) -> AsyncIterator[str]:  # type: ignore[no-untyped-def]
    """The session app (its lifespan already running) served by uvicorn on a free port."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110  (uvicorn offers no event to wait on)
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@pytest.fixture(scope="session")
async def chromium() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        instance = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


@pytest.fixture
async def context(chromium) -> AsyncIterator[Any]:  # type: ignore[no-untyped-def]
    """A fresh browser profile (own localStorage): one person at one computer."""
    instance = await chromium.new_context(locale="en-US")
    instance.set_default_timeout(15_000)
    try:
        yield instance
    finally:
        await instance.close()


@pytest.fixture
def console(console_url: str) -> Console:
    return Console(console_url)


class Console:
    """What the tests do with the console: open it, sign in, check accessibility."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.url = base + "/console"

    async def open(self, context, hash_: str = "") -> Any:  # type: ignore[no-untyped-def]
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.js_errors = errors  # checked by tests: a script error is a failure, never a blank screen
        await page.goto(self.url + hash_)
        return page

    async def sign_in(self, page, email: str, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
        await page.get_by_label("E-mail").fill(email)
        await page.get_by_label("Password").fill(password)
        await page.get_by_role("button", name="Sign in").click()

    async def axe(self, page) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
        """Serious and critical axe-core violations on the page as it is now (axe served locally)."""
        if not await page.evaluate("typeof window.axe !== 'undefined'"):
            await page.add_script_tag(url=f"{self.base}/console/static/{bundle().digest}/vendor/axe-core/axe.min.js")
        results = await page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        return [
            {"id": item["id"], "impact": item["impact"], "nodes": [node["target"] for node in item["nodes"]][:5]}
            for item in results["violations"] if item["impact"] in ("serious", "critical")
        ]
