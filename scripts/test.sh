#!/usr/bin/env bash
# Sets everything up, checks the layer contracts, then runs the whole test suite (extra arguments
# go to pytest). A throwaway PostgreSQL server is started for the shared-store tests and stopped
# afterwards.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" --tests
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
# shellcheck source=scripts/postgres.sh
source "$ROOT/scripts/postgres.sh"
start_test_postgres || echo "test: PostgreSQL unavailable, the shared-store tests will be skipped" >&2
trap stop_test_postgres EXIT
# The layer contracts of pyproject.toml first: a broken one fails the run like a failing test.
"$ROOT/.venv/bin/lint-imports" --no-cache >/dev/null || "$ROOT/.venv/bin/lint-imports" --no-cache
# On every core (pytest-xdist); `-n 0` in the arguments runs in one process.
"$ROOT/.venv/bin/python" -m pytest -n auto "$@"
