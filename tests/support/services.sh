# Sourced by test.sh and bench/run.sh: installs and starts the throwaway services they need.
# Everything started is stopped by stop_services (call it from an EXIT trap).
PGBIN=/usr/lib/postgresql/15/bin
SERVICES_DIR=$(mktemp -d /tmp/frontdoor-services.XXXXXX)
chmod 755 "$SERVICES_DIR"
SERVICE_PIDS=()

install_debian() {
  local missing=()
  for pkg in "$@"; do
    case $pkg in
      postgresql-15) [ -x "$PGBIN/initdb" ] || missing+=("$pkg") ;;
      chromium) [ -x /usr/bin/chromium ] || missing+=("$pkg") ;;
      *) command -v "$pkg" >/dev/null 2>&1 || missing+=("$pkg") ;;
    esac
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then echo "Please install: ${missing[*]} (apt-get install ${missing[*]})" >&2; exit 1; fi
  echo "Installing ${missing[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Sets PG_CONNECTION to the admin connection string of a new cluster.
start_postgres() {
  local port; port=$(free_port)
  mkdir -p "$SERVICES_DIR/pg" && chown postgres: "$SERVICES_DIR/pg"
  runuser -u postgres -- "$PGBIN/initdb" -D "$SERVICES_DIR/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$SERVICES_DIR/pg/data" -l "$SERVICES_DIR/pg/pg.log" -w \
    -o "-p $port -k $SERVICES_DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  PG_PORT=$port
}

# Sets SMTP_PORT and MAILDEV_URL.
start_smtp_sink() {
  local root; root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  SMTP_PORT=$(free_port); local web; web=$(free_port)
  node "$root/node_modules/maildev/bin/maildev" --ip 127.0.0.1 --smtp "$SMTP_PORT" --web "$web" --silent >"$SERVICES_DIR/maildev.log" 2>&1 &
  SERVICE_PIDS+=($!)
  MAILDEV_URL="http://127.0.0.1:$web"
  for _ in $(seq 1 50); do curl -fs "$MAILDEV_URL/email" >/dev/null 2>&1 && return; sleep 0.2; done
  echo "The SMTP sink did not start" >&2; exit 1
}

# Sets OIDC_URL and OIDC_CLIENT_SECRET: a real OpenID Connect provider for staff single sign-on, with one client,
# FrontDoor under test (its secret made for this run, never kept in the repository).
start_oidc_provider() {
  local root; root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  local port; port=$(free_port)
  OIDC_CLIENT_SECRET=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
  node "$root/oidc-provider.mjs" "$port" frontdoor-tests "$OIDC_CLIENT_SECRET" http://localhost/staff/sign-in/sso/callback >"$SERVICES_DIR/oidc.log" 2>&1 &
  SERVICE_PIDS+=($!)
  OIDC_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 50); do curl -fs "$OIDC_URL/.well-known/openid-configuration" >/dev/null 2>&1 && return; sleep 0.2; done
  echo "The OpenID Connect provider did not start" >&2; cat "$SERVICES_DIR/oidc.log" >&2; exit 1
}

stop_services() {
  for pid in "${SERVICE_PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  if [ -f "$SERVICES_DIR/pg/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$SERVICES_DIR/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$SERVICES_DIR"
}
