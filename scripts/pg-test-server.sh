#!/usr/bin/env bash
# A throw-away PostgreSQL server for cobrador's tests: Debian's package, a cluster in a temporary
# directory, on a free loopback port, trust authentication for the local user only.
#
#   eval "$(scripts/pg-test-server.sh start)"   # prints `export COBRADOR_TEST_PG_URL=…`
#   scripts/pg-test-server.sh start --durable   # fsync and synchronous commit on, as a production server (benchmarks)
#   scripts/pg-test-server.sh stop
#
# The state (directory, port) is kept in ${COBRADOR_PG_STATE:-/tmp/cobrador-pg-test.state}.
set -euo pipefail

state=${COBRADOR_PG_STATE:-/tmp/cobrador-pg-test.state}

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  return 1
}

ensure_installed() {
  pg_bin >/dev/null && return
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
}

# Runs a command as the cluster's owner: root may not run a PostgreSQL server.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  ensure_installed
  local bin dir port user
  bin=$(pg_bin)
  dir=$(mktemp -d /tmp/cobrador-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; user=postgres; else user=$(id -un); fi
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Tests need no durability; a benchmark compared with SQLite (which syncs its commits) does.
  local durability="-c fsync=off -c synchronous_commit=off"
  [ "${1:-}" = "--durable" ] && durability=""
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir $durability -c max_connections=300" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  printf 'dir=%s\nport=%s\nuser=%s\n' "$dir" "$port" "$user" >"$state"
  echo "export COBRADOR_TEST_PG_URL=postgres://$user@127.0.0.1:$port/postgres"
}

stop() {
  [ -f "$state" ] || return 0
  local dir
  dir=$(sed -n 's/^dir=//p' "$state")
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  [ -n "$dir" ] && rm -rf "$dir"
  rm -f "$state"
}

case "${1:-}" in
  start) stop; start "${2:-}" ;;
  stop) stop ;;
  url) sed -n 's/^port=//p' "$state" | sed "s|^|postgres://$(sed -n 's/^user=//p' "$state")@127.0.0.1:|;s|$|/postgres|" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
