#!/usr/bin/env bash
# The whole test suite. Installs what it needs when it can (PostgreSQL and Chromium from Debian,
# npm packages), starts a throwaway PostgreSQL cluster, an SMTP sink and an OpenID Connect provider, runs every test project,
# and stops what it started. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"
source tests/support/services.sh
trap stop_services EXIT

install_debian postgresql-15 chromium curl
echo "Starting PostgreSQL, the SMTP sink and the OpenID Connect provider"
start_postgres
start_smtp_sink
start_oidc_provider

export FRONTDOOR_TEST_POSTGRES="$PG_CONNECTION"
export FRONTDOOR_TEST_SMTP_PORT=$SMTP_PORT
export FRONTDOOR_TEST_MAILDEV_URL=$MAILDEV_URL
export FRONTDOOR_TEST_OIDC_URL=$OIDC_URL FRONTDOOR_TEST_OIDC_SECRET=$OIDC_CLIENT_SECRET
export FRONTDOOR_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The tests start many FrontDoors (nodes, restored databases, apps of their own); each watching its files through
# inotify would soon pass the machine's limit of 128 watchers a user. Nothing here changes the files while they run.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true

dotnet build FrontDoor.slnx -nologo -v quiet
status=0
# One project after the other: on two cores, the browser journeys and the unit tests side by side took longer
# than the two in turn (each fights the other for the processor).
for project in tests/FrontDoor.Tests tests/FrontDoor.BrowserTests; do
  dotnet test "$project" --no-build -nologo "$@" 2>&1 | tee -a "$SERVICES_DIR/test.log" || status=$?
done

# One plain closing line over all test projects.
read -r passed failed < <(awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } } END { print p+0, f+0 }' "$SERVICES_DIR/test.log")
echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] || status=1
exit $status
