#!/usr/bin/env bash
# Fleet benchmark: generates N snapshots from the sample snapshots with varied facts, ingests them with the built
# product's `triage fleet ingest` into H2 (the default) and into PostgreSQL, and prints ingest time, snapshots per
# second, the time the workers spent parsing and diagnosing against the time in the database, peak memory (RSS of the
# whole process, /usr/bin/time), a second (incremental) ingest, and the report time.
#   releng/bench/fleet-bench.sh [COUNT] [THREADS]       (defaults: 10000 snapshots, one worker per core)
# Not part of ./test.sh. Builds the product first where it is missing or stale (through ./triage). PostgreSQL: a
# throwaway cluster on 127.0.0.1 as test.sh starts it (Debian: apt-get install postgresql); skipped with a message
# where it is not installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
count=${1:-10000}
threads=${2:-$(nproc)}

"$root/triage" --version >/dev/null
triage="$root/releng/org.triage.product/target/products/org.triage.console/linux/gtk/x86_64/triage/triage"

work=$(mktemp -d /tmp/fleet-bench.XXXXXX)
pgdata=
as_postgres=
cleanup() {
  if [ -n "$pgdata" ]; then
    $as_postgres "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdata"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Fleet benchmark: $count snapshots, $threads worker(s), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
mkdir -p "$work/classes"
"$JAVA_HOME/bin/javac" -d "$work/classes" \
  "$root/bundles/org.triage.tests.harness/src/org/triage/tests/harness/FleetGenerator.java"
started=$(date +%s%N)
"$JAVA_HOME/bin/java" -cp "$work/classes" org.triage.tests.harness.FleetGenerator \
  "$root/bundles/org.triage.snapshot.tests/resources/snapshots" "$work/share" "$count" 42
echo "generated in $(( ($(date +%s%N) - started) / 1000000 )) ms, $(du -sh "$work/share" | cut -f1) on disk"

startup_started=$(date +%s%N)
"$triage" --version >/dev/null
startup_ms=$(( ($(date +%s%N) - startup_started) / 1000000 ))
echo "product start (triage --version): $startup_ms ms"

# one database: ingest (timed, peak RSS), ingest again (nothing new), report (timed)
run() {
  local name=$1 url=$2
  echo
  echo "== $name ($url)"
  /usr/bin/time -v -o "$work/time-$name.txt" "$triage" fleet ingest "$work/share" --db "$url" --threads "$threads" \
    >"$work/ingest-$name.txt" 2>"$work/ingest-$name.err" || { cat "$work/ingest-$name.err" >&2; return 1; }
  cat "$work/ingest-$name.txt"
  grep -q unreadable: "$work/ingest-$name.err" && grep unreadable: "$work/ingest-$name.err" | head -n 5
  echo "peak memory (RSS of the whole process, -Xmx512m): $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$name.txt" | awk '{printf "%.0f MB", $1/1024}')"
  echo "wall $(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$name.txt"), CPU $(sed -n 's/.*Percent of CPU this job got: //p' "$work/time-$name.txt")"
  local again_started again_ms
  again_started=$(date +%s%N)
  "$triage" fleet ingest "$work/share" --db "$url" --threads "$threads" | sed -n '2p'
  again_ms=$(( ($(date +%s%N) - again_started) / 1000000 ))
  echo "second ingest (every file hashed and found in the index): $again_ms ms"
  local report_started report_ms
  report_started=$(date +%s%N)
  "$triage" fleet report --db "$url" >"$work/report-$name.txt"
  report_ms=$(( ($(date +%s%N) - report_started) / 1000000 ))
  echo "report: $report_ms ms with the product's start, about $(( report_ms - startup_ms )) ms without it"
  head -n 12 "$work/report-$name.txt"
}

run h2 "jdbc:h2:file:$work/h2/fleet"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo
  echo "PostgreSQL is not installed (Debian: apt-get install postgresql): its run is left out"
  exit 0
fi
pgdata=$(mktemp -d /tmp/fleet-bench-pg.XXXXXX)
if [ "$(id -u)" = 0 ]; then chown postgres "$pgdata"; as_postgres="runuser -u postgres --"; fi
pgport=
for candidate in $(seq 55632 55732); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pgport=$candidate; break; fi
done
pgpassword=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$pgpassword" >"$pgdata/password"
[ -n "$as_postgres" ] && chown postgres "$pgdata/password"
$as_postgres "$pgbin/initdb" -D "$pgdata/data" -U triage --pwfile="$pgdata/password" --auth=scram-sha-256 -E UTF8 \
  --locale=C >"$pgdata/initdb.log" 2>&1
$as_postgres "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata" start >/dev/null
export TRIAGE_FLEET_DB_USER=triage TRIAGE_FLEET_DB_PASSWORD="$pgpassword"
run postgresql "jdbc:postgresql://127.0.0.1:$pgport/postgres"
