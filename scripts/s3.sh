# shellcheck shell=bash
# S3 for the local run and the tests: S3Proxy (a real S3 API server; MinIO's server is in no
# registry we can reach) with the filesystem backend, path-style, AWS SigV2/SigV4 auth, on
# 127.0.0.1:$S3_PORT. Objects live in .local/s3/data; buckets `media` and `site` (the apps') and
# `test-media` and `test-site` (the tests', so a test run never writes into the local stack's)
# are created through the S3 API itself.

S3_PORT=${CMS_S3_PORT:-$(port_of "${CMS_S3_ENDPOINT:-}" 9000)}
export CMS_S3_ENDPOINT=${CMS_S3_ENDPOINT:-http://127.0.0.1:$S3_PORT}
S3_ENDPOINT=http://127.0.0.1:$S3_PORT
S3_ACCESS_KEY=${CMS_S3_ACCESS_KEY:-cms-local}
S3_SECRET_KEY=${CMS_S3_SECRET_KEY:-cms-local-secret}
S3_REGION=${CMS_S3_REGION:-us-east-1}
S3_BUCKETS=("${CMS_S3_MEDIA_BUCKET:-media}" "${CMS_S3_SITE_BUCKET:-site}")
# The tests' defaults (test-support's LocalServers.TEST_MEDIA_BUCKET and TEST_SITE_BUCKET).
S3_TEST_BUCKETS=(test-media test-site)
S3_HOME=$LOCAL/s3
S3_LOG=$LOG_DIR/s3proxy.log
S3_MARKER="org.gaul.s3proxy.Main --properties $S3_HOME/s3proxy.properties"

s3_answers() { curl -s -o /dev/null -m 2 "$S3_ENDPOINT/"; }

s3_status() {
  local pid
  if pid=$(running_pid s3proxy "$S3_MARKER"); then
    echo "S3 (S3Proxy)   running  pid $pid, $S3_ENDPOINT, buckets ${S3_BUCKETS[*]}, data $S3_HOME/data"
  else
    echo "S3 (S3Proxy)   stopped"
  fi
}

# SHA-256 of an empty body: S3 wants the payload hash in a header, and curl does not add it.
S3_EMPTY_SHA256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855

s3_request() { # s3_request HEAD|PUT PATH: a SigV4-signed request without body; prints the HTTP status
  local method=(-X "$1")
  [ "$1" = HEAD ] && method=(-I)
  curl -s -o /dev/null -m 10 -w '%{http_code}' "${method[@]}" -H "x-amz-content-sha256: $S3_EMPTY_SHA256" \
    --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" --aws-sigv4 "aws:amz:$S3_REGION:s3" "$S3_ENDPOINT$2"
}

s3_up() {
  local pid
  if pid=$(running_pid s3proxy "$S3_MARKER"); then ok "S3: already running (pid $pid)"; s3_buckets; return 0; fi
  require_cmd curl
  require_free_port "$S3_PORT" "S3 (S3Proxy)"
  mkdir -p "$S3_HOME/data" "$LOG_DIR"
  if [ ! -s "$S3_HOME/classpath.txt" ] || [ "$ROOT/scripts/s3proxy/pom.xml" -nt "$S3_HOME/classpath.txt" ]; then
    log "S3: resolving S3Proxy from Maven Central (once)"
    mvnw -f "$ROOT/scripts/s3proxy/pom.xml" dependency:build-classpath -Dmdep.outputFile="$S3_HOME/classpath.txt" \
      || die "could not fetch S3Proxy from Maven Central"
  fi
  umask 077
  cat > "$S3_HOME/s3proxy.properties" <<PROPS
s3proxy.endpoint=$S3_ENDPOINT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$S3_HOME/data
PROPS
  umask 022
  # Without a configuration logback logs everything at DEBUG (hundreds of KB a minute).
  cat > "$S3_HOME/logback.xml" <<'XML'
<configuration>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="STDOUT"/></root>
</configuration>
XML
  log "S3: starting S3Proxy on $S3_ENDPOINT"
  start_log "$S3_LOG"
  nohup "$JAVA_BIN" -Xmx256m -Dlogback.configurationFile="$S3_HOME/logback.xml" \
    -cp "$(cat "$S3_HOME/classpath.txt")" org.gaul.s3proxy.Main \
    --properties "$S3_HOME/s3proxy.properties" >>"$S3_LOG" 2>&1 </dev/null &
  write_pid s3proxy $!
  wait_for "S3Proxy" 60 "$S3_LOG" s3_answers
  s3_buckets
  STARTED+=(s3proxy)
  ok "S3: up (pid $(head -n1 "$(pid_file s3proxy)"), buckets ${S3_BUCKETS[*]})"
}

s3_buckets() {
  local bucket code
  for bucket in "${S3_BUCKETS[@]}" "${S3_TEST_BUCKETS[@]}"; do
    code=$(s3_request HEAD "/$bucket")
    [ "$code" = 200 ] && continue
    code=$(s3_request PUT "/$bucket")
    [ "$code" = 200 ] || die "could not create bucket $bucket on $S3_ENDPOINT (HTTP $code; log: $S3_LOG)"
  done
}

s3_down() {
  stop_pid s3proxy "$S3_MARKER" TERM "S3 (S3Proxy)"
}
