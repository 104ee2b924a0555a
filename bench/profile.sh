#!/usr/bin/env bash
# Profiles FrontDoor under load with dotnet-trace (sampled thread time) and prints the top methods by inclusive time.
# Usage: bench/profile.sh intake|read [sqlite|postgres] [seconds, default 15]. Installs dotnet-trace as a global tool if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/support/services.sh
source bench/lib.sh
trap 'stop_app; stop_services; forget_mail' EXIT
WHAT=${1:?intake or read}; PROVIDER=${2:-sqlite}; SECONDS_EACH=${3:-15}
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || dotnet tool install -g dotnet-trace >/dev/null
install_debian postgresql-15 wrk python3 curl
API_KEY=$(grep -oP 'DemoApiKey = "\K[^"]+' src/FrontDoor/Features/DemoCouncil/DemoSeeder.cs); export API_KEY
dotnet build src/FrontDoor -c Release -nologo -v quiet
work=$SERVICES_DIR/profile
if [ "$PROVIDER" = postgres ]; then
  start_postgres
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE frontdoor_bench" >/dev/null
  conn="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=frontdoor_bench;Maximum Pool Size=50"
else
  conn="Data Source=$SERVICES_DIR/profile.db"
fi
start_app "$PROVIDER" "$conn" "$work"
echo "UPDATE \"ApiClients\" SET \"RequestsPerMinute\" = 100000000" | run_sql "$PROVIDER" "$conn"
stop_app
start_app "$PROVIDER" "$conn" "$work"
# Cases to read, made the way the intake profile makes them; then the warm-up is over.
wrk -t1 -c8 -d5s -s bench/open311_post.lua "$BASE" > /dev/null
echo 'SELECT "Reference" FROM "Cases" WHERE "Channel" = '"'Api'"' ORDER BY "Id" DESC LIMIT 500' | run_sql "$PROVIDER" "$conn" > "$work/refs.txt"
script=bench/open311_post.lua; [ "$WHAT" = read ] && script=bench/open311_get.lua
REFS="$work/refs.txt" wrk -t1 -c8 -d$((SECONDS_EACH + 6))s --latency -s "$script" "$BASE" > "$work/wrk.txt" &
load=$!
sleep 3
dotnet-trace collect -p "$APP_PID" --profile dotnet-sampled-thread-time --duration "00:00:00:$SECONDS_EACH" -o "$work/trace.nettrace" > /dev/null
wait "$load"
summarise "$work/wrk.txt"
# Waiting threads (the pool's idle workers) are left out: what is left is where requests spend their time.
dotnet-trace report "$work/trace.nettrace" topN -n 120 --inclusive \
  | grep -vE 'Semaphore|WaitHandle|Monitor\.Wait|ThreadPool|WorkerThread|Thread\.StartCallback|ExecutionContext|MethodBuilder|StateMachine|MoveNext|__Canon|lambda_method|Middleware|Non-Activities' | head -45
