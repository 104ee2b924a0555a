#!/usr/bin/env bash
# Fills FrontDoor with N cases (default 1,000,000), then measures the staff queue page (each view,
# filtered and deep pages) and the case page with wrk, printing p50/p99 latency, on SQLite and PostgreSQL.
# Usage: bench/staff.sh [cases, default 1000000] [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
cleanup() { stop_app; stop_services; forget_mail; }
trap cleanup EXIT

CASES=${1:-1000000}
SECONDS_EACH=${2:-10}
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
start_postgres

run_one() {
  local provider=$1 connection=$2
  local work="$SERVICES_DIR/staff-$provider"
  start_app "$provider" "$connection" "$work"   # migrates and seeds the demo council
  stop_app
  echo "== $provider: seeding $CASES cases"
  local started=$SECONDS
  python3 bench/seed-cases.py "$provider" "$CASES" | run_sql "$provider" "$connection"
  echo "   seeded in $((SECONDS - started))s"
  start_app "$provider" "$connection" "$work"
  local cookie; cookie=$(python3 bench/staff_sign_in.py "$BASE" "$ADMIN" "$PASSWORD" "$KEY")

  # The largest team's queue: every view, a filter, and a deep page.
  local team="Street+Cleansing"
  for view in unassigned due-soon overdue on-hold open resolved "open&ward=Castle&channel=Phone" "open&page=40"; do
    echo "/staff/queue?team=$team&view=$view" > "$work/urls.txt"
    echo "-- queue: $view"
    URLS="$work/urls.txt" COOKIE="$cookie" wrk -t2 -c4 -d2s -s bench/pages.lua "$BASE" > /dev/null   # warm-up, not counted
    URLS="$work/urls.txt" COOKIE="$cookie" wrk -t2 -c4 -d"${SECONDS_EACH}s" --latency -s bench/pages.lua "$BASE" > "$work/queue.txt"
    summarise "$work/queue.txt"
  done

  echo 'SELECT "Reference" FROM "Cases" WHERE "Id" % 997 = 0 LIMIT 500' | run_sql "$provider" "$connection" | sed 's|^|/staff/cases/|' > "$work/urls.txt"
  echo "-- case page ($(wc -l < "$work/urls.txt") different cases; each view writes an audit entry)"
  URLS="$work/urls.txt" COOKIE="$cookie" wrk -t2 -c4 -d2s -s bench/pages.lua "$BASE" > /dev/null
  URLS="$work/urls.txt" COOKIE="$cookie" wrk -t2 -c4 -d"${SECONDS_EACH}s" --latency -s bench/pages.lua "$BASE" > "$work/case.txt"
  summarise "$work/case.txt"
  stop_app
}

run_one sqlite "Data Source=$SERVICES_DIR/staff-bench.db"
[ -n "${SQLITE_ONLY:-}" ] || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
[ -n "${SQLITE_ONLY:-}" ] || run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
