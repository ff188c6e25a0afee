# shellcheck shell=bash
# Elasticsearch 8.19.21 from the integration-test zip on Maven Central, single node on 127.0.0.1,
# heap <= 512 MB, with our es-analysis-vi plugin installed. Runs as $SERVICE_USER when we are root
# (Elasticsearch refuses to run as root). Data in .local/elasticsearch/data.

ES_VERSION=8.19.21
ES_PORT=${CMS_ES_PORT:-$(port_of "${CMS_ES_URIS:-}" 9200)}
export CMS_ES_URIS=${CMS_ES_URIS:-http://127.0.0.1:$ES_PORT}
ES_TRANSPORT_PORT=${CMS_ES_TRANSPORT_PORT:-9300}
ES_BASE=$LOCAL/elasticsearch
ES_HOME=$ES_BASE/elasticsearch-$ES_VERSION
ES_DATA=$ES_BASE/data
ES_LOGS=$LOG_DIR/elasticsearch
ES_HEAP=${CMS_ES_HEAP:-512m}
ES_PLUGIN_ZIP=$ROOT/es-analysis-vi/target/es-analysis-vi.zip
ES_MARKER="-Des.path.home=$ES_HOME"

es_health() { curl -fsS "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; }

es_status() {
  local pid
  if pid=$(running_pid elasticsearch "$ES_MARKER"); then
    local health
    health=$(curl -fsS "http://127.0.0.1:$ES_PORT/_cluster/health" 2>/dev/null | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    echo "Elasticsearch  running  pid $pid, http://127.0.0.1:$ES_PORT, cluster ${health:-not answering}, data $ES_DATA"
  else
    echo "Elasticsearch  stopped"
  fi
}

es_install() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
  require_cmd unzip
  log "Elasticsearch: fetching $ES_VERSION from Maven Central (about 110 MB, once)"
  mkdir -p "$ES_BASE/download"
  mvnw -f "$ROOT/scripts/elasticsearch/pom.xml" dependency:copy-dependencies -DincludeTypes=zip \
    -DoutputDirectory="$ES_BASE/download" || die "could not fetch the Elasticsearch zip from Maven Central"
  unzip -q -o "$ES_BASE/download/elasticsearch-$ES_VERSION.zip" -d "$ES_BASE" || die "could not unpack Elasticsearch"
  rm -rf "$ES_BASE/download"
}

es_plugin_sync() {
  log "Elasticsearch: building the Vietnamese analysis plugin (es-analysis-vi)"
  (cd "$ROOT" && mvnw -pl es-analysis-vi -DskipTests package) || die "could not build es-analysis-vi"
  local want have=
  want=$(sha256sum "$ES_PLUGIN_ZIP" | cut -d' ' -f1)
  [ -f "$ES_BASE/es-analysis-vi.sha256" ] && have=$(cat "$ES_BASE/es-analysis-vi.sha256")
  [ "$want" = "$have" ] && return 0
  if running_pid elasticsearch "$ES_MARKER" >/dev/null; then
    log "Elasticsearch: the plugin changed; restarting to install it"
    es_down
  fi
  [ -d "$ES_HOME/plugins/es-analysis-vi" ] && \
    ES_JAVA_HOME=$CMS_JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" remove --purge es-analysis-vi >/dev/null 2>&1
  ES_JAVA_HOME=$CMS_JAVA_HOME "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$ES_PLUGIN_ZIP" >/dev/null 2>"$ES_BASE/plugin-install.err" \
    || { cat "$ES_BASE/plugin-install.err" >&2; die "could not install es-analysis-vi into Elasticsearch"; }
  echo "$want" > "$ES_BASE/es-analysis-vi.sha256"
  ok "Elasticsearch: plugin es-analysis-vi installed"
}

es_write_config() {
  cat > "$ES_HOME/config/elasticsearch.yml" <<YAML
# Written by ./cms services up; edit scripts/elasticsearch.sh instead.
cluster.name: cms-local
node.name: cms-local-1
path.data: $ES_DATA
path.logs: $ES_LOGS
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
# Development disks are often nearly full; the watermarks would make every index read-only.
cluster.routing.allocation.disk.threshold_enabled: false
YAML
}

es_up() {
  local pid
  if pid=$(running_pid elasticsearch "$ES_MARKER"); then
    es_plugin_sync
    if pid=$(running_pid elasticsearch "$ES_MARKER"); then ok "Elasticsearch: already running (pid $pid)"; return 0; fi
  fi
  require_cmd curl
  require_free_port "$ES_PORT" "Elasticsearch HTTP"
  require_free_port "$ES_TRANSPORT_PORT" "Elasticsearch transport"
  es_install
  es_plugin_sync
  ensure_service_user
  service_dir "$ES_DATA" "$ES_LOGS" "$ES_HOME/config" "$ES_HOME/logs"
  es_write_config
  is_root && chown -R "$SERVICE_USER" "$ES_HOME/config"
  log "Elasticsearch: starting $ES_VERSION on http://127.0.0.1:$ES_PORT (heap $ES_HEAP)"
  service_dir "$ES_BASE/pid" "$ES_BASE/tmp"
  rm -f "$ES_BASE/pid/es.pid"
  start_log "$LOG_DIR/elasticsearch-console.log"
  # ES_TMPDIR inside .local: otherwise each start leaves a folder in /tmp.
  as_service_user env ES_JAVA_HOME="$CMS_JAVA_HOME" ES_PATH_CONF="$ES_HOME/config" ES_TMPDIR="$ES_BASE/tmp" \
      ES_JAVA_OPTS="-Xms256m -Xmx$ES_HEAP" "$ES_HOME/bin/elasticsearch" -d -p "$ES_BASE/pid/es.pid" \
      >>"$LOG_DIR/elasticsearch-console.log" 2>&1 \
    || { tail -n 30 "$LOG_DIR/elasticsearch-console.log" >&2; die "Elasticsearch did not start (logs: $ES_LOGS)"; }
  wait_for "Elasticsearch PID file" 60 "$ES_LOGS/cms-local.log" test -s "$ES_BASE/pid/es.pid"
  write_pid elasticsearch "$(cat "$ES_BASE/pid/es.pid")"
  wait_for "Elasticsearch" 120 "$ES_LOGS/cms-local.log" es_health
  STARTED+=(elasticsearch)
  ok "Elasticsearch: up (pid $(head -n1 "$(pid_file elasticsearch)"), cluster yellow or green)"
}

es_down() {
  stop_pid elasticsearch "$ES_MARKER" TERM "Elasticsearch"
}
