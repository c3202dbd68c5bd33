#!/usr/bin/env bash
# Prints what installing a fix bundle costs in the built product: the command line's start with the p2 runtime
# and the dropins reconciler, triage install / uninstall of the example fix bundle (p2 director and garbage
# collector in child processes), and a start with a bundle in dropins/. Needs the product (./mvnw verify) and the
# example's repository (./mvnw -f examples/wam-token-broker/pom.xml verify). Runs RUNS times (default 3) in a
# fresh extracted product and prints the median of each.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
runs=${RUNS:-3}
archive=$(ls "$root"/releng/org.triage.product/target/products/triage-console-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
repository="$root/examples/wam-token-broker/com.example.triage.wam.repository/target/repository"
[ -n "$archive" ] || { echo "benchmark-install: build the product first: ./mvnw verify" >&2; exit 1; }
[ -d "$repository" ] || { echo "benchmark-install: build the example first: ./mvnw -f examples/wam-token-broker/pom.xml verify" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work" 2>/dev/null
triage="$work/triage/triage"
export TRIAGE_HOME="$work/home"

seconds() { # runs the command, prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "benchmark-install: failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }'; }

"$triage" fixes >/dev/null 2>&1 # the first start after extraction writes the configuration
declare -A figures
for _ in $(seq "$runs"); do
  figures[fixes]+="$(seconds "$triage" fixes)"$'\n'
  figures[install]+="$(seconds "$triage" install "$repository" --yes)"$'\n'
  figures[fixes_installed]+="$(seconds "$triage" fixes)"$'\n'
  figures[uninstall]+="$(seconds "$triage" uninstall com.example.triage.wam.feature --yes)"$'\n'
  jar=$(ls "$repository"/plugins/com.example.triage.wam_*.jar)
  mkdir -p "$work/triage/dropins" && cp "$jar" "$work/triage/dropins/"
  figures[dropin_start]+="$(seconds "$triage" fixes)"$'\n'
  rm -f "$work/triage/dropins/"*.jar
  figures[dropout_start]+="$(seconds "$triage" fixes)"$'\n'
done
printf 'Fix bundle install, median of %s runs (s), %s\n' "$runs" "$(basename "$archive")"
printf '  %-56s %s\n' "triage fixes (start with p2 and the dropins reconciler)" "$(printf '%s' "${figures[fixes]}" | median)"
printf '  %-56s %s\n' "triage install <example repository> --yes" "$(printf '%s' "${figures[install]}" | median)"
printf '  %-56s %s\n' "triage fixes with the example installed" "$(printf '%s' "${figures[fixes_installed]}" | median)"
printf '  %-56s %s\n' "triage uninstall (director + garbage collector)" "$(printf '%s' "${figures[uninstall]}" | median)"
printf '  %-56s %s\n' "triage fixes, first start with a jar in dropins/" "$(printf '%s' "${figures[dropin_start]}" | median)"
printf '  %-56s %s\n' "triage fixes, first start after removing it" "$(printf '%s' "${figures[dropout_start]}" | median)"
printf '  %-56s %s MB\n' "product archive" "$(du -m "$archive" | cut -f1)"
