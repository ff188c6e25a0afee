# shellcheck shell=bash
# The local stand-in for the social APIs (Facebook Graph, YouTube Data API v3, Zalo OA): WireMock
# standalone on 127.0.0.1:$STUB_PORT, answering with the public APIs' request and response shapes
# (mappings in demo/stubs/mappings/, one JSON file per API, easy to change) and recording every
# request it receives in its journal (GET /__admin/requests). In the local profile the publisher's
# social clients point here: Graph at $CMS_SOCIAL_STUB_URL/v<version> (any version), YouTube and Zalo at
# $CMS_SOCIAL_STUB_URL.

STUB_PORT=${CMS_SOCIAL_STUB_PORT:-8089}
export CMS_SOCIAL_STUB_URL=http://127.0.0.1:$STUB_PORT
STUB_HOME=$LOCAL/wiremock
STUB_ROOT=$ROOT/demo/stubs
STUB_LOG=$LOG_DIR/wiremock.log
STUB_MARKER="wiremock.Run --port $STUB_PORT --bind-address 127.0.0.1 --root-dir $STUB_ROOT"

stub_answers() { curl -fs -o /dev/null -m 2 "$CMS_SOCIAL_STUB_URL/__admin/health"; }

stub_status() {
  local pid
  if pid=$(running_pid wiremock "$STUB_MARKER"); then
    echo "Social stub    running  pid $pid, $CMS_SOCIAL_STUB_URL (Facebook, YouTube, Zalo), journal $CMS_SOCIAL_STUB_URL/__admin/requests"
  else
    echo "Social stub    stopped"
  fi
}

stub_up() {
  local pid
  if pid=$(running_pid wiremock "$STUB_MARKER"); then ok "Social stub: already running (pid $pid)"; return 0; fi
  require_cmd curl
  require_free_port "$STUB_PORT" "the social API stub (WireMock)"
  mkdir -p "$STUB_HOME" "$LOG_DIR"
  if [ ! -s "$STUB_HOME/classpath.txt" ] || [ "$ROOT/scripts/wiremock/pom.xml" -nt "$STUB_HOME/classpath.txt" ]; then
    log "Social stub: resolving WireMock standalone from Maven Central (once)"
    mvnw -f "$ROOT/scripts/wiremock/pom.xml" dependency:build-classpath -Dmdep.outputFile="$STUB_HOME/classpath.txt" \
      || die "could not fetch WireMock from Maven Central"
  fi
  log "Social stub: starting WireMock on $CMS_SOCIAL_STUB_URL"
  start_log "$STUB_LOG"
  # --root-dir: mappings/ is read from the repo; nothing is written there (no recording).
  # The journal keeps the last 10 000 requests (a demo run makes a few dozen).
  nohup "$JAVA_BIN" -Xmx128m -cp "$(cat "$STUB_HOME/classpath.txt")" \
    wiremock.Run --port "$STUB_PORT" --bind-address 127.0.0.1 --root-dir "$STUB_ROOT" \
    --max-request-journal-entries 10000 --disable-banner \
    >>"$STUB_LOG" 2>&1 </dev/null &
  write_pid wiremock $!
  wait_for "the social stub" 60 "$STUB_LOG" stub_answers
  STARTED+=(wiremock)
  ok "Social stub: up (pid $(head -n1 "$(pid_file wiremock)"), $CMS_SOCIAL_STUB_URL)"
}

stub_down() {
  stop_pid wiremock "$STUB_MARKER" TERM "Social stub (WireMock)"
}

# stub_reset_journal: forgets the requests received so far (the mappings stay).
stub_reset_journal() {
  curl -fs -o /dev/null -X DELETE "$CMS_SOCIAL_STUB_URL/__admin/requests" || die "the social stub at $CMS_SOCIAL_STUB_URL does not answer"
}
