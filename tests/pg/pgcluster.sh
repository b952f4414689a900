#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (CTest fixture "pgcluster"):
#   pgcluster.sh start STATE_DIR   initdb + pg_ctl on a Unix socket in a new temporary folder
#                                  (no TCP), writes the admin URL to STATE_DIR/url
#   pgcluster.sh stop STATE_DIR    stops the cluster and removes its folder
# Run as root, the server runs as the `postgres` user (runuser). Without the server binaries
# (initdb, pg_ctl) start says "SKIPPED" and writes no URL: the PostgreSQL tests then exit 77,
# which CTest reports as skipped (SKIP_RETURN_CODE). installer/install-deps.sh installs them.
set -euo pipefail

action="${1:-}"
state="${2:-}"
if [ -z "$action" ] || [ -z "$state" ]; then
  echo "usage: pgcluster.sh start|stop STATE_DIR" >&2
  exit 2
fi
mkdir -p "$state"

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  done
}

stop_cluster() {
  [ -f "$state/dir" ] || return 0
  local dir bindir
  dir="$(cat "$state/dir")"
  bindir="$(cat "$state/bindir" 2>/dev/null || true)"
  if [ -n "$bindir" ] && [ -d "$dir/data" ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  case "$dir" in
    */rtcare-pg.*) rm -rf "$dir" ;;
  esac
  rm -f "$state/dir" "$state/url" "$state/bindir"
}

case "$action" in
  stop)
    stop_cluster
    echo "pgcluster: stopped"
    ;;
  start)
    stop_cluster # a cluster left by an interrupted run
    bindir="$(find_bindir || true)"
    if [ -z "$bindir" ]; then
      echo "pgcluster: SKIPPED: the PostgreSQL server (initdb, pg_ctl) is not installed;" \
           "the PostgreSQL tests will be skipped (installer/install-deps.sh installs it)"
      exit 0
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "pgcluster: SKIPPED: running as root but there is no 'postgres' user to run the server"
      exit 0
    fi
    dir="$(mktemp -d "${TMPDIR:-/tmp}/rtcare-pg.XXXXXX")"
    chmod 0755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    echo "$dir" > "$state/dir"
    echo "$bindir" > "$state/bindir"
    # The socket lives in our own folder, so the port only names the socket file: any port is
    # free there. One from the process id keeps parallel runs' logs apart.
    port=$(( 20000 + $$ % 20000 ))
    as_server "$bindir/initdb" -D "$dir/data" -U rtcare_admin --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; stop_cluster; echo "pgcluster: initdb failed" >&2; exit 1; }
    as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -p $port -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start >/dev/null || {
        cat "$dir/server.log" >&2; stop_cluster; echo "pgcluster: pg_ctl start failed" >&2; exit 1; }
    echo "postgresql://rtcare_admin@/postgres?host=$dir&port=$port" > "$state/url"
    echo "pgcluster: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on $dir, port $port"
    ;;
  *)
    echo "usage: pgcluster.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
