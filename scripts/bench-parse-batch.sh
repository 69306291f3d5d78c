#!/usr/bin/env bash
# Throughput of `cobrador parse --json --batch` through a pipe (JSON in and out), and cold `parse --json`.
#
#   scripts/bench-parse-batch.sh            # 300,000 lines
#   scripts/bench-parse-batch.sh 1000000    # another count
#
# The lines are the realistic test messages (Tests/CobradorNLUTests/Data/RealisticCorpus.swift and
# ProbeCorpus.swift), repeated; the clients are those of Tests/Fixtures/invoices.csv. Release build in
# .build-release, as scripts/bench.sh. Cold start uses hyperfine when installed (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-300000}
swift build -c release --scratch-path .build-release --product cobrador >&2
BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/cobrador"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
"$BIN" --db "$WORK/db.sqlite" import Tests/Fixtures/invoices.csv >/dev/null
# One JSON request per test message (tab-separated rows: intent, today, text, …), repeated to LINES.
awk -F'\t' -v n="$LINES" '
  NF >= 3 && $2 ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/ {
    t = $3; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); m[c++] = "{\"text\": \"" t "\", \"today\": \"" $2 "\"}"
  }
  END { for (k = 0; k < n; k++) print m[k % c] }' \
  Tests/CobradorNLUTests/Data/RealisticCorpus.swift Tests/CobradorNLUTests/Data/ProbeCorpus.swift > "$WORK/in.jsonl"
start=$(date +%s.%N)
"$BIN" --db "$WORK/db.sqlite" parse --json --batch < "$WORK/in.jsonl" > "$WORK/out.jsonl"
end=$(date +%s.%N)
got=$(wc -l < "$WORK/out.jsonl")
[ "$got" -eq "$LINES" ] || { echo "bench-parse-batch: $got answers for $LINES lines" >&2; exit 1; }
awk -v n="$LINES" -v s="$start" -v e="$end" 'BEGIN { printf "parse --json --batch: %d lines in %.2f s = %d msg/s\n", n, e - s, n / (e - s) }'
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 15 "$BIN --db $WORK/db.sqlite parse --json '¿quién me debe?'" 2>/dev/null | sed -n '1,3p'
else
  for k in $(seq 15); do
    s=$(date +%s%N); "$BIN" --db "$WORK/db.sqlite" parse --json "¿quién me debe?" >/dev/null; echo $(( ($(date +%s%N) - s) / 1000 ))
  done | sort -n | awk '{ v[NR] = $1 } END { printf "cold parse --json: median %.1f ms of %d runs\n", v[int((NR + 1) / 2)] / 1000, NR }'
fi
