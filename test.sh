#!/usr/bin/env bash
# The whole test suite. Installs what it needs when it can (PostgreSQL and Chromium from Debian,
# npm packages), starts a throwaway PostgreSQL cluster and an SMTP sink, runs every test project,
# and stops what it started. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
PGBIN=/usr/lib/postgresql/15/bin

install_debian() {
  local missing=()
  [ -x "$PGBIN/initdb" ] || missing+=(postgresql-15)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then echo "Please install: ${missing[*]} (apt-get install ${missing[*]})" >&2; exit 1; fi
  echo "Installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

install_debian
(cd tests/support && npm ci --no-audit --no-fund --loglevel=error)

WORK=$(mktemp -d /tmp/frontdoor-tests.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  if [ -f "$WORK/pg/data/postmaster.pid" ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "Starting PostgreSQL"
PGPORT=$(free_port)
mkdir -p "$WORK/pg" && chown postgres: "$WORK/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/pg.log" -w \
  -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null

echo "Starting the SMTP sink"
SMTP_PORT=$(free_port); MAIL_WEB_PORT=$(free_port)
node tests/support/node_modules/maildev/bin/maildev --ip 127.0.0.1 --smtp "$SMTP_PORT" --web "$MAIL_WEB_PORT" --silent >"$WORK/maildev.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$MAIL_WEB_PORT/email" >/dev/null 2>&1 && break; sleep 0.2; done

export FRONTDOOR_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true"
export FRONTDOOR_TEST_SMTP_PORT=$SMTP_PORT
export FRONTDOOR_TEST_MAILDEV_URL="http://127.0.0.1:$MAIL_WEB_PORT"
export FRONTDOOR_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build FrontDoor.slnx -nologo -v quiet
status=0
dotnet test FrontDoor.slnx --no-build -nologo "$@" 2>&1 | tee "$WORK/test.log" || status=$?

# One plain closing line over all test projects.
read -r passed failed < <(awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } } END { print p+0, f+0 }' "$WORK/test.log")
echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] || status=1
exit $status
