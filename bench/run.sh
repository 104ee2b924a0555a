#!/usr/bin/env bash
# Seeds FrontDoor, then drives report submissions and tracking reads against it with wrk, printing
# throughput and p50/p99 latency for each, on SQLite and on PostgreSQL.
# Usage: bench/run.sh [drafts to submit, default 1500] [seconds of tracking reads, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; stop_services; }
trap cleanup EXIT

DRAFTS_COUNT=${1:-1500}
TRACK_SECONDS=${2:-15}
THREADS=2
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
start_postgres

run_one() {
  local provider=$1 connection=$2 port; port=$(free_port)
  local base="http://127.0.0.1:$port" work="$SERVICES_DIR/$provider"
  mkdir -p "$work"
  Database__Provider=$provider ConnectionStrings__FrontDoor="$connection" DataProtection__KeysFolder="$work/keys" \
    Email__PickupDirectory="$work/mail" Tracking__AttemptsPerMinute=1000000 ASPNETCORE_URLS=$base Logging__LogLevel__Default=Warning \
    dotnet src/FrontDoor/bin/Release/net10.0/FrontDoor.dll --contentRoot "$PWD/src/FrontDoor" >"$work/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done

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
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

# 200 references and their emails, read from the database the app wrote.
references() {
  local sql='SELECT c."Reference", u."Email" FROM "Cases" c JOIN "Customers" u ON u."Id" = c."CustomerId" ORDER BY c."Id" LIMIT 200'
  if [ "$1" = postgres ]; then psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d frontdoor_bench -At -F ' ' -c "$sql"
  else python3 -c "import sqlite3,sys; [print(*r) for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2])]" "${2#Data Source=}" "$sql"; fi
}

summarise() {
  awk '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /requests in/ { n = $1 } /Non-2xx/ { bad = $4 }
       END { printf "   %s requests, %s req/s, p50 %s, p99 %s, non-2xx %s\n", n, rps, p50, p99, (bad == "" ? 0 : bad) }' "$1"
}

run_one sqlite "Data Source=$SERVICES_DIR/bench.db"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
