# shellcheck shell=bash
# PostgreSQL for the local run and the tests: role `cms`, database `cms` for the apps and database
# `cms_test` for the tests (so a test run never touches the newsroom of `./cms up`), on
# 127.0.0.1:$PG_PORT. Uses a server already listening there when one is; otherwise runs our own
# cluster with data in .local/postgres, installing PostgreSQL with apt-get first when no server
# binaries are found.

# One setting, two spellings: CMS_PG_PORT for ./cms, CMS_DB_URL for the apps and tests. Either
# may be given; the other follows, so the servers and their clients never disagree. A CMS_DB_URL
# given by the caller is used by the tests too (CI and parallel checkouts name their own).
PG_PORT=${CMS_PG_PORT:-$(port_of "${CMS_DB_URL:-}" 5432)}
PG_URL_GIVEN=${CMS_DB_URL:-}
export CMS_DB_URL=${CMS_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/cms}
PG_DB=cms
# The tests' database; test-support's LocalServers.TEST_DATABASE has the same name.
PG_TEST_DB=cms_test
PG_USER=${CMS_DB_USERNAME:-cms}
PG_PASSWORD=${CMS_DB_PASSWORD:-cms}
PG_HOME=$LOCAL/postgres
PG_DATA=$PG_HOME/data
PG_SOCKET=$PG_HOME/socket
# A Unix socket path may not exceed 107 bytes; deep checkouts use a short folder in /tmp instead.
if [ ${#PG_SOCKET} -gt 80 ]; then PG_SOCKET=/tmp/cms-pg-$(printf '%s' "$PG_HOME" | md5sum | cut -c1-10); fi
PG_LOG=$LOG_DIR/postgres.log

pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null)
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  return 1
}

pg_install() {
  # Debian's package would create and start its own cluster on 5432; ours lives in .local.
  if is_root && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  fi
  apt_install postgresql
}

pg_psql_admin() { # SQL via the cluster's own socket, as its superuser
  as_service_user "$PG_BIN/psql" -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 "$@"
}

pg_can_login() { # pg_can_login [DATABASE]: role $PG_USER can open DATABASE (default $PG_DB)
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "${1:-$PG_DB}" -qAtX -c 'SELECT 1' >/dev/null 2>&1
}

pg_ensure_role_and_db() { # ADMIN_FUNCTION: the role, the apps' database and the tests' database
  local admin=$1 db
  if [ "$($admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != 1 ]; then
    $admin -c "CREATE ROLE \"$PG_USER\" LOGIN PASSWORD '$PG_PASSWORD'" || die "could not create role $PG_USER"
  fi
  for db in "$PG_DB" "$PG_TEST_DB"; do
    if [ "$($admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
      $admin -c "CREATE DATABASE \"$db\" OWNER \"$PG_USER\" ENCODING 'UTF8' TEMPLATE template0" || die "could not create database $db"
    fi
  done
}

pg_status() {
  local pid
  if pid=$(running_pid postgres "-D $PG_DATA"); then
    echo "PostgreSQL     running  pid $pid, 127.0.0.1:$PG_PORT, data $PG_DATA"
  elif [ -f "$RUN_DIR/postgres.external" ] && port_open "$PG_PORT"; then
    echo "PostgreSQL     external 127.0.0.1:$PG_PORT (not started by ./cms; left alone by 'down')"
  else
    echo "PostgreSQL     stopped"
  fi
}

pg_up() {
  local pid
  if pid=$(running_pid postgres "-D $PG_DATA"); then
    # A cluster started before the tests had a database of their own gets it now.
    if ! pg_can_login "$PG_TEST_DB"; then
      PG_BIN=$(pg_bindir) || die "PostgreSQL server binaries not found"
      pg_ensure_role_and_db pg_psql_admin
    fi
    ok "PostgreSQL: already running (pid $pid)"
    return 0
  fi
  require_cmd psql postgresql-client
  if port_open "$PG_PORT"; then
    pg_use_external
    return 0
  fi
  rm -f "$RUN_DIR/postgres.external"
  PG_BIN=$(pg_bindir) || { pg_install; PG_BIN=$(pg_bindir) || die "PostgreSQL server binaries not found after install"; }
  ensure_service_user
  service_dir "$PG_HOME" "$PG_SOCKET"
  start_log "$PG_LOG"; is_root && chown "$SERVICE_USER" "$PG_LOG"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "PostgreSQL: creating a cluster in $PG_DATA"
    as_service_user "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >>"$PG_LOG" 2>&1 || die "initdb failed (log: $PG_LOG)"
  fi
  log "PostgreSQL: starting on 127.0.0.1:$PG_PORT ($("$PG_BIN/postgres" --version))"
  as_service_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_SOCKET'" start >/dev/null \
    || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
  write_pid postgres "$(head -n1 "$PG_DATA/postmaster.pid")"
  pg_ensure_role_and_db pg_psql_admin
  wait_for "PostgreSQL" 30 "$PG_LOG" pg_can_login
  STARTED+=(postgres)
  ok "PostgreSQL: up (pid $(head -n1 "$(pid_file postgres)"), database $PG_DB, role $PG_USER)"
}

pg_use_external() {
  if ! { pg_can_login && pg_can_login "$PG_TEST_DB"; } && is_root && id -u postgres >/dev/null 2>&1 \
      && pg_psql_system -c 'SELECT 1' >/dev/null 2>&1; then
    # A distribution cluster (e.g. Debian's 'main') answers its own superuser on its socket:
    # the issue's contract is to create the cms role and database there (and the tests' database).
    log "PostgreSQL: creating role $PG_USER and databases $PG_DB, $PG_TEST_DB on the server already on port $PG_PORT"
    pg_ensure_role_and_db pg_psql_system
  fi
  pg_can_login || die "port $PG_PORT is taken by a program that is not a PostgreSQL server where role $PG_USER can log in to database $PG_DB.
  Create them there:  CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'; CREATE DATABASE $PG_DB OWNER $PG_USER;
  or stop that server, or set CMS_PG_PORT / CMS_DB_URL to another one."
  mkdir -p "$RUN_DIR"; touch "$RUN_DIR/postgres.external"
  ok "PostgreSQL: using the server already on 127.0.0.1:$PG_PORT (not started here, so never stopped here)"
}

# The database the tests use: CMS_DB_URL when the caller gave one, else $PG_TEST_DB, which must
# exist (pg_up creates it where it can create `cms`; on another server it is the owner's to create).
pg_test_url() {
  if [ -n "$PG_URL_GIVEN" ]; then echo "$PG_URL_GIVEN"; return 0; fi
  pg_can_login "$PG_TEST_DB" || die "the tests' database $PG_TEST_DB is missing on the PostgreSQL server on port $PG_PORT, and ./cms cannot create it there.
  Create it:  CREATE DATABASE $PG_TEST_DB OWNER $PG_USER;
  or point the tests at another database with CMS_DB_URL."
  echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_TEST_DB"
}

pg_psql_system() {
  runuser -u postgres -- psql -p "$PG_PORT" -d postgres -qAtX -v ON_ERROR_STOP=1 "$@"
}

pg_down() {
  # SIGINT = PostgreSQL's "fast" shutdown: ends sessions, checkpoints, keeps all committed data.
  stop_pid postgres "-D $PG_DATA" INT "PostgreSQL"
  rm -f "$RUN_DIR/postgres.external"
}
