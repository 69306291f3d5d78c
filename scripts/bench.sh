#!/usr/bin/env bash
# Builds cobrador-bench and cobrador in release mode (own scratch folder, so the debug build stays warm)
# and runs the benchmark on SQLite and, when PostgreSQL is installed, on a throw-away PostgreSQL cluster
# started for the run (durable: fsync and synchronous commit on) and stopped after it.
#
#   scripts/bench.sh            # full: 1,000,000 invoices over 50,000 clients (several minutes, ~2 GB RAM)
#   scripts/bench.sh --quick    # 20,000 invoices over 1,000 clients (seconds; for CI)
#   scripts/bench.sh --quick --max-ratio 3   # fail when who_owes is slower than 3× the sqlite3 CLI
#   COBRADOR_BENCH_PG=postgres://user@host:5432/postgres scripts/bench.sh   # your own server instead
#   COBRADOR_BENCH_PG=none scripts/bench.sh                                  # SQLite only
#
# The who-owes comparison needs the sqlite3 command-line tool (Debian: apt-get install -y sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || echo "bench.sh: sqlite3 not found; the comparison row will be empty" >&2
swift build -c release --scratch-path .build-release --product cobrador-bench >&2
swift build -c release --scratch-path .build-release --product cobrador >&2
bin="$(swift build -c release --scratch-path .build-release --show-bin-path)"

if [ "${COBRADOR_BENCH_PG:-}" = none ]; then
  unset COBRADOR_BENCH_PG
elif [ -z "${COBRADOR_BENCH_PG:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export COBRADOR_PG_STATE
  COBRADOR_PG_STATE=$(mktemp /tmp/cobrador-bench-pg.XXXXXX)
  trap 'scripts/pg-test-server.sh stop' EXIT
  COBRADOR_BENCH_PG=$(scripts/pg-test-server.sh start --durable | sed -n 's/^export COBRADOR_TEST_PG_URL=//p')
  export COBRADOR_BENCH_PG
fi
"$bin/cobrador-bench" run "$@"
