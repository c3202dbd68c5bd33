#!/usr/bin/env bash
# What one fleet collection costs a device and the share, measured on the sample snapshots:
#   releng/bench/collector-cost.sh [KEEP] [DEVICES]
# Zips each sample snapshot folder the way the collector does (Deflate, as .NET's ZipFile and
# Compress-Archive write it) and prints its files, raw bytes, zip bytes and the share space for KEEP zips
# per device over DEVICES devices. Collection TIME cannot be measured here: the collector runs Windows
# commands (dsregcmd, Get-NetRoute, Get-WinEvent...) that do not exist on this machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
keep=${1:-3}
devices=${2:-10000}
python3 - "$root/bundles/org.triage.snapshot.tests/resources/snapshots" "$keep" "$devices" <<'PY'
import io, os, sys, zipfile
samples, keep, devices = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
print(f"{'sample snapshot':<28}{'files':>6}{'raw bytes':>11}{'zip bytes':>11}")
sizes = []
for name in sorted(os.listdir(samples)):
    folder = os.path.join(samples, name)
    if not os.path.isdir(folder):
        continue
    files = sorted(f for f in os.listdir(folder) if os.path.isfile(os.path.join(folder, f)))
    raw = sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for f in files:
            z.write(os.path.join(folder, f), f)
    sizes.append(len(buffer.getvalue()))
    print(f"{name:<28}{len(files):>6}{raw:>11}{len(buffer.getvalue()):>11}")
largest = max(sizes)
print(f"\nper device and run: one upload of at most {largest} bytes (the largest sample zip)")
print(f"per device on the share (keep {keep}): at most {keep * largest} bytes")
print(f"share for {devices} devices: at most {keep * largest * devices / 1e6:.1f} MB")
print(f"daily upload for {devices} devices: at most {largest * devices / 1e6:.1f} MB")
PY
