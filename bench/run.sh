#!/usr/bin/env bash
# Seeds FrontDoor, then drives report submissions and tracking reads against it with wrk, printing
# throughput and p50/p99 latency for each, on SQLite and on PostgreSQL.
# Usage: bench/run.sh [drafts to submit, default 1500] [seconds of tracking reads, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
cleanup() { stop_app; stop_services; forget_mail; }
trap cleanup EXIT

DRAFTS_COUNT=${1:-1500}
TRACK_SECONDS=${2:-15}
THREADS=2
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
start_postgres

run_one() {
  local provider=$1 connection=$2
  local work="$SERVICES_DIR/$provider"
  start_app "$provider" "$connection" "$work"
  local base=$BASE

  python3 bench/prepare.py "$base" "$DRAFTS_COUNT" "$work/drafts.tsv"
  echo "== $provider: report submissions ($DRAFTS_COUNT drafts sent once each, $THREADS threads)"
  DRAFTS="$work/drafts.tsv" THREADS=$THREADS wrk -t$THREADS -c$THREADS -d60s --latency -s bench/submit.lua "$base" > "$work/submit.txt"
  summarise "$work/submit.txt"
  grep "Submissions/sec" "$work/submit.txt" | sed 's/^/   /'

  references "$provider" "$connection" > "$work/refs.txt"
  python3 bench/track_links.py "$base" "$work/refs.txt" "$work/links.txt"
  echo "== $provider: tracking reads ($(wc -l < "$work/links.txt") requests' pages, 16 connections, ${TRACK_SECONDS}s)"
  LINKS="$work/links.txt" wrk -t$THREADS -c16 -d"${TRACK_SECONDS}s" --latency -s bench/track.lua "$base" > "$work/track.txt"
  summarise "$work/track.txt"
  stop_app
}

# 200 references and their emails, read from the database the app wrote.
references() {
  echo 'SELECT c."Reference", u."Email" FROM "Cases" c JOIN "Customers" u ON u."Id" = c."CustomerId" ORDER BY c."Id" LIMIT 200' | run_sql "$1" "$2"
}

run_one sqlite "Data Source=$SERVICES_DIR/bench.db"
[ -n "${SQLITE_ONLY:-}" ] || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
[ -n "${SQLITE_ONLY:-}" ] || run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
