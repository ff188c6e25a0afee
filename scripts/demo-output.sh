# shellcheck shell=bash
# The demo's outputs on disk and its summary (see scripts/demo.sh): the S3 `site` bucket mirrored
# with plain curl (AWS SigV4, as scripts/s3.sh does), and the summary printed from the reports.

S3_SITE_BUCKET=${CMS_S3_SITE_BUCKET:-site}

s3_get() { # s3_get PATH_AND_QUERY OUTFILE: a signed GET; fails on any status but 200
  local code
  code=$(curl -s -m 60 -o "$2" -w '%{http_code}' -H "x-amz-content-sha256: $S3_EMPTY_SHA256" \
    --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" --aws-sigv4 "aws:amz:$S3_REGION:s3" "$S3_ENDPOINT$1") || code=000
  [ "$code" = 200 ]
}

# s3_keys BUCKET PREFIX: every key under PREFIX, one per line (ListObjectsV2, page by page).
s3_keys() {
  local bucket=$1 prefix=$2 token='' page query
  page=$(mktemp)
  while :; do
    query="list-type=2&max-keys=1000&prefix=$(jq -rn --arg p "$prefix" '$p | @uri')"
    [ -n "$token" ] && query+="&continuation-token=$(jq -rn --arg t "$token" '$t | @uri')"
    s3_get "/$bucket?$query" "$page" || { rm -f "$page"; return 1; }
    # Keys are XML text: & < > " ' come escaped.
    grep -o '<Key>[^<]*</Key>' "$page" | sed -e 's#^<Key>##' -e 's#</Key>$##' \
      -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
    grep -q '<IsTruncated>true</IsTruncated>' "$page" || break
    token=$(sed -n 's#.*<NextContinuationToken>\([^<]*\)</NextContinuationToken>.*#\1#p' "$page" | sed 's/&amp;/\&/g')
    [ -n "$token" ] || break
  done
  rm -f "$page"
}

# site/: the bucket's keys under each channel of the bundle (web pages, feeds, sitemaps, EPG files)
# and under media/ (what the pages show); the bucket is shared with anything else the servers hold.
# Then feeds/, sitemaps/ and xmltv/ are copies picked from it by name.
demo_mirror() {
  local bundle=$1 out=$2 channel key encoded count=0
  log "Mirroring the S3 bucket '$S3_SITE_BUCKET' into $out/site"
  mkdir -p "$out/site" "$out/feeds" "$out/sitemaps" "$out/xmltv"
  local prefixes=(media/)
  if [ -f "$bundle/bundle.json" ]; then
    while IFS= read -r channel; do prefixes+=("$channel/"); done \
      < <(jq -r '[.channels[]?.id, (.items // {} | .[].channels[]?)] | unique[]' "$bundle/bundle.json")
  fi
  local prefix
  for prefix in "${prefixes[@]}"; do
    local keys
    keys=$(mktemp)
    s3_keys "$S3_SITE_BUCKET" "$prefix" >"$keys" || problem "cannot list s3://$S3_SITE_BUCKET/$prefix"
    while IFS= read -r key; do
      [ -n "$key" ] || continue
      case $key in ''|/*|*..*) warn "skipping the key '$key'"; continue ;; esac
      mkdir -p "$out/site/$(dirname "$key")"
      encoded=$(jq -rn --arg k "$key" '$k | split("/") | map(@uri) | join("/")')
      if s3_get "/$S3_SITE_BUCKET/$encoded" "$out/site/$key"; then count=$((count + 1))
      else problem "cannot fetch s3://$S3_SITE_BUCKET/$key"; fi
    done <"$keys"
    rm -f "$keys"
  done
  ok "site/: $count files"
  # The publisher's names (channel.web.WebPaths): feeds rss.xml and atom.xml (also under
  # chuyen-muc/<column>/), sitemaps sitemap.xml, sitemap-news.xml, sitemap-<n>.xml; EPG files
  # <broadcast-channel>/epg/<date>.xml. *.rss, *.atom and *feed*.xml are taken as feeds too.
  (cd "$out/site" && find . -type f \( -name 'rss.xml' -o -name 'atom.xml' -o -name '*.rss' -o -name '*.atom' \
    -o -name '*feed*.xml' \) -print0 \
    | xargs -0 -r cp --parents -t "$out/feeds")
  (cd "$out/site" && find . -type f -name 'sitemap*.xml' -print0 | xargs -0 -r cp --parents -t "$out/sitemaps")
  (cd "$out/site" && find . -type f -path './*/epg/*.xml' -print0 | while IFS= read -r -d '' key; do
    channel=${key#./}; channel=${channel%%/*}
    mkdir -p "$out/xmltv/$channel"
    cp "$key" "$out/xmltv/$channel/$(basename "$key")"
  done)
}

demo_summary() {
  local bundle=$1 out=$2
  # Without the bundle's status the summary has no items; the demo fails on the problem already reported.
  [ -f "$out/report/status.json" ] || jq -n '{items: [], unreadable: []}' >"$out/report/status.json"
  jq -c --slurpfile imported "$out/report/import.json" -f "$DEMO_DIR/outcomes.jq" "$out/report/status.json" \
    >"$out/report/items.jsonl"
  local import=$out/report/import.json
  echo
  log "Demo summary"
  jq -r '"Bundle       \(.bundle) (\(.itemFiles) item files)",
         "Imported     \(.items | length) items: \(.imported) new, \(.unchanged) already there from an earlier run",
         "Refused      \(.refused | length) items" + (if (.refused | length) > 0 then ":" else "" end),
         (.refused[] | "  - \(.file): \(.reason)"),
         (if (.createdColumns + .createdChannels | length) > 0 then
            "Created      columns \(.createdColumns | join(", ") | if . == "" then "-" else . end); channels \(.createdChannels | join(", ") | if . == "" then "-" else . end)"
          else empty end),
         ((.documents // [])[] | "Document     \(.file): draft \(.slug)" + (if .created then "" else " (already there)" end)),
         (.notes[] | "Note         \(.)")' "$import"
  if [ -s "$out/report/schedules.jsonl" ]; then
    jq -r 'if .alreadyThere then "Schedule     \(.file): \(.channel) \(.day) already has \(.alreadyThere) slots (imported before)"
           else "Schedule     \(.file): \(.channel) \(.day), \(.programmes) programmes: \(.imported) imported, \(.fixed) fixed, \(.refused) refused"
             + (.refusals | map("\n  - \(.start // "?") \(.title // "?"): \(.reason)") | join("")) end' "$out/report/schedules.jsonl"
  fi
  echo
  echo "Deliveries by channel and state (the bundle's items):"
  jq -r '[.items[].deliveries[]] | group_by(.channel)[]
         | "  \(.[0].channel | . + (" " * ([24 - length, 1] | max)))\(group_by(.state) | map("\(.[0].state) \(length)") | join(", "))"' \
    "$out/report/status.json"
  jq -r 'select(.outcome == "partly") | "  ! \(.file): \(.reason)"' "$out/report/items.jsonl"
  if [ -f "$out/report/output-counts.json" ]; then
    echo
    echo "Output counts (report/output-counts.json; reporting year = 1 Dec – 30 Nov):"
    jq -r 'def pad($n): tostring | . + (" " * ([$n - length, 1] | max));
           "  " + ("year" | pad(6)) + ("unit" | pad(42)) + ("kind" | pad(10)) + ("channel" | pad(24)) + ("type" | pad(19)) + ("task" | pad(7)) + "outputs items",
           (.rows[] | "  " + (.reportingYear | pad(6)) + (.unit | pad(42)) + (.channelKind | pad(10)) + (.channel | pad(24))
              + (.contentType // "-" | pad(19)) + (.planTask // "-" | pad(7)) + (.outputs | pad(8)) + (.items | tostring))' \
      "$out/report/output-counts.json"
  fi
  echo
  if [ -f "$out/report/social.json" ]; then
    jq -r '"Social stub  \(.thisRun) posts received this run, \(.total) in all (\(.accepted) accepted): " +
           (.byApi | to_entries | map("\(.key) \(.value)") | join(", "))' "$out/report/social.json"
  fi
  local dir
  echo "Outputs in $out:"
  for dir in site feeds sitemaps xmltv social report; do
    printf '  %-9s %s files\n' "$dir/" "$(find "$out/$dir" -type f 2>/dev/null | wc -l)"
  done
  local lost
  lost=$(jq -s 'map(select(.outcome == "lost")) | length' "$out/report/items.jsonl")
  echo
  if [ "$lost" -gt 0 ]; then
    echo "Lost (neither published nor refused with a reason):" >&2
    jq -r 'select(.outcome == "lost") | "  - \(.file): \(.reason)"' "$out/report/items.jsonl" >&2
    DEMO_PROBLEMS+=("$lost item(s) lost: neither published nor refused with a reason")
  fi
  jq -s '{published: map(select(.outcome == "published")) | length, partly: map(select(.outcome == "partly")) | length,
          refused: map(select(.outcome == "refused")) | length, held: map(select(.outcome == "held")) | length,
          lost: map(select(.outcome == "lost")) | length}' "$out/report/items.jsonl" >"$out/report/outcomes.json"
  jq -r '"Items        \(.published) published, \(.partly) published with a channel refusing, \(.refused) refused, \(.held) held, \(.lost) lost"' \
    "$out/report/outcomes.json"
  if [ ${#DEMO_PROBLEMS[@]} -gt 0 ]; then
    printf '%serror:%s the demo did not complete:\n' "$RED" "$RESET" >&2
    printf '  - %s\n' "${DEMO_PROBLEMS[@]}" >&2
    return 1
  fi
  ok "Done: everything was published or refused with a reason."
}
