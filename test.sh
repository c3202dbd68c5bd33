#!/usr/bin/env bash
# Runs every test of Triage Console: the OSGi tests of each bundle, the UI tests in a real workbench, and
# the product build. Where there is no display it starts Xvfb for the UI tests. Extra arguments go to Maven
# (e.g. ./test.sh -pl bundles/org.triage.core.tests -am).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
. "$root/releng/scripts/java-home.sh"

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "test.sh: the UI tests need a display; install Xvfb and GTK 3 (Debian: apt-get install xvfb libgtk-3-0)" >&2
    exit 1
  fi
  display=99
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  export DISPLAY=":$display"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
fi
cd "$root"
./mvnw -B verify "$@"
