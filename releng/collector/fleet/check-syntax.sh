#!/usr/bin/env bash
# Parses the fleet collector scripts with the tree-sitter PowerShell grammar (npm: tree-sitter-powershell,
# run through web-tree-sitter's WebAssembly build, so no native compiler is needed) and fails on any ERROR or
# MISSING node. A negative control (a script with an unclosed brace) must fail, or the check proves nothing.
#   releng/collector/fleet/check-syntax.sh [SCRIPT.ps1...]
# This is a parse by a third-party grammar, not by PowerShell's own parser: it does not run the scripts.
# Known gap of the grammar: a pipeline continued after a trailing '|' on the next line (valid PowerShell)
# is an ERROR for it, which is why Collect-TriageSnapshot.ps1 is not in the default list.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${TRIAGE_SYNTAX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/triage-collector-syntax}
mkdir -p "$work"
cp "$here/syntax/package.json" "$here/syntax/check.mjs" "$work/"
if [ ! -f "$work/node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm" ]; then
  (cd "$work" && npm install --no-audit --no-fund --ignore-scripts >/dev/null)
fi
grammar="$work/node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm"
if [ $# -eq 0 ]; then
  set -- "$here"/*.ps1
fi
control=$(mktemp --suffix=.ps1)
trap 'rm -f "$control"' EXIT
printf 'function Broken {\n    if ($true) {\n        Write-Output "unclosed"\n}\n' > "$control"
if (cd "$work" && node check.mjs "$grammar" "$control" >/dev/null); then
  echo "check-syntax: the negative control parsed without error; the check cannot be trusted" >&2
  exit 2
fi
cd "$work" && node check.mjs "$grammar" "$@"
