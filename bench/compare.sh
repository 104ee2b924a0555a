#!/usr/bin/env bash
# FrontDoor beside the machine's own limit: the limit app (bench/limit: a form parsed and one row inserted, or one row
# read by key, on each database) and FrontDoor's intake, reads and catalogue pages, all with the same wrk settings
# (1 thread, 8 connections), printing each figure and its ratio to the limit, on SQLite and on PostgreSQL.
# Usage: bench/compare.sh [seconds per run, default 15]; DRAFTS (default 2500) web forms are prepared for the form's run;
# SQLITE_ONLY=1 skips PostgreSQL. Each run follows WARM seconds (default 10) of the same load, unmeasured: .NET compiles
# hot code again, optimised, over the first minute or so under load, and a figure taken before then is the compiler's:
# so the first run after each start warms for WARM_FIRST seconds (default 60) instead. (PostgreSQL's Open311 intake, the
# first run, in 10 s runs from a cold start: 160, 240, 342, 388, 559, 525 req/s; after 40 s it was still climbing.)
# After the API intake runs it prints how many messages and webhook events were still to send (how far the senders were
# behind) and how long they took to catch up, and waits for them, so the runs after it are measured on their own.
# After the runs it prints FrontDoor's memory (resident set) after the intake runs and after the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
LIMIT_PID=""
stop_limit() { [ -n "$LIMIT_PID" ] && kill "$LIMIT_PID" 2>/dev/null && wait "$LIMIT_PID" 2>/dev/null; LIMIT_PID=""; }
cleanup() { stop_limit; stop_app; stop_services; forget_mail; }
trap cleanup EXIT

SECONDS_EACH=${1:-15}
CONNECTIONS=8
API_KEY=$(grep -oP 'DemoApiKey = "\K[^"]+' src/FrontDoor/Features/DemoCouncil/DemoSeeder.cs)
export API_KEY
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
dotnet build bench/limit -c Release -nologo -v quiet
start_postgres

# measure NAME LIMIT WRK-ARGS...: runs wrk and prints a row; sets RPS. LIMIT is the limit's figure to compare with (or -).
measure() {
  local name=$1 limit=$2; shift 2
  local out; out=$(mktemp)
  if [ "${WARM:-10}" != 0 ]; then wrk -t1 -c$CONNECTIONS -d"${WARM:-10}s" "$@" > /dev/null; fi
  wrk -t1 -c$CONNECTIONS -d"${SECONDS_EACH}s" --latency "$@" > "$out"
  RPS=$(awk '/Submissions\/sec/ { s = $2 } /Requests\/sec/ { r = $2 } END { print (s != "" ? s : r) }' "$out")
  awk -v name="$name" -v rps="$RPS" -v limit="$limit" '/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Non-2xx/ { bad = $5 }
    END { ratio = (limit == "-" || limit == 0) ? "" : sprintf("%.3f", rps / limit);
          printf "| %-34s | %9.0f | %8s | %8s | %6s | %s\n", name, rps, p50, p99, ratio, (bad == "" ? "" : bad " non-2xx") }' "$out"
  # WRK_OUT=dir keeps each run's whole wrk output there, to look into a figure.
  if [ -n "${WRK_OUT:-}" ]; then mkdir -p "$WRK_OUT"; cp "$out" "$WRK_OUT/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-').txt"; fi
  rm -f "$out"
}

unsent() {
  echo 'SELECT (SELECT count(*) FROM "OutboxMessages" WHERE "SentAt" IS NULL AND "FailedAt" IS NULL)
    + (SELECT count(*) FROM "OutboxEvents" WHERE "DeliveredAt" IS NULL)' | run_sql "$1" "$2"
}

drain_outbox() {
  local provider=$1 connection=$2 waiting left started=$SECONDS
  waiting=$(unsent "$provider" "$connection"); left=$waiting
  while [ "$left" -gt 0 ] && [ $((SECONDS - started)) -lt 300 ]; do sleep 1; left=$(unsent "$provider" "$connection"); done
  printf '| %-34s | %9s | %8s | %8s | %6s | %s\n' "messages and events still to send" "$waiting" "" "" "" "$([ "$left" -eq 0 ] && echo "all sent $((SECONDS - started)) s later" || echo "$left still unsent after $((SECONDS - started)) s")"
}

start_limit() {
  local provider=$1 connection=$2 port; port=$(free_port)
  LIMIT_BASE="http://127.0.0.1:$port"
  ASPNETCORE_URLS=$LIMIT_BASE dotnet bench/limit/bin/Release/net10.0/Limit.dll --Provider "$provider" --ConnectionString "$connection" \
    >"$SERVICES_DIR/limit-$provider.log" 2>&1 &
  LIMIT_PID=$!
  for _ in $(seq 1 150); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$LIMIT_BASE/items/1")" != 000 ] && return 0; sleep 0.2; done
  echo "The limit app did not start" >&2; cat "$SERVICES_DIR/limit-$provider.log" >&2; return 1
}

run_one() {
  local provider=$1 connection=$2 limit_connection=$3
  local work="$SERVICES_DIR/compare-$provider"
  mkdir -p "$work"
  echo "== $provider (wrk: 1 thread, $CONNECTIONS connections, ${SECONDS_EACH}s each)"
  echo "| What                               |     req/s |      p50 |      p99 | ratio  |"
  echo "| --- | ---: | ---: | ---: | ---: |"

  start_limit "$provider" "$limit_connection"
  WARM=${WARM_FIRST:-60} measure "limit: form parse + one insert" - -s bench/limit_post.lua "$LIMIT_BASE"; local write=$RPS
  ROWS=1000 measure "limit: one read by key" - -s bench/limit_get.lua "$LIMIT_BASE"; local read=$RPS
  stop_limit

  start_app "$provider" "$connection" "$work"
  # The demo client's allowance is lifted so the bench measures the server, not the limiter.
  echo "UPDATE \"ApiClients\" SET \"RequestsPerMinute\" = 100000000" | run_sql "$provider" "$connection"
  stop_app
  start_app "$provider" "$connection" "$work"
  WARM=${WARM_FIRST:-60} measure "intake: Open311 POST requests" "$write" -s bench/open311_post.lua "$BASE"
  measure "intake: REST POST /api/v1/cases" "$write" -s bench/rest_post.lua "$BASE"
  local rss_after_intake; rss_after_intake=$(ps -o rss= -p "$APP_PID")
  # The messages and webhook events the API intake runs wrote, still to send: how far the senders were behind, and how long
  # they take to catch up. Later runs start once they have, so each figure is of what it names.
  drain_outbox "$provider" "$connection"
  python3 bench/prepare.py "$BASE" "${DRAFTS:-2500}" "$work/drafts.tsv"
  # Each prepared form is sent once, so none are spent warming up (the intake behind it is warm from the runs before).
  WARM=0 DRAFTS="$work/drafts.tsv" THREADS=1 CONNECTIONS=$CONNECTIONS measure "intake: web form's final submission" "$write" -s bench/submit.lua "$BASE"

  echo 'SELECT "Reference" FROM "Cases" WHERE "Channel" = '"'Api'"' ORDER BY "Id" DESC LIMIT 500' | run_sql "$provider" "$connection" > "$work/refs.txt"
  REFS="$work/refs.txt" measure "read: Open311 GET requests/{id}" "$read" -s bench/open311_get.lua "$BASE"
  REFS="$work/refs.txt" measure "read: REST GET /api/v1/cases/{ref}" "$read" -s bench/rest_get.lua "$BASE"
  echo 'SELECT c."Reference", u."Email" FROM "Cases" c JOIN "Customers" u ON u."Id" = c."CustomerId" WHERE u."Email" IS NOT NULL ORDER BY c."Id" DESC LIMIT 200' \
    | run_sql "$provider" "$connection" > "$work/tracked.txt"
  python3 bench/track_links.py "$BASE" "$work/tracked.txt" "$work/links.txt"
  LINKS="$work/links.txt" measure "read: tracking page" "$read" -s bench/track.lua "$BASE"
  python3 bench/resident_session.py "$BASE" "$work/mail" "bench-account@example.com" > "$work/cookie.txt"
  echo /account > "$work/page.txt"
  URLS="$work/page.txt" COOKIE=$(cat "$work/cookie.txt") measure "read: My account" "$read" -s bench/pages.lua "$BASE"

  for page in / /services /services/pothole /open311/v2/services.xml; do
    echo "$page" > "$work/page.txt"
    URLS="$work/page.txt" COOKIE="" measure "catalogue: $page" "$read" -s bench/pages.lua "$BASE"
  done
  echo "FrontDoor's memory (resident set): $((rss_after_intake / 1024)) MB after the intake runs, $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB after the last run"
  stop_app
}

run_one sqlite "Data Source=$SERVICES_DIR/compare.db" "Data Source=$SERVICES_DIR/limit.db"
if [ -z "${SQLITE_ONLY:-}" ]; then
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" -c "CREATE DATABASE limit_bench" >/dev/null
  run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50" \
    "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=limit_bench;Maximum Pool Size=50"
fi
