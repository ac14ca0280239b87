"""The README's first command: `gqlaccess serve` with no configuration at all."""

import re
import signal
import subprocess
import time

import httpx
import pytest

from ..conftest import MODE
from ..support.factories import ACCEPT, LOGIN, PASSWORD
from ..support.processes import free_port, gqlaccess_command, gqlaccess_env, run_cli

pytestmark = pytest.mark.skipif(MODE != "embedded", reason="the embedded default is what this checks")


def _wait_ready(base: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("serve never became ready")


def test_serve_on_the_embedded_default(tmp_path):
    port = free_port()
    env = gqlaccess_env(GQLACCESS_PORT=str(port))  # no GQLACCESS_PUBLIC_URL: links follow the port
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        gqlaccess_command("serve"), cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_ready(base, process)
        assert (tmp_path / "data" / "gqlaccess.sqlite3").exists()
        assert httpx.get(base + "/readyz").json()["checks"] == {"database": "ok", "redis": "ok"}
        assert "graphiql" in httpx.get(base + "/graphql", headers={"accept": "text/html"}).text.lower()

        # The CLI works while serve runs on the same data directory, and its links name the
        # server's port even without GQLACCESS_PORT in its own environment.
        result = run_cli("create-account", "--name", "Embedded", "--owner-email", "boss@example.com",
                         env=gqlaccess_env(), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        token = re.search(rf"^{base}/invite/(gqi_\S+)$", result.stdout, re.M).group(1)

        def call(query, variables=None, bearer=None):
            headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
            return httpx.post(base + "/graphql", json={"query": query, "variables": variables or {}}, headers=headers).json()

        assert call(ACCEPT, {"token": token, "password": PASSWORD})["data"]["acceptInvitation"]["errors"] == []
        session = call(LOGIN, {"email": "boss@example.com", "password": PASSWORD})["data"]["login"]["token"]
        assert call("{ me { email } }", bearer=session)["data"]["me"]["email"] == "boss@example.com"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    log = process.stderr.read() if process.stderr else ""
    assert process.returncode == 0, log
    assert f"public URL (links in e-mails and API answers): {base}" in log
