#!/usr/bin/env bash
# Sets everything up, then starts Délibération on its default store (extra arguments are passed on,
# e.g. `scripts/run.sh --store /tmp/essai.sqlite3`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/deliberation" "$@"
