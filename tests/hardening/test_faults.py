"""The fault scenarios of bench/faults/ in CI (PostgreSQL mode: they run their own private
PostgreSQL and Redis servers, so they need the PostgreSQL binaries and redis-server)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ["redis_down.py", "postgres_restart.py", "worker_kill.py"]

pytestmark = [
    pytest.mark.skipif(os.environ.get("GQLACCESS_TEST_MODE") != "postgres", reason="runs in PostgreSQL mode"),
    pytest.mark.skipif(not (shutil.which("redis-server") and shutil.which("pg_ctl")), reason="needs redis-server and pg_ctl"),
]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_fault_scenario(scenario: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "faults" / scenario)], cwd=ROOT / "bench" / "faults",
                          env=env, capture_output=True, text=True, timeout=240)
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "ALL VERIFIED" in done.stdout
