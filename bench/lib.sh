# Shared by the benchmark scripts: start FrontDoor from its Release build on a free port, and
# summarise wrk's output. Source after tests/support/services.sh.

# The messages the app writes go to a pickup folder in memory. On this machine's disk, which tests and benches have filled
# with files and emptied again many times, making each message's file cost the kernel's search for a free inode more
# than sending it would cost a real server (11% of the app's CPU during Open311 intake on PostgreSQL). The scripts'
# cleanup removes it (forget_mail).
MAIL_ROOT=$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo /tmp )/frontdoor-bench-mail.XXXXXX")
forget_mail() { rm -rf "$MAIL_ROOT"; }

# start_app PROVIDER CONNECTION WORKDIR: sets BASE and APP_PID. WORKDIR/mail is the app's pickup folder.
start_app() {
  local provider=$1 connection=$2 work=$3 port; port=$(free_port)
  BASE="http://127.0.0.1:$port"
  mkdir -p "$work"
  [ -e "$work/mail" ] || { mkdir -p "$MAIL_ROOT/$(basename "$work")" && ln -s "$MAIL_ROOT/$(basename "$work")" "$work/mail"; }
  Database__Provider=$provider ConnectionStrings__FrontDoor="$connection" DataProtection__KeysFolder="$work/keys" \
    Email__PickupDirectory="$work/mail" Tracking__AttemptsPerMinute=1000000 Figures__OpenDataRequestsPerMinute=1000000 ASPNETCORE_URLS=$BASE Logging__LogLevel__Default=Warning \
    Escalation__Enabled=false Open311__OpenReadsPerMinute=100000000 \
    dotnet src/FrontDoor/bin/Release/net10.0/FrontDoor.dll --contentRoot "$PWD/src/FrontDoor" >"$work/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do curl -fs "$BASE/health/ready" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "FrontDoor did not start; see $work/app.log" >&2; return 1
}

stop_app() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; APP_PID=""; }

summarise() {
  awk '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /requests in/ { n = $1 } /Non-2xx/ { bad = $5 }
       END { printf "   %s requests, %s req/s, p50 %s, p99 %s, non-2xx %s\n", n, rps, p50, p99, (bad == "" ? 0 : bad) }' "$1"
}

# run_sql PROVIDER CONNECTION: runs SQL from standard input against the bench database.
run_sql() {
  if [ "$1" = postgres ]; then psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d frontdoor_bench -At -F ' '
  else python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA cache_size=-2000000'); s=sys.stdin.read(); rows=c.execute(s).fetchall() if s.lstrip().upper().startswith('SELECT') else c.executescript(s); c.commit(); [print(*r) for r in (rows if isinstance(rows, list) else [])]" "${2#Data Source=}"; fi
}

# The demo administrator, who sees every team; the password and key are the demo ones from the README.
ADMIN=admin@ashworth.example
PASSWORD=$(grep -oP 'Password = "\K[^"]+' src/FrontDoor/Features/DemoCouncil/DemoStaff.cs)
KEY=$(grep -oP 'TotpKey = "\K[^"]+' src/FrontDoor/Features/DemoCouncil/DemoStaff.cs)
