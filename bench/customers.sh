#!/usr/bin/env bash
# Fills FrontDoor with N properties and N customers (default 1,000,000 each, 2% of the customers planted
# duplicates), then prints p50/p99 of staff customer search (misspelt names, initials, postcodes, emails)
# and address search (postcodes, partial postcodes, house and street), and the precision and recall of
# duplicate detection on a random sample of customers, on SQLite and PostgreSQL.
# Usage: bench/customers.sh [rows, default 1000000] [seconds per measurement, default 10] [sample, default 5000]
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
cleanup() { stop_app; stop_services; forget_mail; }
trap cleanup EXIT

ROWS=${1:-1000000}
SECONDS_EACH=${2:-10}
SAMPLE=${3:-5000}
install_debian postgresql-15 wrk python3 curl
dotnet build src/FrontDoor -c Release -nologo -v quiet
start_postgres

measure() {   # measure LABEL URLFILE
  echo "-- $1 ($(wc -l < "$2") different searches)"
  URLS="$2" COOKIE="$cookie" wrk -t2 -c4 -d2s -s bench/pages.lua "$BASE" > /dev/null
  URLS="$2" COOKIE="$cookie" wrk -t2 -c4 -d"${SECONDS_EACH}s" --latency -s bench/pages.lua "$BASE" > "$work/out.txt"
  summarise "$work/out.txt"
}

run_one() {
  local provider=$1 connection=$2
  work="$SERVICES_DIR/people-$provider"
  start_app "$provider" "$connection" "$work"   # migrates and seeds the demo council
  stop_app
  echo "== $provider: seeding $ROWS properties and $ROWS customers"
  local started=$SECONDS
  python3 bench/seed-people.py "$provider" "$ROWS" "$work/planted.csv" | run_sql "$provider" "$connection"
  [ "$provider" = postgres ] && echo 'ANALYZE;' | run_sql "$provider" "$connection"
  echo "   seeded in $((SECONDS - started))s; $(wc -l < "$work/planted.csv") planted duplicates"
  start_app "$provider" "$connection" "$work"
  cookie=$(python3 bench/staff_sign_in.py "$BASE" "$ADMIN" "$PASSWORD" "$KEY")

  echo 'SELECT "FullName", "EmailNormalised", "PostcodeKey" FROM "Customers" WHERE "Id" % 1999 = 0 LIMIT 400' | run_sql "$provider" "$connection" \
    | python3 bench/search_urls.py customers > "$work/urls.txt"
  measure "customer search: misspelt names, initials, postcodes, emails" "$work/urls.txt"
  echo 'SELECT "AddressLine1", "Postcode" FROM "Properties" WHERE "Uprn" % 2003 = 0 LIMIT 400' | run_sql "$provider" "$connection" \
    | python3 bench/search_urls.py properties > "$work/urls.txt"
  measure "address search: postcodes, partial postcodes, house and street" "$work/urls.txt"
  stop_app

  echo "-- duplicate detection on a random sample of $SAMPLE customers"
  echo "SELECT \"Id\" FROM \"Customers\" WHERE \"Id\" > 1000000 ORDER BY \"Id\" * 7919 % 1000003 LIMIT $SAMPLE" | run_sql "$provider" "$connection" > "$work/sample.txt"
  Database__Provider=$provider ConnectionStrings__FrontDoor="$connection" DataProtection__KeysFolder="$work/keys" Logging__LogLevel__Default=Warning \
    dotnet src/FrontDoor/bin/Release/net10.0/FrontDoor.dll --contentRoot "$PWD/src/FrontDoor" find-duplicates "$work/sample.txt" > "$work/found.csv"
  python3 bench/score_duplicates.py "$work/planted.csv" "$work/sample.txt" "$work/found.csv"
}

run_one sqlite "Data Source=$SERVICES_DIR/people-bench.db"
[ -n "${SQLITE_ONLY:-}" ] || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
[ -n "${SQLITE_ONLY:-}" ] || run_one postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
