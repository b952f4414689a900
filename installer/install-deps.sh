#!/usr/bin/env bash
# Installs what RTCare needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Idempotent: packages already present are skipped. Uses sudo when not root.
# PostgreSQL (server and Qt's QPSQL driver) is for team mode and its tests: CTest starts a
# throwaway cluster of its own (tests/pg/pgcluster.sh); the tests are skipped without it.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev qt6-qpa-plugins libgl-dev tzdata
  libqt6sql6-psql postgresql qtkeychain-qt6-dev
  catch2 libcsv-dev libfasttext-dev clang-14 libclang-rt-14-dev
  xvfb xauth fonts-noto-cjk qt6-translations-l10n
  lintian desktop-file-utils appstream dpkg-dev file poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: apt-get not found; this script supports Debian and Ubuntu." >&2
  echo "install-deps: see README.md for macOS (Homebrew) and Windows (vcpkg)." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
