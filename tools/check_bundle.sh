#!/usr/bin/env bash
# Run the PyInstaller bundle headless: its version, and a pack from the bundled catalogue.
set -euo pipefail
program=${1:-dist/briefer/briefer}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$program" --version
"$program" --data-dir "$work/data" info
"$program" --data-dir "$work/data" delegation create "Bundle check"
"$program" --data-dir "$work/data" mark ppf:ses-2021-101 --priority must
"$program" --data-dir "$work/data" pack --out "$work/pack.pdf" --lang ar
test -s "$work/pack.pdf" && head -c 5 "$work/pack.pdf" | grep -q "%PDF"
"$program" --data-dir "$work/data" screenshot "$work/window.png" --lang ar
test -s "$work/window.png"
echo "bundle check passed"
