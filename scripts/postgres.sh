#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL cluster on a Unix socket for the tests (sourced).

PG_TEST_DIR=""
PG_TEST_RUN=()

start_test_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$bindir" && -x "$bindir/initdb" ]] || return 1
  PG_TEST_DIR=$(mktemp -d /tmp/deliberation-pg.XXXXXX)
  if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses to run as root: run the cluster as the postgres system user.
    chown postgres "$PG_TEST_DIR"
    PG_TEST_RUN=(runuser -u postgres --)
  fi
  "${PG_TEST_RUN[@]}" "$bindir/initdb" -D "$PG_TEST_DIR/data" -U deliberation -A trust \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${PG_TEST_RUN[@]}" "$bindir/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
    -o "-k $PG_TEST_DIR -c listen_addresses='' -p 54329" start >/dev/null || return 1
  export DELIBERATION_TEST_PG_URL="postgresql+psycopg://deliberation@/postgres?host=$PG_TEST_DIR&port=54329"
  export PG_TEST_BINDIR="$bindir"
}

stop_test_postgres() {
  [[ -n "$PG_TEST_DIR" && -d "$PG_TEST_DIR/data" ]] || return 0
  "${PG_TEST_RUN[@]}" "$PG_TEST_BINDIR/pg_ctl" -D "$PG_TEST_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
