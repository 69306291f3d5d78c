#!/usr/bin/env bash
# Load test of `cobrador serve`: POST /webhook against GET /hello on loopback, with wrk.
#
#   scripts/load-webhook.sh [--bin PATH] [--fixture CSV] [--duration 10s] [--connections 16] [--threads 2]
#
# Without --bin it builds the release binary (swift build -c release --product cobrador).
# It imports the fixture into a temporary database, starts `cobrador serve` on a free loopback
# port with a webhook token, measures GET /hello (baseline) and POST /webhook
# {"text":"¿quién me debe?","user":"bench"}, prints req/s and p99 latency of each and the ratio,
# stops the server with SIGTERM (checking it shuts down gracefully) and removes the temporary files.
# Goals: webhook req/s >= 50 % of hello's, webhook p99 < 20 ms. Exit 0 when both are met, 1 when
# not, 2 on a setup error. Traffic goes to 127.0.0.1 only; every run is bounded by --duration.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
bin=""
fixture=""
duration="10s"
connections=16
threads=2

while [[ $# -gt 0 ]]; do
    case "$1" in
        --bin) bin="$2"; shift 2 ;;
        --fixture) fixture="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

fail_setup() { echo "load-webhook: $*" >&2; exit 2; }

if ! command -v wrk >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y wrk >/dev/null 2>&1; } \
            || fail_setup "wrk is missing and could not be installed (apt-get install -y wrk)"
    else
        fail_setup "wrk is missing: apt-get install -y wrk"
    fi
fi
command -v curl >/dev/null 2>&1 || fail_setup "curl is missing"

if [[ -z "$bin" ]]; then
    echo "== building release binary"
    (cd "$repo" && swift build -c release --product cobrador >/dev/null) || fail_setup "release build failed"
    bin="$repo/.build/release/cobrador"
fi
[[ -x "$bin" ]] || fail_setup "not an executable: $bin"

if [[ -z "$fixture" ]]; then
    for candidate in "$repo/Tests/Fixtures/invoices.csv" "$repo/../shared/fixtures/invoices.csv"; do
        if [[ -f "$candidate" ]]; then fixture="$candidate"; break; fi
    done
fi
[[ -n "$fixture" && -f "$fixture" ]] || fail_setup "no fixture CSV (use --fixture)"

work="$(mktemp -d "${TMPDIR:-/tmp}/cobrador-load.XXXXXX")"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

db="$work/cobrador.sqlite"
token="load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"

echo "== importing $(basename "$fixture") into a temporary database"
"$bin" --db "$db" import "$fixture" >"$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail_setup "import failed"; }

echo "== starting cobrador serve on 127.0.0.1:$port"
env -u COBRADOR_SLACK_SIGNING_SECRET -u COBRADOR_MATTERMOST_TOKEN \
    COBRADOR_WEBHOOK_TOKEN="$token" COBRADOR_WRITERS="" LOG_LEVEL=warning \
    "$bin" --db "$db" serve --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 100); do
    if curl -fsS "$base/healthz" >/dev/null 2>&1; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail_setup "the server exited at start"; }
    sleep 0.1
done
curl -fsS "$base/healthz" >/dev/null || { cat "$work/server.log" >&2; fail_setup "the server did not answer /healthz in 10 s"; }

body='{"text":"¿quién me debe?","user":"bench"}'
check="$(curl -sS -o "$work/check.json" -w '%{http_code}' -X POST "$base/webhook" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "$body")"
[[ "$check" == "200" ]] || { cat "$work/check.json" >&2; fail_setup "POST /webhook answered $check, not 200"; }
echo "   /webhook answers: $(head -c 160 "$work/check.json")"

cat >"$work/webhook.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA

# Runs wrk and prints "<req/s> <p99 in ms> <non-2xx count> <socket errors>".
measure() {
    local url="$1"; shift
    local out="$work/wrk-$RANDOM.txt"
    wrk --latency -t "$threads" -c "$connections" -d "$duration" "$@" "$url" >"$out" 2>&1 || { cat "$out" >&2; fail_setup "wrk failed"; }
    cp "$out" "$work/last-wrk.txt"
    awk '
        function ms(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
            if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
            return v
        }
        /Requests\/sec:/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/ { errs = $0; sub(/.*Socket errors: */, "", errs); gsub(/ /, "", errs) }
        END { printf "%s %s %d %s\n", rps, p99, bad + 0, (errs == "" ? "none" : errs) }
    ' "$out"
}

echo "== warming up"
wrk -t 1 -c 4 -d 2s "$base/hello" >/dev/null 2>&1 || true
wrk -t 1 -c 4 -d 2s -s "$work/webhook.lua" "$base/webhook" >/dev/null 2>&1 || true

echo "== GET /hello   (wrk -t$threads -c$connections -d$duration)"
hello_result="$(measure "$base/hello")"
read -r hello_rps hello_p99 hello_bad hello_errs <<<"$hello_result"
echo "== POST /webhook (wrk -t$threads -c$connections -d$duration)"
hook_result="$(measure "$base/webhook" -s "$work/webhook.lua")"
read -r hook_rps hook_p99 hook_bad hook_errs <<<"$hook_result"

echo "== stopping the server (SIGTERM)"
kill -TERM "$server_pid"
stopped=""
for _ in $(seq 1 100); do
    if ! kill -0 "$server_pid" 2>/dev/null; then stopped=yes; break; fi
    sleep 0.1
done
shutdown="graceful"
if [[ -z "$stopped" ]]; then
    shutdown="did not stop within 10 s (killed)"
    kill -KILL "$server_pid" 2>/dev/null || true
fi
wait "$server_pid" 2>/dev/null && server_status=0 || server_status=$?
server_pid=""
[[ "$shutdown" == "graceful" && "$server_status" -ne 0 ]] && shutdown="exited with status $server_status"

ratio="$(awk -v a="$hook_rps" -v b="$hello_rps" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print "0" }')"
ratio_ok="$(awk -v r="$ratio" 'BEGIN { print (r >= 50) ? "yes" : "no" }')"
p99_ok="$(awk -v p="$hook_p99" 'BEGIN { print (p < 20) ? "yes" : "no" }')"

printf '\n%-16s %12s %12s %10s %s\n' "endpoint" "req/s" "p99 (ms)" "non-2xx" "socket errors"
printf '%-16s %12s %12s %10s %s\n' "GET /hello" "$hello_rps" "$hello_p99" "$hello_bad" "$hello_errs"
printf '%-16s %12s %12s %10s %s\n' "POST /webhook" "$hook_rps" "$hook_p99" "$hook_bad" "$hook_errs"
echo
echo "webhook / hello req/s: ${ratio} %   (goal >= 50 %: $ratio_ok)"
echo "webhook p99: ${hook_p99} ms        (goal < 20 ms: $p99_ok)"
echo "shutdown on SIGTERM: $shutdown"

if [[ "$hook_bad" -ne 0 || "$hello_bad" -ne 0 ]]; then
    echo "FAIL: non-2xx answers during the run"; exit 1
fi
if [[ "$ratio_ok" == "yes" && "$p99_ok" == "yes" && "$shutdown" == "graceful" ]]; then
    echo "PASS"; exit 0
fi
echo "FAIL"; exit 1
