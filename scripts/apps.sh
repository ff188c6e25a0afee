# shellcheck shell=bash
# The three apps, each a Spring Boot jar on its own port, started in the `local` profile and
# considered up when /actuator/health says UP.

APPS=(cms-api publisher indexer)
declare -A APP_PORT=([cms-api]=${CMS_API_PORT:-8080} [publisher]=${PUBLISHER_PORT:-8081} [indexer]=${INDEXER_PORT:-8082})
APP_HEAP=${CMS_APP_HEAP:-256m}

app_jar() { echo "$ROOT/$1/target/$1.jar"; }
app_health_url() { echo "http://127.0.0.1:${APP_PORT[$1]}/actuator/health"; }
app_is_up() { curl -fs -m 3 "$(app_health_url "$1")" 2>/dev/null | grep -q '"status":"UP"'; }
app_marker() { echo "-jar $(app_jar "$1")"; }

# CMS_SKIP_BUILD=1 starts the jars as they are (e.g. from a test that runs inside the Maven build
# which has just packaged them); a missing jar is still an error.
apps_build() {
  if [ "${CMS_SKIP_BUILD:-}" = 1 ]; then
    local app
    for app in "${APPS[@]}"; do [ -f "$(app_jar "$app")" ] || die "CMS_SKIP_BUILD=1 but $(app_jar "$app") is missing: build it first"; done
    return 0
  fi
  log "Building the apps (./mvnw package -DskipTests)"
  (cd "$ROOT" && mvnw -DskipTests package) || die "the build failed: run ./mvnw -DskipTests package to see why"
}

app_status() {
  local app=$1 pid state
  if pid=$(running_pid "$app" "$(app_marker "$app")"); then
    app_is_up "$app" && state=UP || state="not healthy"
    printf '%-14s running  pid %s, http://127.0.0.1:%s, health %s\n' "$app" "$pid" "${APP_PORT[$app]}" "$state"
  else
    printf '%-14s stopped\n' "$app"
  fi
}

app_up() {
  local app=$1 pid
  if pid=$(running_pid "$app" "$(app_marker "$app")"); then ok "$app: already running (pid $pid)"; return 0; fi
  require_free_port "${APP_PORT[$app]}" "$app"
  mkdir -p "$LOG_DIR"
  log "$app: starting on http://127.0.0.1:${APP_PORT[$app]} (heap $APP_HEAP)"
  start_log "$LOG_DIR/$app.log"
  nohup "$JAVA_BIN" "-Xmx$APP_HEAP" -jar "$(app_jar "$app")" >>"$LOG_DIR/$app.log" 2>&1 </dev/null &
  write_pid "$app" $!
}

app_wait() {
  local app=$1
  wait_for "$app health" "${CMS_APP_START_TIMEOUT:-180}" "$LOG_DIR/$app.log" app_is_up "$app"
  ok "$app: UP ($(app_health_url "$app"))"
}

app_down() {
  stop_pid "$1" "$(app_marker "$1")" TERM "$1"
}
