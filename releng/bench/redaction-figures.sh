#!/usr/bin/env bash
# Redaction recall and precision: runs RedactionPrecisionRecallTest (the planted secrets of
# org.triage.tests.harness.PlantedValues, and every real tool output under bundles/*/resources) and prints its figures:
#   redaction recall 1.000 (N/N) precision 1.000 (M/M) over R real outputs and F facts
# The test asserts both; this script only shows them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$root/test.sh" -pl bundles/org.triage.export.tests -am -o -Dtest=RedactionPrecisionRecallTest \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  grep -E "redaction recall|FAIL|expected" "$log" >&2 || tail -n 40 "$log" >&2
  exit 1
fi
grep -h "redaction recall" "$log" "$root"/bundles/org.triage.export.tests/target/surefire-reports/*RedactionPrecisionRecallTest*-output.txt 2>/dev/null | head -n 1
