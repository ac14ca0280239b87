"""Generate aerich migrations for both dialects from the models.

    python scripts/make_migrations.py            # new migration named "update" where models changed
    python scripts/make_migrations.py --name X   # ... named X

aerich writes dialect-specific SQL, so each dialect has its own folder under
src/gqlaccess/migrations/. Works offline (no database needed); the first run creates the
initial migration.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from aerich import Command  # noqa: E402
from tortoise import Tortoise  # noqa: E402

from gqlaccess.db import MIGRATIONS_ROOT, MODEL_MODULES  # noqa: E402

DIALECT_URLS = {
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://offline:offline@127.0.0.1:1/offline",
}


def config_for(url: str) -> dict:
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


async def generate(dialect: str, name: str, root: Path) -> str:
    location = root / dialect
    command = Command(tortoise_config=config_for(DIALECT_URLS[dialect]), app="models", location=str(location))
    models_dir = location / "models"
    try:
        if not models_dir.exists() or not any(models_dir.glob("*.py")):
            await command.init_migrations(safe=True)
            return f"{dialect}: initial migration written"
        await command.init(offline=True)
        result = await command.migrate(name=name, no_input=True, offline=True)
        return f"{dialect}: {result or 'no changes'}"
    finally:
        await Tortoise.close_connections()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--name", default="update")
    parser.add_argument("--dialect", choices=sorted(DIALECT_URLS))
    parser.add_argument("--root", type=Path, default=MIGRATIONS_ROOT, help="migrations folder (tests use a copy)")
    args = parser.parse_args()
    if args.dialect:
        print(asyncio.run(generate(args.dialect, args.name, args.root)))
        return
    # Tortoise keeps process-wide state: one process per dialect.
    for dialect in DIALECT_URLS:
        subprocess.run(
            [sys.executable, __file__, "--dialect", dialect, "--name", args.name, "--root", str(args.root)],
            check=True,
        )


if __name__ == "__main__":
    main()
