#!/usr/bin/env bash
# Takes the README's screenshots: the real rtcare window under Xvfb, on a fresh demo
# database, in Chinese and English, light and dark, and the Reports window (light). Needs a
# build (installer/dev.sh test), ImageMagick and, to show a selected ticket and to open the
# Reports window, xdotool (sqlite3 adds sample replies for the reply-quality panel).
#   installer/screenshots.sh [OUTPUT_DIR]     (default: resources/screenshots)
#   SCREENSHOTS=flow|queue|reports installer/screenshots.sh    only that set
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

# The dashboard's reply-quality panel needs sent replies and commitments, which demo-data
# does not make: a reply for each answered ticket of the last 40 days, from four agents, a
# few with a tone finding, and a one-day call-back promise in every third (with sqlite3).
if command -v sqlite3 >/dev/null; then
  sqlite3 "$work/demo.sqlite" <<'SQL'
INSERT INTO replies (ticket_id, sent_at, actor, text, templates, findings)
SELECT id, first_response_at,
       CASE id % 4 WHEN 0 THEN '王芳' WHEN 1 THEN '李强' WHEN 2 THEN '陈静' ELSE '赵磊' END,
       'demo reply', '[]',
       CASE WHEN id % 7 = 0 THEN '[{"category":"vague_advice"}]'
            WHEN id % 11 = 0 THEN '[{"category":"empty_apology"},{"category":"over_promise"}]'
            WHEN id % 23 = 0 THEN '[{"category":"blame"}]'
            ELSE '[]' END
FROM tickets
WHERE first_response_at IS NOT NULL AND first_response_at > CAST(strftime('%s', 'now') AS INTEGER) - 40 * 86400;
INSERT INTO commitments (ticket_id, reply_id, promised_at, due_at, text, state, closed_at)
SELECT ticket_id, id, sent_at, sent_at + 86400, 'call back with the result',
       CASE WHEN sent_at + 86400 > CAST(strftime('%s', 'now') AS INTEGER) - 3600 THEN 'open'
            WHEN id % 8 = 0 THEN 'broken' WHEN id % 151 = 0 THEN 'open' ELSE 'kept' END,
       CASE WHEN sent_at + 86400 > CAST(strftime('%s', 'now') AS INTEGER) - 3600 OR id % 151 = 0
            THEN NULL ELSE sent_at + 80000 END
FROM replies WHERE id % 3 = 0;
SQL
fi

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
# The Reports window (View → Reports…, opened with its menu mnemonics) alone, moved to the
# corner of a larger screen so the whole window is on it.
shoot_reports() { # LANG FILE
  command -v xdotool >/dev/null || { echo "screenshots: xdotool is missing, no $2" >&2; return 0; }
  printf '[ui]\ntheme=light\nnotifications=false\n' > "$XDG_CONFIG_HOME/RTCare/rtcare.conf"
  xvfb-run -a -s "-screen 0 1400x1200x24 -dpi 96" bash -c '
    "$0" --db "$1" --lang "$2" &
    pid=$!
    sleep "${SHOT_DELAY:-4}"
    # No window manager: a click on the empty ticket pane gives the window the keyboard (a
    # click on the toolbar does not).
    main=$(xdotool search --name "^RTCare$" | tail -n 1)
    xdotool windowmove "$main" 0 0; xdotool windowsize "$main" 1366 768; sleep 1
    xdotool mousemove 1150 400 click 1; sleep 1
    xdotool key alt+v; sleep 1; xdotool key r; sleep "${REPORT_DELAY:-4}"
    wid=$(xdotool search --name "^(Reports|报表)$" | head -n 1)
    if [ -n "$wid" ]; then
      xdotool windowmove "$wid" 0 0 windowsize "$wid" 1280 1130; sleep 3
      import -window "$wid" "$3"
    else
      echo "screenshots: the Reports window did not open" >&2
    fi
    kill $pid' "$rtcare" "$work/demo.sqlite" "$1" "$2"
  if [ -f "$2" ]; then echo "screenshots: wrote $2"; fi
}
# An agent's first complaint at 1366x768, by keyboard as in tests/ui/test_agentflow.cpp:
# the pasted message in the new-ticket form, the first reply from templates (a blaming
# sentence replaced with Alt+Enter), then the diagnosis and the call statistics. Needs
# xdotool and xclip (the customer's words arrive by the clipboard, as pasted from a chat).
fixtures="${RTCARE_FIXTURES_DIR:-$root/../shared/fixtures/rtc-stats}"
shoot_flow() { # LANG
  for tool in xdotool xclip; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing, no flow-*-$1.png" >&2; return 0; }
  done
  printf '[ui]\ntheme=light\nnotifications=false\n' > "$XDG_CONFIG_HOME/RTCare/rtcare.conf"
  cp "$work/demo.sqlite" "$work/flow-$1.sqlite"
  if [ "$1" = zh_CN ]; then
    name='王芳'
    complaint='你好，我们直播连麦的时候画面一直卡，声音也断断续续，对方说还有回声。用的是家里的Wi-Fi，手机是 iPhone 13。今晚还要直播，麻烦尽快看看。'
    blame='您那边网络太差。'
    callback='明天18:00'
  else
    name='Emma Stone'
    complaint="Hi, when we co-host a live stream the picture keeps freezing and the sound breaks up, and the other host hears an echo. We're on home Wi-Fi, the phone is an iPhone 13. We have another stream tonight, please help quickly."
    blame=' Your network is bad.'
    callback='6 pm tomorrow'
  fi
  xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" bash -c '
    rtcare=$0 db=$1 lang=$2 out=$3 name=$4 complaint=$5 blame=$6 callback=$7 stats=$8
    "$rtcare" --db "$db" --lang "$lang" &
    pid=$!
    sleep "${SHOT_DELAY:-4}"
    main=$(xdotool search --name "^RTCare$" | tail -n 1)
    xdotool windowmove "$main" 0 0; xdotool windowsize "$main" 1366 768; sleep 1
    # No window manager: a click on the empty ticket pane gives the window the keyboard.
    xdotool mousemove 1150 400 click 1; sleep 1
    # 256 colours keep each picture near 150 kB.
    shot() { sleep "${2:-1}"; f="$out/flow-$1-$lang.png"; import -window root "$f"; convert "$f" -strip -colors 256 "PNG8:$f"; echo "screenshots: wrote $f"; }
    paste() { printf "%s" "$1" | xclip -selection clipboard; xdotool key ctrl+v; }
    xdotool key ctrl+n; sleep 1
    paste "$name"; xdotool key alt+p; paste "$complaint"
    shot 1-new
    xdotool key ctrl+Return; sleep 1.5
    xdotool key Return; paste "$blame"
    shot 2-draft
    keys() { for k in "$@"; do xdotool key "$k"; sleep 0.3; done; }
    keys alt+Return ctrl+t Down Down Return; paste "$callback"
    shot 3-reply
    keys ctrl+Return alt+2
    shot 4-diagnosis
    keys alt+3 space; sleep 1.5
    xdotool type --delay 5 "$stats"; xdotool key Return; sleep 0.5
    # Enter may first close the file-name suggestions.
    if xdotool search --name "^(Attach call statistics|附加通话统计)$" >/dev/null 2>&1; then xdotool key Return; fi
    shot 5-evidence 4
    kill $pid' "$rtcare" "$work/flow-$1.sqlite" "$1" "$out" "$name" "$complaint" "$blame" "$callback" \
    "$fixtures/03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json"
}

# SCREENSHOTS=flow (or queue, reports) takes only that set.
only="${SCREENSHOTS:-all}"
for lang in zh_CN en; do
  case "$only" in all|flow) shoot_flow "$lang" ;; esac
  case "$only" in all|queue)
    shoot "$lang" light "$out/queue-$lang.png"
    shoot "$lang" dark "$out/queue-$lang-dark.png" ;;
  esac
  case "$only" in all|reports) shoot_reports "$lang" "$out/reports-$lang.png" ;; esac
done
