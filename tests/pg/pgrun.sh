#!/usr/bin/env bash
# pgrun.sh STATE_DIR COMMAND...: runs COMMAND against the cluster pgcluster.sh started, with
# RTCARE_TEST_ENGINE=postgresql and RTCARE_TEST_PG_URL (the admin URL) in its environment.
# Exits 77 (skipped) when no cluster runs (the server is not installed).
set -euo pipefail
state="$1"; shift
if [ ! -s "$state/url" ]; then
  echo "SKIPPED: no PostgreSQL test cluster (see pg.cluster.start: the server is not installed)"
  exit 77
fi
export RTCARE_TEST_ENGINE=postgresql
RTCARE_TEST_PG_URL="$(cat "$state/url")"
export RTCARE_TEST_PG_URL
exec "$@"
