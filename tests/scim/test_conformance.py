"""Third-party conformance: scim2-tester against a live server.

uvicorn serves the test app on a free loopback port; `run_scim2_tester.py` runs scim2-tester's
`check_server` as `scim2 --url … test` does (scim2-cli's discovery), every check it knows for
what our discovery declares, and exits non-zero on any failure. Its whole output is
printed, so it lands in the test log (`-s` or the captured output of a failure).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import uvicorn

from .support import make_directory


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.asynccontextmanager
async def live_server(app: object) -> AsyncIterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))  # type: ignore[arg-type]
    task = asyncio.ensure_future(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def test_scim2_tester_passes_every_declared_feature(gql, runtime, http, app):
    directory = await make_directory(gql, runtime, http)
    async with live_server(app) as base:
        env = {**os.environ, "SCIM_CLI_HEADERS": f"Authorization: Bearer {directory.token}", "NO_COLOR": "1"}
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(Path(__file__).with_name("run_scim2_tester.py")), f"{base}/scim/v2", env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(process.communicate(), timeout=240)
    text = output.decode(errors="replace")
    print(text)  # the tester's report, kept in the test log
    lines = [line for line in text.splitlines() if line.strip()]
    successes = [line for line in lines if line.startswith("SUCCESS")]
    skipped = [line for line in lines if line.startswith("SKIPPED")]
    failures = [line for line in lines if line.split(" ", 1)[0] in ("ERROR", "CRITICAL", "WARNING")]
    print(f"scim2-tester: {len(successes)} SUCCESS, {len(skipped)} SKIPPED, {len(failures)} failed")
    assert successes, text
    assert not failures, "\n".join(failures)
    assert process.returncode == 0, text
