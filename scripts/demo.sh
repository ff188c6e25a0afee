# shellcheck shell=bash
# ./cms demo [--import DIR] [--out DIR]: the main job, end to end, through the apps' HTTP APIs only.
#
#   1. start the local servers, the social stub and the three apps when they are not running;
#   2. import the bundle (cms-api POST /api/bundles/import: items, columns, channels, workflow,
#      archive, and its schedule files onto their channels);
#   3. run the publisher until no delivery of the bundle's items is left to do (web to S3, social
#      to the stub), then its broadcast run (EPG files), then the indexer;
#   4. write the outputs under --out: site/, feeds/, sitemaps/, xmltv/ (from the S3 `site`
#      bucket), social/ (the stub's journal, one JSON line per post), report/ (output counts as
#      JSON, the yearly report as XLSX and CSV, the import report and the bundle's status);
#   5. print a summary; exit 1 if an item was lost (neither published nor refused with a reason)
#      or a step failed.
# A second run publishes nothing again: the importer finds its items, the publisher its deliveries.

DEMO_DIR=$ROOT/scripts/demo
CMS_URL=http://127.0.0.1:${APP_PORT[cms-api]}
PUBLISHER_URL=http://127.0.0.1:${APP_PORT[publisher]}
INDEXER_URL=http://127.0.0.1:${APP_PORT[indexer]}
# Seconds the publisher gets to deliver everything (social posts go to the local stub, so this is generous).
DEMO_PUBLISH_TIMEOUT=${CMS_DEMO_PUBLISH_TIMEOUT:-300}
DEMO_PROBLEMS=()

problem() { DEMO_PROBLEMS+=("$*"); warn "$*"; }

# api METHOD URL TOKEN [JSON]: prints the answer's body; returns 1 (with the status and body on
# stderr) unless the status is 2xx.
api() {
  local method=$1 url=$2 token=$3 body=${4:-} tmp code
  tmp=$(mktemp)
  local args=(-s -m "${CMS_DEMO_HTTP_TIMEOUT:-600}" -o "$tmp" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  code=$(curl "${args[@]}" "$url") || code=000
  if [ "${code:0:1}" != 2 ]; then
    printf '%s %s: HTTP %s %s\n' "$method" "$url" "$code" "$(head -c 600 "$tmp")" >&2
    rm -f "$tmp"
    return 1
  fi
  cat "$tmp"
  rm -f "$tmp"
}

token_of() { # token_of USERNAME: a bearer token of a seeded local user (password matkhau)
  local body
  body=$(jq -cn --arg u "$1" '{username: $u, password: "matkhau"}')
  curl -fs -m 30 "$CMS_URL/api/auth/token" -H 'Content-Type: application/json' -d "$body" | jq -er .access_token \
    || die "cannot log in as $1 at $CMS_URL (the local profile seeds it with password matkhau)"
}

# CMS_SKIP_SERVICES=1: the servers are someone else's (e.g. `./cms test` started them and the demo
# test runs inside that build): they must answer, and are neither started nor rebuilt (es_up would
# rebuild the analysis plugin, and restart Elasticsearch when the build differs).
demo_require_servers() {
  port_open "$PG_PORT" || die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT (CMS_SKIP_SERVICES=1: start it with ./cms services up)"
  es_health || die "Elasticsearch does not answer on 127.0.0.1:$ES_PORT (CMS_SKIP_SERVICES=1: start it with ./cms services up)"
  s3_answers || die "S3 does not answer at $S3_ENDPOINT (CMS_SKIP_SERVICES=1: start it with ./cms services up)"
  s3_buckets
}

demo_main() {
  local bundle=$ROOT/demo out=$LOCAL/demo-out
  while [ $# -gt 0 ]; do
    case $1 in
      --import) bundle=${2:?--import needs a directory}; shift 2 ;;
      --out) out=${2:?--out needs a directory}; shift 2 ;;
      *) die "unknown option for ./cms demo: $1 (use --import DIR, --out DIR)" ;;
    esac
  done
  bundle=$(realpath -m "$bundle")
  out=$(realpath -m "$out")
  [ -d "$bundle/items" ] || die "$bundle is not a bundle: it has no items/ directory (format: docs/bundle-format.md)"
  require_cmd jq
  require_cmd curl

  if [ "${CMS_SKIP_SERVICES:-}" = 1 ]; then
    demo_require_servers
    stub_up
  else
    services_up
  fi
  apps_up
  # shellcheck disable=SC2034 # read by the EXIT trap in ./cms: what started so far stays up when a later step fails
  STARTED=()
  local started_at
  started_at=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
  mkdir -p "$out"
  rm -rf "${out:?}/site" "$out/feeds" "$out/sitemaps" "$out/xmltv" "$out/social" "$out/report"
  mkdir -p "$out/report" "$out/social"

  local admin analyst
  admin=$(token_of admin)
  analyst=$(token_of chuyenvien.stttt)

  log "Importing the bundle $bundle"
  api POST "$CMS_URL/api/bundles/import" "$admin" "$(jq -cn --arg p "$bundle" '{path: $p}')" >"$out/report/import.json" \
    || die "the bundle import failed (see above)"
  demo_schedules "$out"
  demo_stub_credentials "$admin"

  demo_publish "$bundle" "$out" "$admin"
  demo_broadcast "$bundle" "$out" "$admin"
  log "Indexing (indexer)"
  api POST "$INDEXER_URL/api/indexing/run" "$admin" >"$out/report/indexing-run.json" \
    || problem "the indexer's run failed: the counts may miss the newest output"
  demo_counts "$out" "$analyst"
  demo_mirror "$bundle" "$out"
  demo_social "$out" "$started_at"
  demo_summary "$bundle" "$out"
}

# The social channels post to the local stub, which takes any token: a channel without credentials
# gets made-up ones (PUT /api/channels/{id}/credentials on the publisher), as an operator would
# enter real ones. Channels that have credentials are left as they are.
demo_stub_credentials() {
  local admin=$1 channels id kind body
  channels=$(api GET "$PUBLISHER_URL/api/channels" "$admin") \
    || { problem "the publisher's channels cannot be read: social channels may lack credentials"; return 0; }
  while IFS=' ' read -r id kind; do
    [ -n "$id" ] || continue
    case $kind in
      # A Page id is numeric; this one is made from the channel id, so it stays the same run after run.
      facebook) body=$(jq -cn --arg p "$(printf '%s' "$id" | cksum | cut -d' ' -f1)" \
                  '{pageId: ("10" + $p), accessToken: "local-stub-page-token"}') ;;
      youtube|zalo) body='{"accessToken":"local-stub-token"}' ;;
      *) continue ;;
    esac
    if api PUT "$PUBLISHER_URL/api/channels/$id/credentials" "$admin" "$body" >/dev/null; then
      ok "$id: stub credentials set (posts go to $CMS_SOCIAL_STUB_URL)"
    else
      problem "cannot set the stub credentials of $id"
    fi
  done < <(jq -r '.[] | select(.hasCredentials | not) | "\(.id) \(.kind)"' <<<"$channels")
}

# The bundle importer imports the schedule files itself (.schedules of the import report, one entry per
# file of schedule/); report/schedules.jsonl keeps one line per imported file, and a file it could not
# import is a problem of the run. A file every programme of which overlaps a slot stored before was
# imported by an earlier run: nothing was stored twice, and it is reported as already there.
demo_schedules() {
  local out=$1 failure
  jq -c '.schedules[] | select(.problem | not) | (.file | ltrimstr("schedule/")) as $name
      | if .programmes > 0 and .conflicts == .programmes then {file: $name, channel, day, alreadyThere: .conflicts}
        else {file: $name, channel, day, programmes, imported, fixed, refused,
              refusals: [.refusals[] | {title, start, reason}]} end' "$out/report/import.json" >"$out/report/schedules.jsonl"
  while IFS= read -r failure; do
    problem "$failure"
  done < <(jq -r '.schedules[] | select(.problem) | "\(.file): HTTP \(.problem.status) \(.problem.detail // .problem.title)"' \
    "$out/report/import.json")
}

# EPG files: the publisher's default window (yesterday to a week ahead), and each day the bundle's
# schedules cover, which may lie outside it. Each answer is a line of report/broadcast-runs.jsonl.
demo_broadcast() {
  local bundle=$1 out=$2 admin=$3 day days
  log "Broadcast: EPG files (publisher)"
  : >"$out/report/broadcast-runs.jsonl"
  # The days the bundle's schedule files are named for.
  days=
  [ -d "$bundle/schedule" ] && days=$(find "$bundle/schedule" -maxdepth 1 -type f \
    | sed -n 's#.*-\([0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\)\.[a-z]*$#\1#p' | sort -u)
  for day in "" $days; do
    if api POST "$PUBLISHER_URL/api/broadcast/run${day:+?from=$day&to=$day}" "$admin" >>"$out/report/broadcast-runs.jsonl"; then
      echo >>"$out/report/broadcast-runs.jsonl"
    else
      problem "the publisher's broadcast run${day:+ for $day} failed: no EPG files"
      return 0
    fi
  done
}

# Runs the publisher until every published item of the bundle has, on each output channel the
# bundle lists for it, a delivery that is finished (delivered, failed_permanent or cancelled), or
# until the timeout. Each run's answer is kept in report/publish-runs.jsonl.
demo_publish() {
  local bundle=$1 out=$2 admin=$3 deadline open runs=0
  deadline=$((SECONDS + DEMO_PUBLISH_TIMEOUT))
  : >"$out/report/publish-runs.jsonl"
  log "Publishing (publisher: web pages to S3, social posts to the stub at $CMS_SOCIAL_STUB_URL)"
  while :; do
    runs=$((runs + 1))
    if ! api POST "$PUBLISHER_URL/api/publish/run" "$admin" >>"$out/report/publish-runs.jsonl"; then
      problem "the publisher's run failed"
      break
    fi
    echo >>"$out/report/publish-runs.jsonl"
    demo_status "$bundle" "$out" "$admin" || break
    open=$(jq -f "$DEMO_DIR/open.jq" "$out/report/status.json" | jq -s length)
    [ "$open" -eq 0 ] && { ok "every delivery finished after $runs publisher run(s)"; return 0; }
    if [ $SECONDS -ge $deadline ]; then
      problem "after ${DEMO_PUBLISH_TIMEOUT}s and $runs publisher runs, $open delivery(ies) are still not finished"
      return 0
    fi
    sleep 2
  done
  demo_status "$bundle" "$out" "$admin" || true
}

demo_status() { # demo_status BUNDLE OUT TOKEN: report/status.json, where the bundle's items are now
  api POST "$CMS_URL/api/bundles/status" "$3" "$(jq -cn --arg p "$1" '{path: $p}')" >"$2/report/status.json.tmp" \
    || { problem "the bundle's status cannot be read"; return 1; }
  mv "$2/report/status.json.tmp" "$2/report/status.json"
}

# report/output-counts.json in the issue's shape ({"rows": [...]}, unit = the unit's name), and the
# yearly report of the current reporting year as XLSX and CSV.
demo_counts() {
  local out=$1 analyst=$2 year
  log "Counting output (indexer)"
  if api GET "$INDEXER_URL/api/output-counts?groupBy=unit,channelKind,channel,contentType,planTask,reportingYear" "$analyst" \
      >"$out/report/output-counts.raw.json"; then
    jq -f "$DEMO_DIR/counts.jq" "$out/report/output-counts.raw.json" >"$out/report/output-counts.json" \
      || problem "the output counts have an unexpected shape (report/output-counts.raw.json)"
  else
    problem "the output counts cannot be read from the indexer"
  fi
  # The plan's reporting year ends on 30 November (Asia/Ho_Chi_Minh): December counts in the next.
  year=$(TZ=Asia/Ho_Chi_Minh date +%Y)
  [ "$(TZ=Asia/Ho_Chi_Minh date +%m)" = 12 ] && year=$((year + 1))
  local format
  for format in xlsx csv; do
    curl -fs -m 120 -H "Authorization: Bearer $analyst" -o "$out/report/bao-cao-nam-$year.$format" \
      "$INDEXER_URL/api/reports/yearly?year=$year&format=$format" \
      || { rm -f "$out/report/bao-cao-nam-$year.$format"; problem "the yearly report ($format, $year) cannot be read from the indexer"; }
  done
}

demo_social() { # social/posts.jsonl: every post the stub received; this run's count in report/social.json
  local out=$1 since=$2
  if ! curl -fs -m 30 "$CMS_SOCIAL_STUB_URL/__admin/requests" >"$out/social/journal.json"; then
    problem "the social stub's journal cannot be read at $CMS_SOCIAL_STUB_URL"
    return 0
  fi
  jq -c -f "$DEMO_DIR/social.jq" "$out/social/journal.json" >"$out/social/posts.jsonl"
  rm -f "$out/social/journal.json"
  jq -s --arg since "$since" '{total: length, accepted: map(select(.accepted)) | length,
      thisRun: map(select(.receivedAt >= $since)) | length,
      byApi: (group_by(.api) | map({key: .[0].api, value: length}) | from_entries)}' \
    "$out/social/posts.jsonl" >"$out/report/social.json"
}
