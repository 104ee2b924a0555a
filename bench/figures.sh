#!/usr/bin/env bash
# Fills FrontDoor with N cases over three years (default 10,000,000, with contacts, satisfaction answers and
# complaints), rebuilds the performance figures from scratch (printing the time), then measures the staff
# dashboard (a month, a year, a range of days, a filtered year, the complaints report) and the public
# performance page and open data, printing the first request's time (which reads the figures) and then p50/p99
# latency with wrk (whose requests get what the first read, until the next rollup round), on SQLite and PostgreSQL.
# Usage: bench/figures.sh [cases, default 10000000] [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
cleanup() { stop_app; stop_services; forget_mail; }
trap cleanup EXIT

CASES=${1:-10000000}
SECONDS_EACH=${2:-10}
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
start_postgres

measure() {  # measure NAME URL...
  local name=$1; shift
  printf '%s\n' "$@" > "$work/urls.txt"
  echo "-- $name"
  # The first request reads the figures; the rest get what it read, held until the next rollup round.
  curl -s -o /dev/null -w "   first request %{time_total}s\n" ${cookie:+-H "Cookie: $cookie"} "$BASE$1"
  URLS="$work/urls.txt" COOKIE="${cookie:-}" wrk -t2 -c4 -d2s -s bench/pages.lua "$BASE" > /dev/null
  URLS="$work/urls.txt" COOKIE="${cookie:-}" wrk -t2 -c4 -d"${SECONDS_EACH}s" --latency -s bench/pages.lua "$BASE" > "$work/wrk.txt"
  summarise "$work/wrk.txt"
}

run_one() {
  local provider=$1 connection=$2
  work="$SERVICES_DIR/figures-$provider"
  start_app "$provider" "$connection" "$work"   # migrates and seeds the demo council
  stop_app
  echo "== $provider: seeding $CASES cases"
  local started=$SECONDS
  python3 bench/seed-figures.py "$provider" "$CASES" | run_sql "$provider" "$connection"
  echo "   seeded in $((SECONDS - started))s"
  echo "== $provider: rebuild-figures"
  Database__Provider=$provider ConnectionStrings__FrontDoor="$connection" DataProtection__KeysFolder="$work/keys" Logging__LogLevel__Default=Warning \
    dotnet src/FrontDoor/bin/Release/net10.0/FrontDoor.dll --contentRoot "$PWD/src/FrontDoor" rebuild-figures | sed -u 's/^/   /'
  start_app "$provider" "$connection" "$work"
  cookie=$(python3 bench/staff_sign_in.py "$BASE" manager@ashworth.example "$PASSWORD" "$KEY")
  local month year quarter
  month=$(date +month-%Y-%m); year=year-$(date -d '-3 months' +%Y); quarter=quarter-$(date -d "$(date +%Y-%m-01) -$(( ($(date +%-m) + 8) % 3 )) months" +%Y-%m)
  measure "dashboard: this month" "/staff/performance?period=$month"
  measure "dashboard: this quarter" "/staff/performance?period=$quarter"
  measure "dashboard: financial year" "/staff/performance?period=$year"
  measure "dashboard: a range of 45 days" "/staff/performance?period=custom&from-day=10&from-month=$(date -d '-2 months' +%-m)&from-year=$(date -d '-2 months' +%Y)&to-day=24&to-month=$(date -d '-1 months' +%-m)&to-year=$(date -d '-1 months' +%Y)"
  measure "dashboard: a year, one ward and channel" "/staff/performance?period=$year&ward=Castle&channel=Phone"
  measure "complaints report: a year" "/staff/performance/complaints?period=$year"
  cookie=""
  measure "public page" "/performance"
  measure "open data (JSON)" "/performance/data.json"
  stop_app
}

run_one sqlite "Data Source=$SERVICES_DIR/figures-bench.db"
[ -n "${SQLITE_ONLY:-}" ] || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
[ -n "${SQLITE_ONLY:-}" ] || run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
