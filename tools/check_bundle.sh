#!/usr/bin/env bash
# Run the PyInstaller bundle as a user would, headless: its version, the bundled catalogue, an
# Arabic pack, Arabic and English screenshots (they must differ: the Arabic one is really in
# Arabic), a sync of a signed feed from a loopback web server, and the windowed program.
# Usage: tools/check_bundle.sh [dist/briefer/briefer]
set -euo pipefail
program=${1:-dist/briefer/briefer}
folder=$(dirname "$program")
python=${PYTHON:-python3}
work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
run() { "$program" --data-dir "$work/data" "$@"; }
step() { echo "--- $*"; }

step version
version=$("$program" --version)
echo "$version"
expected=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' briefer/__init__.py 2>/dev/null || true)
[ -z "$expected" ] || [[ "$version" == *"$expected"* ]] || { echo "version $version, expected $expected" >&2; exit 1; }

step info
run info | tee "$work/info.txt"
grep -q 2021 "$work/info.txt"

step "Arabic pack"
run delegation create "Bundle check"
run mark ppf:ses-2021-101 --priority must
run pack --out "$work/pack.pdf" --lang ar
head -c 5 "$work/pack.pdf" | grep -q "%PDF"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/pack.pdf" - | PYTHONIOENCODING=utf-8 "$python" -c '
import sys
sys.exit(0 if any("\u0600" <= c <= "\u06ff" for c in sys.stdin.read()) else 1)' ||
    { echo "the Arabic pack has no Arabic text" >&2; exit 1; }
fi

step "French pack and Word pack (dates without Babel, Pyphen's hyphenation, a QR code, python-docx's template)"
internal="$folder/_internal"
[ -d "$internal" ] || internal="$folder"
for data in pyphen/dictionaries/hyph_fr.dic docx/templates/default.docx; do
  [ -e "$internal/$data" ] || { echo "the bundle lacks $data" >&2; exit 1; }
done
[ ! -e "$internal/babel" ] || { echo "the bundle carries Babel (35 MB of CLDR), unused" >&2; exit 1; }
run mark ppf:proj-2021-001 --priority should  # a project brief: its link's QR code (zxing-cpp)
run pack --out "$work/pack-fr.pdf" --lang fr | tee "$work/pack-fr.txt"
grep -q "1 project" "$work/pack-fr.txt" || { echo "the French pack lacks its project" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
  pdftotext "$work/pack-fr.pdf" - | grep -q "novembre 2021" ||
    { echo "the French pack has no French date" >&2; exit 1; }
fi
run pack --out "$work/pack.docx" --format docx --lang ar
"$python" - "$work/pack.docx" <<'PY'
import sys, zipfile
text = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
sys.exit(0 if "w:bidi" in text and any("\u0600" <= c <= "\u06ff" for c in text) else 1)
PY

step "Arabic and English screenshots"
run screenshot "$work/ar.png" --lang ar
run screenshot "$work/en.png" --lang en
test -s "$work/ar.png" && test -s "$work/en.png"
if cmp -s "$work/ar.png" "$work/en.png"; then
  echo "the Arabic screenshot is the English one" >&2
  exit 1
fi

step "sync from a loopback server"
run keygen --out "$work/feed"
run publish --out "$work/site" --key "$work/feed.key"
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$python" -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  "$python" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/catalogue.json.gz.sig')" 2>/dev/null && break
  sleep 0.2
done
run sources add loopback "http://127.0.0.1:$port/catalogue.json.gz" --kind briefer --key "$work/feed.pub"
run sync loopback | tee "$work/sync.txt"
run sources list | tee "$work/sources.txt"
grep -q "loopback.*applied" "$work/sources.txt"

step "portable mode"
portable="$folder/briefer-data"
[ ! -e "$portable" ] || { echo "$portable exists already: move it away first" >&2; exit 1; }
mkdir "$portable"
status=0
env -u BRIEFER_DATA_DIR "$program" info >"$work/portable.txt" 2>&1 || status=$?
rm -rf "$portable"
[ "$status" -eq 0 ] || { cat "$work/portable.txt" >&2; exit 1; }
grep "Data folder" "$work/portable.txt"
grep -q "Data folder: .*briefer-data" "$work/portable.txt"

step "windowed program"
gui="$folder/briefer-gui"
[ -x "$gui" ] || [ -x "$gui.exe" ] || { echo "no windowed program beside $program" >&2; exit 1; }
if [ -x "$gui" ]; then
  status=0
  BRIEFER_DATA_DIR="$work/data" timeout 15 "$gui" || status=$?
  [ "$status" -eq 124 ] || { echo "briefer-gui stopped with status $status" >&2; exit 1; }
  echo "briefer-gui ran until stopped"
fi
echo "bundle check passed"
