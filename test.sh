#!/usr/bin/env bash
# Runs every test of Triage Console: the OSGi tests of each bundle, the UI tests in a real workbench, and
# the product build. Where there is no display it starts Xvfb for the UI tests; for the fleet index's tests it
# starts a throwaway PostgreSQL cluster on 127.0.0.1. Extra arguments go to Maven
# (e.g. ./test.sh -pl bundles/org.triage.core.tests -am).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
. "$root/releng/scripts/java-home.sh"

xvfb=
pgdata=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  if [ -n "$pgdata" ]; then
    $as_postgres "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdata"
  fi
}
trap cleanup EXIT

# The fleet index's tests run against PostgreSQL as well as H2: a throwaway cluster on 127.0.0.1 (a free port,
# password login), stopped and removed on exit. TRIAGE_FLEET_TEST_PG_URL set by the caller names a server to use instead.
if [ -z "${TRIAGE_FLEET_TEST_PG_URL:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] || [ ! -x "$pgbin/pg_ctl" ]; then
    echo "test.sh: the fleet tests need a PostgreSQL server; install it (Debian: apt-get install postgresql)" >&2
    exit 1
  fi
  as_postgres=
  pgdata=$(mktemp -d /tmp/triage-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    # PostgreSQL refuses to run as root
    chown postgres "$pgdata"
    as_postgres="runuser -u postgres --"
  fi
  pgport=
  for candidate in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pgport=$candidate; break; fi
  done
  pgpassword=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$pgpassword" >"$pgdata/password"
  [ -n "$as_postgres" ] && chown postgres "$pgdata/password"
  if ! $as_postgres "$pgbin/initdb" -D "$pgdata/data" -U triage --pwfile="$pgdata/password" --auth=scram-sha-256 \
      -E UTF8 --locale=C >"$pgdata/initdb.log" 2>&1; then
    cat "$pgdata/initdb.log" >&2
    echo "test.sh: initdb failed" >&2
    exit 1
  fi
  if ! $as_postgres "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata -c fsync=on" start >/dev/null; then
    cat "$pgdata/server.log" >&2
    echo "test.sh: PostgreSQL did not start" >&2
    exit 1
  fi
  export TRIAGE_FLEET_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$pgport/postgres"
  export TRIAGE_FLEET_DB_USER=triage
  export TRIAGE_FLEET_DB_PASSWORD="$pgpassword"
fi

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "test.sh: the UI tests need a display; install Xvfb and GTK 3 (Debian: apt-get install xvfb libgtk-3-0)" >&2
    exit 1
  fi
  display=99
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=":$display"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
fi
cd "$root"
./mvnw -B verify "$@"
