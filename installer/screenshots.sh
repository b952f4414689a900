#!/usr/bin/env bash
# Takes the README's screenshots: the real rtcare window under Xvfb, on a fresh demo
# database, in Chinese and English, light and dark. Needs a build (installer/dev.sh test),
# ImageMagick and, to show a selected ticket, xdotool.
#   installer/screenshots.sh [OUTPUT_DIR]     (default: resources/screenshots)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${BUILD_DIR:-$root/build}"
out="${1:-$root/resources/screenshots}"
rtcare="$build/app/rtcare"

for tool in xvfb-run import; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
[ -x "$rtcare" ] || { echo "screenshots: build first ($rtcare not found)" >&2; exit 1; }
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Settings of the screenshot runs live in the work folder, never in the user's own.
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/RTCare"
"$rtcare" --db "$work/demo.sqlite" demo-data --tickets 5000 --seed 1 >/dev/null

shoot() { # LANG THEME FILE
  printf '[ui]\ntheme=%s\nnotifications=false\n' "$2" > "$XDG_CONFIG_HOME/RTCare/rtcare.conf"
  xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" bash -c '
    "$0" --db "$1" --lang "$2" &
    pid=$!
    sleep "${SHOT_DELAY:-4}"
    # Select the third ticket so the detail pane shows (when xdotool is installed).
    if command -v xdotool >/dev/null; then xdotool mousemove 300 148 click 1; sleep 1; fi
    import -window root "$3"
    kill $pid' "$rtcare" "$work/demo.sqlite" "$1" "$3"
  echo "screenshots: wrote $3"
}
for lang in zh_CN en; do
  shoot "$lang" light "$out/queue-$lang.png"
  shoot "$lang" dark "$out/queue-$lang-dark.png"
done
