#!/usr/bin/env bash
# Builds cobrador-bench in release mode (own scratch folder, so the debug build stays warm) and runs it.
#
#   scripts/bench.sh            # full: 1,000,000 invoices over 50,000 clients (a few minutes, ~2 GB RAM)
#   scripts/bench.sh --quick    # 20,000 invoices over 1,000 clients (seconds; for CI)
#   scripts/bench.sh --quick --max-ratio 3   # fail when who_owes is slower than 3× the sqlite3 CLI
#
# The who-owes comparison needs the sqlite3 command-line tool (Debian: apt-get install -y sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v sqlite3 >/dev/null || echo "bench.sh: sqlite3 not found; the comparison row will be empty" >&2
swift build -c release --scratch-path .build-release --product cobrador-bench >&2
exec "$(swift build -c release --scratch-path .build-release --show-bin-path)/cobrador-bench" run "$@"
