"""The committed contract (schema.graphql) and migrations must match the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from gqlaccess.db import MIGRATIONS_ROOT
from gqlaccess.graphql.schema import export_sdl

ROOT = Path(__file__).resolve().parents[1]


def test_schema_graphql_matches_code():
    committed = (ROOT / "schema.graphql").read_text()
    assert committed == export_sdl(), "schema.graphql drifted: run `gqlaccess export-schema -o schema.graphql`"


def test_migrations_match_models(tmp_path):
    copy = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_ROOT, copy)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_migrations.py"), "--root", str(copy)],
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.split("\n")[:2] == ["sqlite: no changes", "postgres: no changes"], (
        "models changed without a migration: run `python scripts/make_migrations.py`\n" + result.stdout
    )
