#!/usr/bin/env bash
# Drives Open311 as FixMyStreet would: POST requests (each a new report through the full intake, with its
# acknowledgement and webhook event written in the same transaction) and GET requests/{id}, printing throughput
# and p50/p99 for each, on SQLite and on PostgreSQL.
# Usage: bench/open311.sh [seconds per run, default 20]; POST_CONNECTIONS/POST_THREADS change the submitting load (default 4/2).
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
cleanup() { stop_app; stop_services; forget_mail; }
trap cleanup EXIT

SECONDS_EACH=${1:-20}
API_KEY=$(grep -oP 'DemoApiKey = "\K[^"]+' src/FrontDoor/Features/DemoCouncil/DemoSeeder.cs)
export API_KEY
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
start_postgres

run_one() {
  local provider=$1 connection=$2
  local work="$SERVICES_DIR/open311-$provider"
  start_app "$provider" "$connection" "$work"
  # The demo client's allowance is lifted so the bench measures the server, not the limiter.
  echo "UPDATE \"ApiClients\" SET \"RequestsPerMinute\" = 100000000" | run_sql "$provider" "$connection"
  stop_app
  start_app "$provider" "$connection" "$work"

  # A few seconds first, not counted, so start-up compilation is not in the percentiles.
  wrk -t2 -c4 -d3s -s bench/open311_post.lua "$BASE" > /dev/null
  echo "== $provider: Open311 POST requests.xml (2 threads, 4 connections, ${SECONDS_EACH}s)"
  wrk -t${POST_THREADS:-2} -c${POST_CONNECTIONS:-4} -d"${SECONDS_EACH}s" --latency -s bench/open311_post.lua "$BASE" > "$work/post.txt"
  summarise "$work/post.txt"

  echo 'SELECT "Reference" FROM "Cases" WHERE "Channel" = '"'Api'"' ORDER BY "Id" DESC LIMIT 500' | run_sql "$provider" "$connection" > "$work/refs.txt"
  echo "== $provider: Open311 GET requests/{id}.json ($(wc -l < "$work/refs.txt") cases, 2 threads, 8 connections, ${SECONDS_EACH}s)"
  REFS="$work/refs.txt" wrk -t2 -c8 -d"${SECONDS_EACH}s" --latency -s bench/open311_get.lua "$BASE" > "$work/get.txt"
  summarise "$work/get.txt"
  stop_app
}

run_one sqlite "Data Source=$SERVICES_DIR/open311-bench.db"
[ -n "${SQLITE_ONLY:-}" ] || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
[ -n "${SQLITE_ONLY:-}" ] || run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
