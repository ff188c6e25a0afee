#!/bin/sh
# One-shot MinIO setup, run by the minio-init service of docker/compose.yaml in the
# MinIO client image (quay.io/minio/mc) once the server is healthy. Safe to run again
# on every `up`: each step creates or updates, never fails on "already there".
#
# 1. buckets CMS_S3_MEDIA_BUCKET (media) and CMS_S3_SITE_BUCKET (site);
# 2. anonymous download on the site bucket (the public web output is read from there);
# 3. the apps' own key pair CMS_S3_ACCESS_KEY / CMS_S3_SECRET_KEY as a MinIO user that
#    may read and write objects in those two buckets only, so the apps never hold
#    the root credentials.
#
# Only shell builtins and mc are used: the mc image has no grep, sed or the like.
set -eu

: "${MINIO_URL:=http://minio:9000}"
: "${MINIO_ROOT_USER:?}" "${MINIO_ROOT_PASSWORD:?}"
: "${CMS_S3_ACCESS_KEY:?}" "${CMS_S3_SECRET_KEY:?}"
media="${CMS_S3_MEDIA_BUCKET:-media}"
site="${CMS_S3_SITE_BUCKET:-site}"
policy_name=newsroom-app

log() { printf 'minio-init: %s\n' "$*"; }

if [ "$CMS_S3_ACCESS_KEY" = "$MINIO_ROOT_USER" ]; then
  log "CMS_S3_ACCESS_KEY must differ from MINIO_ROOT_USER: the apps get their own, narrower user" >&2
  exit 1
fi

mc alias set cms "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null
log "connected to $MINIO_URL"

mc mb --ignore-existing "cms/$media"
mc mb --ignore-existing "cms/$site"

# "download" = anonymous GetObject (and listing) on the site bucket; media stays private.
mc anonymous set download "cms/$site"

# Scoped policy for the apps, written from the bucket names above.
policy_file=/tmp/$policy_name.json
printf '%s\n' \
  '{' \
  '  "Version": "2012-10-17",' \
  '  "Statement": [' \
  '    {' \
  '      "Effect": "Allow",' \
  '      "Action": ["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"],' \
  "      \"Resource\": [\"arn:aws:s3:::$media\", \"arn:aws:s3:::$site\"]" \
  '    },' \
  '    {' \
  '      "Effect": "Allow",' \
  '      "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject",' \
  '                 "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],' \
  "      \"Resource\": [\"arn:aws:s3:::$media/*\", \"arn:aws:s3:::$site/*\"]" \
  '    }' \
  '  ]' \
  '}' > "$policy_file"

# create = create or replace.
mc admin policy create cms "$policy_name" "$policy_file"

# user add = create, or update the secret of an existing user.
mc admin user add cms "$CMS_S3_ACCESS_KEY" "$CMS_S3_SECRET_KEY"

# Older mc/server pairs answer "already in effect" with exit 1 when the policy is
# already attached (minio/mc#4670); that is the state we want, so accept it.
if ! out=$(mc admin policy attach cms "$policy_name" --user "$CMS_S3_ACCESS_KEY" 2>&1); then
  case "$out" in
    *"already in effect"*) log "policy $policy_name already attached to $CMS_S3_ACCESS_KEY" ;;
    *) printf '%s\n' "$out" >&2; exit 1 ;;
  esac
else
  printf '%s\n' "$out"
fi

log "buckets $media (private) and $site (anonymous download) ready; user $CMS_S3_ACCESS_KEY has policy $policy_name"
