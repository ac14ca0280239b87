#!/usr/bin/env bash
# Until the first release the schema history is squashed into one initial migration per dialect
# (no database anywhere holds an older schema). Run after merging branches that added migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f src/gqlaccess/migrations/sqlite/models/*.py src/gqlaccess/migrations/postgres/models/*.py
"${PYTHON:-python3}" scripts/make_migrations.py
