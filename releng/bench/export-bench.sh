#!/usr/bin/env bash
# Export benchmark: exports and re-imports a session of 10,000 observations and prints the times.
#   releng/bench/export-bench.sh [OBSERVATIONS] [ROUNDS]
# Not part of ./test.sh: speed is measured here, not asserted in tests. Builds the product first where it is
# missing or stale (through ./triage), then runs releng/bench/export/ExportBenchmark.java against its bundles.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
observations=${1:-10000}
rounds=${2:-3}

"$root/triage" --version >/dev/null
plugins="$root/releng/org.triage.product/target/products/org.triage.console/linux/gtk/x86_64/triage/plugins"
classpath=
for bundle in org.triage.model org.triage.core org.triage.formats org.triage.snapshot org.triage.export \
    org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi com.google.gson \
    org.eclipse.equinox.common org.eclipse.equinox.registry org.eclipse.osgi; do
  jar=$(ls "$plugins/${bundle}"_*.jar 2>/dev/null | head -n 1)
  if [ -z "$jar" ]; then
    echo "export-bench: no $bundle in $plugins" >&2
    exit 1
  fi
  classpath="$classpath${classpath:+:}$jar"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$classpath" "$root/releng/bench/export/ExportBenchmark.java"
"$JAVA_HOME/bin/java" -Xmx3g -cp "$work/classes:$classpath" org.triage.bench.ExportBenchmark \
  "$root/bundles/org.triage.snapshot.tests/resources/snapshots/contoso-0x8004de40" "$work" "$observations" "$rounds"
