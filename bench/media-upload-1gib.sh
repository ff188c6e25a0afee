#!/usr/bin/env bash
# Media upload of a 1 GiB clip with cms-api's heap capped at 256 MB (issues #4 and #9): the resumable
# upload (parts of 64 MiB, S3 multipart) and one multipart POST, each checked by SHA-256, then the
# reference: the same file put straight to S3 with the AWS SDK (bench's S3PutReference, same heap cap).
# Needs the local servers (./cms services up). Starts its own cms-api on CMS_BENCH_PORT (18089)
# and stops it at the end. Prints a sentence, then one line `RESULT {json}` for ./cms bench.
# CMS_BENCH_UPLOAD_MIB (1024) sets the size; CMS_BENCH_HEAP (256m) the heap of both JVMs;
# CMS_BENCH_SKIP_BUILD=1 uses the jars and classes already built.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${CMS_BENCH_PORT:-18089}
MIB=${CMS_BENCH_UPLOAD_MIB:-1024}
HEAP=${CMS_BENCH_HEAP:-256m}
BUCKET=${CMS_S3_MEDIA_BUCKET:-media}
WORK=$(mktemp -d)
trap 'if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

if [ -z "${CMS_BENCH_SKIP_BUILD:-}" ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl cms-api,bench -am -DskipTests package)
fi
java "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$WORK/gc.log" -jar "$ROOT/cms-api/target/cms-api.jar" \
  --server.port="$PORT" --newsroom.media.max-size.audio=2GB --newsroom.media.inspect-timeout=120s \
  --spring.servlet.multipart.max-file-size=2GB --spring.servlet.multipart.max-request-size=2GB \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
  sleep 1
done

# A WAV file: 44-byte PCM header (44.1 kHz, 16-bit stereo) and MIB MiB - 44 bytes of random samples.
SIZE=$((MIB * 1024 * 1024)); DATA=$((SIZE - 44))
le32() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $((($1 >> 8) & 255)))\\x$(printf %02x $((($1 >> 16) & 255)))\\x$(printf %02x $((($1 >> 24) & 255)))"; }
{ printf 'RIFF'; le32 $((SIZE - 8)); printf 'WAVEfmt '; le32 16; printf '\x01\x00\x02\x00'; le32 44100; le32 176400
  printf '\x04\x00\x10\x00data'; le32 $DATA; head -c "$DATA" /dev/urandom; } > "$WORK/big.wav"
WANT=$(sha256sum "$WORK/big.wav" | cut -d' ' -f1)

TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"sanxuat.dai","password":"matkhau"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
AUTH=(-H "Authorization: Bearer $TOKEN")
json() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
now() { date +%s.%N; }
rate() { awk -v mib="$MIB" -v s="$1" 'BEGIN { printf "%.1f", mib / s }'; }

start=$(now)
UPLOAD=$(curl -fs "${AUTH[@]}" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/media/uploads" \
  -d "{\"fileName\":\"bench-upload.wav\",\"size\":$SIZE,\"contentType\":\"audio/wav\",\"kind\":\"audio\"}" | json id)
split -b 64M -d -a 3 "$WORK/big.wav" "$WORK/part."
n=1; for part in "$WORK"/part.*; do
  curl -fs "${AUTH[@]}" -T "$part" -X PUT "http://127.0.0.1:$PORT/api/media/uploads/$UPLOAD/parts/$n" >/dev/null; n=$((n + 1))
done
rm -f "$WORK"/part.*
RESUMABLE=$(curl -fs "${AUTH[@]}" -X POST "http://127.0.0.1:$PORT/api/media/uploads/$UPLOAD/complete")
resumable_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
GOT=$(echo "$RESUMABLE" | json sha256)
MEDIA=$(echo "$RESUMABLE" | json id)
curl -fs "${AUTH[@]}" -X DELETE "http://127.0.0.1:$PORT/api/media/$MEDIA" >/dev/null || true

start=$(now)
SINGLE=$(curl -fs "${AUTH[@]}" -F "file=@$WORK/big.wav;type=audio/wav" "http://127.0.0.1:$PORT/api/media")
single_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
GOT2=$(echo "$SINGLE" | json sha256)
curl -fs "${AUTH[@]}" -X DELETE "http://127.0.0.1:$PORT/api/media/$(echo "$SINGLE" | json id)" >/dev/null || true
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

# peak_heap GC_LOG: "<largest heap before a GC> <largest heap after a GC>" in MB
peak_heap() {
  local pairs
  pairs=$(grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/M->\([0-9]*\)M/ \1/')
  [ -n "$pairs" ] || { echo "0 0"; return; }
  echo "$(echo "$pairs" | cut -d' ' -f1 | sort -n | tail -1) $(echo "$pairs" | cut -d' ' -f2 | sort -n | tail -1)"
}
read -r before after < <(peak_heap "$WORK/gc.log")

# The reference, same file, same heap cap: one PutObject with the AWS SDK v2.
CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/classpath.txt")"
SDK=$(java "-Xmx$HEAP" -Xlog:gc:file="$WORK/sdk-gc.log" -cp "$CP" vn.haugiang.newsroom.bench.S3PutReference \
  "$WORK/big.wav" "$BUCKET" "bench-reference/upload-$$.wav" | sed -n 's/^SDK //p')
sdk_s=$(echo "$SDK" | sed -n 's/.*"seconds":\([0-9.]*\).*/\1/p')
read -r _ sdk_after < <(peak_heap "$WORK/sdk-gc.log")

ok=false; [ "$GOT" = "$WANT" ] && [ "$GOT2" = "$WANT" ] && ok=true
echo "$MIB MiB upload, cms-api -Xmx$HEAP: resumable ${resumable_s}s (sha256 $([ "$GOT" = "$WANT" ] && echo ok || echo MISMATCH)),"\
 "single POST ${single_s}s (sha256 $([ "$GOT2" = "$WANT" ] && echo ok || echo MISMATCH)); peak heap ${before} MB before GC,"\
 "${after} MB after GC; AWS SDK put ${sdk_s}s"
echo "RESULT {\"mib\":$MIB,\"resumable_mib_per_s\":$(rate "$resumable_s"),\"single_mib_per_s\":$(rate "$single_s"),"\
"\"sdk_mib_per_s\":$(rate "$sdk_s"),\"peak_heap_before_gc_mb\":${before:-0},\"peak_heap_after_gc_mb\":${after:-0},"\
"\"sdk_peak_heap_after_gc_mb\":${sdk_after:-0},\"sha256_ok\":$ok}"
$ok
