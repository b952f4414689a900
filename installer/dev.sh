#!/usr/bin/env bash
# The newcomer's two commands (see README.md):
#   installer/dev.sh demo   install what is missing, build, open RTCare on a fresh demo database
#   installer/dev.sh test   install what is missing, build, run the whole test suite
# Options come from the environment: BUILD_DIR (default: build), DEMO_TICKETS (default: 5000).
# With CI set (as CI services do), warnings are errors.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${BUILD_DIR:-$root/build}"
mode="${1:-}"

case "$mode" in
  demo|test) ;;
  *) echo "usage: installer/dev.sh demo|test" >&2; exit 2 ;;
esac

"$here/install-deps.sh"

generator=()
if command -v ninja >/dev/null 2>&1 && [ ! -f "$build/CMakeCache.txt" ]; then
  generator=(-G Ninja)
fi
werror=OFF
if [ -n "${CI:-}" ]; then werror=ON; fi

cmake -S "$root" -B "$build" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRTCARE_WERROR="$werror"
jobs="$(nproc 2>/dev/null || echo 2)"
cmake --build "$build" --parallel "$jobs"

if [ "$mode" = test ]; then
  cd "$build"
  exec ctest --output-on-failure --parallel "$jobs"
fi

db="$build/demo.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
"$build/app/rtcare" --db "$db" demo-data --tickets "${DEMO_TICKETS:-5000}" --seed 1
exec "$build/app/rtcare" --db "$db" "${@:2}"
