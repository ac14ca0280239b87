"""Real `gqlaccess serve` and `gqlaccess worker` subprocesses, for probes, faults and the soak.

Each gets its own environment (GQLACCESS_* variables); the caller owns the databases it names.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from gqlaccess.redis_runtime import dies_with_this_process

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def base_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GQLACCESS_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env.update({f"GQLACCESS_{k}": v for k, v in values.items()})
    return env


@dataclass
class Process:
    args: list[str]
    env: dict[str, str]
    log_path: Path
    popen: subprocess.Popen[bytes] | None = None
    _log: object = field(default=None, repr=False)

    def start(self) -> Process:
        self._log = open(self.log_path, "ab")
        self.popen = subprocess.Popen(
            gqlaccess_command(*self.args), env=self.env, cwd=ROOT,
            stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=dies_with_this_process(),  # a killed test run leaves no server behind
        )
        return self

    @property
    def pid(self) -> int:
        assert self.popen is not None
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def kill9(self) -> None:
        """SIGKILL the whole process group (uvicorn --workers children too): a crash, no cleanup."""
        if self.alive():
            os.killpg(self.pid, signal.SIGKILL)
            self.popen.wait(10)  # type: ignore[union-attr]

    def stop(self, timeout: float = 15) -> None:
        if self.alive():
            os.killpg(self.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout)  # type: ignore[union-attr]
            except subprocess.TimeoutExpired:
                self.kill9()
        if self._log is not None:
            self._log.close()  # type: ignore[attr-defined]
            self._log = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def rss_kib(self) -> dict[int, int]:
        """RSS of the process and its children (uvicorn workers), from /proc."""
        result: dict[int, int] = {}
        pids = [self.pid, *_children(self.pid)]
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        result[pid] = int(line.split()[1])
            except OSError:
                continue
        return result


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        direct = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return found
    for child in direct:
        found.append(int(child))
        found.extend(_children(int(child)))
    return found


class Server(Process):
    def __init__(self, env: dict[str, str], log_path: Path, *, workers: int = 1, port: int | None = None) -> None:
        self.port = port or free_port()
        super().__init__(["serve", "--port", str(self.port), "--workers", str(workers)], env, log_path)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"server exited:\n{self.log()[-3000:]}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not ready after {timeout}s:\n{self.log()[-3000:]}")


class Worker(Process):
    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        super().__init__(["worker"], env, log_path)


def gqlaccess_env(**overrides: str) -> dict[str, str]:
    """The environment of a fresh shell: no GQLACCESS_* but the full names given."""
    env = base_env()
    env.update(overrides)
    return env


def gqlaccess_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "gqlaccess", *args]


def run_cli(*args: str, env: dict[str, str], cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(gqlaccess_command(*args), env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
