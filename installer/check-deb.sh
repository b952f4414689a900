#!/usr/bin/env bash
# Builds the DEB from a finished build and checks it the way a distribution would:
# lintian (no errors), desktop-file-validate, appstreamcli validate, then installs it with
# apt, runs the installed rtcare (version and a headless command), and removes it again.
#   installer/check-deb.sh BUILD_DIR
# Exit 77 (skipped) where packages cannot be installed: not Debian/Ubuntu, or neither root
# nor password-less sudo.
set -euo pipefail
build="$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

command -v dpkg-deb >/dev/null && command -v apt-get >/dev/null || { echo "check-deb: not a Debian system, skipped"; exit 77; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else echo "check-deb: needs root or password-less sudo, skipped"; exit 77; fi
fi
for tool in lintian desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "check-deb: $tool is missing (installer/install-deps.sh installs it)" >&2; exit 1; }
done

cd "$build"
rm -f rtcare_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; exit 1; }
deb="$(ls rtcare_*.deb)"
echo "check-deb: built $deb"

# --fail-on error: any lintian error fails the check (warnings are shown).
lintian --fail-on error --display-level ">=warning" "$deb"
echo "check-deb: lintian reports no errors"

desktop-file-validate "$here/linux/org.rtcare.RTCare.desktop"
appstreamcli validate --no-net --explain installer/org.rtcare.RTCare.metainfo.xml
echo "check-deb: desktop entry and AppStream metadata are valid"

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >apt-install.log 2>&1 \
  || { cat apt-install.log >&2; exit 1; }
trap '$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq rtcare >/dev/null 2>&1 || true' EXIT
[ -x /usr/bin/rtcare ] || { echo "check-deb: /usr/bin/rtcare missing after install" >&2; exit 1; }
version="$(/usr/bin/rtcare --version)"
echo "check-deb: installed: $version"
case "$version" in "rtcare $(dpkg-deb -f "$deb" Version)") ;; *) echo "check-deb: version mismatch" >&2; exit 1 ;; esac
db="$(mktemp -d)/check.sqlite"
QT_QPA_PLATFORM=offscreen /usr/bin/rtcare --db "$db" demo-data --tickets 50 --seed 3 >/dev/null
count="$(/usr/bin/rtcare --db "$db" list --json | grep -c '"number"')"
[ "$count" -eq 50 ] || { echo "check-deb: installed rtcare listed $count tickets, expected 50" >&2; exit 1; }
echo "check-deb: the installed rtcare ran headless (50 tickets listed)"
# The headless executable does not link the GUI libraries; the drawn report loads the
# installed window module from its place under lib/.
if ldd /usr/bin/rtcare | grep -E 'libQt6(Widgets|Gui|Charts)' >&2; then
  echo "check-deb: /usr/bin/rtcare links the GUI libraries" >&2; exit 1
fi
QT_QPA_PLATFORM=offscreen /usr/bin/rtcare --db "$db" report --format pdf --out "${db%.sqlite}.pdf"
[ -s "${db%.sqlite}.pdf" ] || { echo "check-deb: the installed rtcare wrote no PDF report" >&2; exit 1; }
echo "check-deb: the installed window module drew a PDF report"
if command -v man >/dev/null; then man -w rtcare >/dev/null && echo "check-deb: man page installed"; fi

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq rtcare >/dev/null
trap - EXIT
if [ -e /usr/bin/rtcare ]; then
  echo "check-deb: /usr/bin/rtcare is still there after removal" >&2; exit 1
fi
if dpkg-query -W -f='${Status}' rtcare 2>/dev/null | grep -q "install ok installed"; then
  echo "check-deb: rtcare is still installed after removal" >&2; exit 1
fi
echo "check-deb: removed cleanly"
