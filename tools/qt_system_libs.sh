#!/usr/bin/env bash
# Before `make run` on Linux: the system libraries Qt's X11 (xcb) plugin needs and pip cannot
# bring. Missing ones are installed with apt-get where that is possible, else named.
# Usage: tools/qt_system_libs.sh PYTHON
set -euo pipefail
python=${1:-python3}

[ "$(uname -s)" = Linux ] || exit 0
[ -n "${DISPLAY:-}" ] || exit 0
case "${QT_QPA_PLATFORM:-xcb}" in xcb*) ;; *) exit 0 ;; esac

plugin=$("$python" -c 'import pathlib, PySide6
print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
[ -f "$plugin" ] || exit 0

declare -A package=(
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xkb.so.1]=libxcb-xkb1 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libxkbcommon.so.0]=libxkbcommon0 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-xinerama.so.0]=libxcb-xinerama0
  [libxcb-render.so.0]=libxcb-render0 [libxcb-util.so.1]=libxcb-util1
  [libxcb-xinput.so.0]=libxcb-xinput0 [libX11-xcb.so.1]=libx11-xcb1
  [libxcb.so.1]=libxcb1 [libX11.so.6]=libx11-6 [libEGL.so.1]=libegl1
  [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3
)

missing=()
for soname in $(ldd "$plugin" | awk '/not found/ {print $1}' | sort -u); do
  missing+=("${package[$soname]:-$soname}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Qt's X11 plugin needs: ${missing[*]}"
if command -v apt-get >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y -q "${missing[@]}"
    exit 0
  elif command -v sudo >/dev/null; then
    sudo apt-get install -y -q "${missing[@]}"
    exit 0
  fi
fi
echo "Install them with your system's package manager, then run make run again." >&2
exit 1
