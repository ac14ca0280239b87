"""`gqlaccess outbox`: the development view of e-mails when no SMTP is configured."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(env_extra: dict[str, str], data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GQLACCESS_")}  # the embedded default
    env.update({"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "GQLACCESS_DATA_DIR": str(data_dir), **env_extra})
    return subprocess.run([sys.executable, "-m", "gqlaccess", *args], capture_output=True, text=True, env=env, timeout=120)


def test_outbox_lists_rendered_mail_with_link(tmp_path):
    email = f"cli-{uuid.uuid4().hex[:8]}@example.com"
    created = _run({}, tmp_path, "create-account", "--name", "CLI Co", "--owner-email", email, "--language", "fr")
    assert created.returncode == 0, created.stderr
    link = created.stdout.strip().splitlines()[-1]
    shown = _run({}, tmp_path, "outbox", "--to", email)
    assert shown.returncode == 0, shown.stderr
    assert f"to: {email}" in shown.stdout and "template: user_activation" in shown.stdout
    assert "subject: Activez votre accès à CLI Co" in shown.stdout
    assert link in shown.stdout


def test_outbox_is_refused_in_production(tmp_path):
    refused = _run({"GQLACCESS_ENV": "production", "GQLACCESS_SECRET_KEY": "x" * 40}, tmp_path, "outbox")
    assert refused.returncode != 0 and "refused in production" in refused.stderr
