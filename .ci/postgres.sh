#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test suites: Debian's postgresql (installed if
# missing), a cluster in a temporary folder owned by a non-root user (initdb refuses root), trust
# authentication on 127.0.0.1 only. Prints `export` lines: IDMG_TEST_POSTGRES_URL and the folder.
# Stop it with: .ci/postgres.sh stop FOLDER
set -euo pipefail
# The server runs as another user, who may not enter the caller's folder.
cd /

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ "${1:-}" = "stop" ]; then
  dir="${2:?usage: .ci/postgres.sh stop FOLDER}"
  bin="$(find_bin)"
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
  else "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true; fi
  rm -rf "$dir"
  exit 0
fi

bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin="$(find_bin)"
fi

port="${PGTEST_PORT:-55432}"
dir="$(mktemp -d /tmp/idmg-pg.XXXXXX)"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log"
# fsync off: a throwaway cluster; max_connections for two replicas and two test workers' pools.
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >&2
"${as_owner[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c 'CREATE DATABASE idmg_test' >&2
echo "export IDMG_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$port/idmg_test"
echo "export IDMG_TEST_POSTGRES_DIR=$dir"
