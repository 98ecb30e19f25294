#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the portability test (TodoRepositoryTest), installing the
# Debian package first when it is missing. Prints two lines: the connection URI and the data directory
# (stop it with: pg_ctl -D DIR stop). Exits non-zero when PostgreSQL cannot be started.
set -euo pipefail
port=${PG_PORT:-55432}

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "postgresql is not installed and this user cannot install it" >&2
    exit 1
  fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data=$(mktemp -d /tmp/vertx-sqlite-pg.XXXXXX)

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$data"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

as_owner "$bin/initdb" -D "$data" -U vertx --auth=trust >/dev/null
as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1" start >&2
echo "postgresql://vertx@127.0.0.1:$port/postgres"
echo "$data"
