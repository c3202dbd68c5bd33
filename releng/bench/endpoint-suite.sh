#!/usr/bin/env bash
# The endpoint-suite benchmark: N loopback endpoints (refusing, hanging, answering), tested once with the
# console's parallel suite and once with a sequential curl --connect-timeout loop; prints both wall times and
# their ratio. Options: --endpoints N (default 30), --timeout SECONDS per step (default 2). See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
command -v curl >/dev/null 2>&1 || { echo "endpoint-suite.sh: the baseline needs curl (apt-get install curl)" >&2; exit 1; }

jars=(bundles/org.triage.core/target/org.triage.core-0.1.0-SNAPSHOT.jar
      bundles/org.triage.net/target/org.triage.net-0.1.0-SNAPSHOT.jar
      bundles/org.triage.net.tests/target/org.triage.net.tests-0.1.0-SNAPSHOT.jar)
stale=
for jar in "${jars[@]}"; do
  if [ ! -f "$root/$jar" ] || [ -n "$(find "$root/${jar%%/target/*}" -path '*/target' -prune -o -type f -newer "$root/$jar" -print -quit)" ]; then
    stale=yes
  fi
done
if [ -n "$stale" ]; then
  echo "endpoint-suite.sh: building org.triage.net and its test servers..." >&2
  log=$(mktemp)
  if ! (cd "$root" && ./mvnw -B -DskipTests verify -pl bundles/org.triage.net.tests -am >"$log" 2>&1); then
    tail -n 40 "$log" >&2
    echo "endpoint-suite.sh: the build failed; the whole log is in $log" >&2
    exit 1
  fi
  rm -f "$log"
fi
exec "$root/mvnw" -q -f "$here/pom.xml" compile exec:java -Dexec.args="$*"
