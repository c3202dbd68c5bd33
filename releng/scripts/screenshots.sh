#!/usr/bin/env bash
# Takes the screenshots in docs/ from the real console on the demo workstation, under Xvfb.
# Needs xvfb, xdotool and imagemagick (Debian: apt-get install xvfb xdotool imagemagick); with openbox
# installed the window gets its title bar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: needs $tool" >&2; exit 1; }
done
display=120
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
state=$(mktemp -d)
cleanup() {
  [ -n "${console:-}" ] && kill "$console" 2>/dev/null
  pkill -f "openbox" -P $$ 2>/dev/null || true
  kill "$xvfb" 2>/dev/null
  rm -rf "$state"
}
trap cleanup EXIT
export DISPLAY=":$display" TRIAGE_HOME="$state"
if command -v openbox >/dev/null; then
  openbox >/dev/null 2>&1 &
fi

"$root/triage" --version >/dev/null   # builds the product where needed, before the clock starts
"$root/triage" console --target "${1:-demo}" >"$state/console.log" 2>&1 &
console=$!
window=
for _ in $(seq 120); do
  window=$(xdotool search --onlyvisible --name '^Triage Console' 2>/dev/null | head -n 1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { cat "$state/console.log" >&2; echo "screenshots.sh: no window titled Triage Console" >&2; exit 1; }
xdotool windowsize "$window" 1280 720 windowmove "$window" 0 0
sleep 4   # the start-up diagnosis runs in a job; give it time to fill the views
mkdir -p "$root/docs"
import -window root -crop "$(xdotool getwindowgeometry "$window" | awk '/Geometry/ {print $2}')+0+0" +repage \
  "$root/docs/console-session.png"
echo "wrote docs/console-session.png"
cleanup
trap - EXIT

# One picture per view, taken inside a real workbench by the UI test that checks they are not blank; with them the
# newer causes' pictures on their own demo scenarios (ViewScreenshotsTest) and the Fleet view over a generated fleet
# of a few hundred devices (FleetViewTest.pictureOfAGeneratedFleet).
cd "$root"
DISPLAY= ./test.sh -q -pl bundles/org.triage.ui.tests,bundles/org.triage.demo,bundles/org.triage.snapshot,\
bundles/org.triage.fixes.m365,bundles/org.triage.ui.credentials,bundles/org.triage.ui.vpn,\
bundles/org.triage.ui.endpoints,bundles/org.triage.ui.registration,bundles/org.triage.fleet -am \
  -Dtest=ViewScreenshotsTest,FleetViewTest -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  -Dui.test.vmargs="-Xmx1g -Dtriage.screenshots=$root/docs"
ls "$root"/docs/view-*.png
