#!/usr/bin/env bash
# Media upload of a 1 GiB clip with cms-api's heap capped at 256 MB (issue #4): the resumable
# upload (16 parts of 64 MiB, S3 multipart) and one multipart POST, each checked by SHA-256.
# Needs the local servers (./cms services up). Starts its own cms-api on CMS_BENCH_PORT (18089)
# and stops it at the end. Prints time and the JVM's peak heap after GC from its GC log.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${CMS_BENCH_PORT:-18089}
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

(cd "$ROOT" && ./mvnw -B -q -pl cms-api -am -DskipTests package)
java -Xmx256m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$WORK/gc.log" -jar "$ROOT/cms-api/target/cms-api.jar" \
  --server.port="$PORT" --newsroom.media.max-size.audio=2GB --newsroom.media.inspect-timeout=120s \
  --spring.servlet.multipart.max-file-size=2GB --spring.servlet.multipart.max-request-size=2GB \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
  sleep 1
done

# A WAV file: 44-byte PCM header (44.1 kHz, 16-bit stereo) and 1 GiB - 44 bytes of random samples.
SIZE=$((1024 * 1024 * 1024)); DATA=$((SIZE - 44))
le32() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $((($1 >> 8) & 255)))\\x$(printf %02x $((($1 >> 16) & 255)))\\x$(printf %02x $((($1 >> 24) & 255)))"; }
{ printf 'RIFF'; le32 $((SIZE - 8)); printf 'WAVEfmt '; le32 16; printf '\x01\x00\x02\x00'; le32 44100; le32 176400
  printf '\x04\x00\x10\x00data'; le32 $DATA; head -c "$DATA" /dev/urandom; } > "$WORK/big.wav"
WANT=$(sha256sum "$WORK/big.wav" | cut -d' ' -f1)

TOKEN=$(curl -fs "http://127.0.0.1:$PORT/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"sanxuat.dai","password":"matkhau"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
AUTH=(-H "Authorization: Bearer $TOKEN")
json() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }

start=$SECONDS
UPLOAD=$(curl -fs "${AUTH[@]}" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/api/media/uploads" \
  -d "{\"fileName\":\"bench-1gib.wav\",\"size\":$SIZE,\"contentType\":\"audio/wav\",\"kind\":\"audio\"}" | json id)
split -b 64M -d -a 2 "$WORK/big.wav" "$WORK/part."
n=1; for part in "$WORK"/part.*; do
  curl -fs "${AUTH[@]}" -T "$part" -X PUT "http://127.0.0.1:$PORT/api/media/uploads/$UPLOAD/parts/$n" >/dev/null; n=$((n + 1))
done
rm -f "$WORK"/part.*
RESUMABLE=$(curl -fs "${AUTH[@]}" -X POST "http://127.0.0.1:$PORT/api/media/uploads/$UPLOAD/complete")
resumable_s=$((SECONDS - start))
GOT=$(echo "$RESUMABLE" | json sha256)
MEDIA=$(echo "$RESUMABLE" | json id)
curl -fs "${AUTH[@]}" -X DELETE "http://127.0.0.1:$PORT/api/media/$MEDIA" >/dev/null || true

start=$SECONDS
SINGLE=$(curl -fs "${AUTH[@]}" -F "file=@$WORK/big.wav;type=audio/wav" "http://127.0.0.1:$PORT/api/media")
single_s=$((SECONDS - start))
GOT2=$(echo "$SINGLE" | json sha256)
curl -fs "${AUTH[@]}" -X DELETE "http://127.0.0.1:$PORT/api/media/$(echo "$SINGLE" | json id)" >/dev/null || true

pairs=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/M->\([0-9]*\)M/ \1/')
before=$(echo "$pairs" | cut -d' ' -f1 | sort -n | tail -1)
after=$(echo "$pairs" | cut -d' ' -f2 | sort -n | tail -1)
echo "1 GiB upload, cms-api -Xmx256m: resumable ${resumable_s}s (sha256 $([ "$GOT" = "$WANT" ] && echo ok || echo MISMATCH)),"\
 "single POST ${single_s}s (sha256 $([ "$GOT2" = "$WANT" ] && echo ok || echo MISMATCH)); peak heap ${before} MB before GC, ${after} MB after GC (of 256 MB)"
[ "$GOT" = "$WANT" ] && [ "$GOT2" = "$WANT" ]
