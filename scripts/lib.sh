# shellcheck shell=bash
# Shared helpers for ./cms: logging, preconditions, PID files, ports and waiting.
# Every server we start is tracked by $RUN_DIR/<name>.pid and stopped only by that PID.

ROOT=${ROOT:?}
LOCAL=$(realpath -m "${CMS_LOCAL_DIR:-$ROOT/.local}")
RUN_DIR=$LOCAL/run
LOG_DIR=$LOCAL/logs
# The unprivileged account PostgreSQL and Elasticsearch run as when ./cms is run as root.
SERVICE_USER=${CMS_SERVICE_USER:-cms-services}

if [ -t 1 ]; then BOLD=$'\e[1m'; RED=$'\e[31m'; GREEN=$'\e[32m'; YELLOW=$'\e[33m'; RESET=$'\e[0m'
else BOLD=; RED=; GREEN=; YELLOW=; RESET=; fi

log()  { printf '%s==>%s %s\n' "$BOLD" "$RESET" "$*"; }
ok()   { printf '    %s%s%s\n' "$GREEN" "$*" "$RESET"; }
warn() { printf '    %s%s%s\n' "$YELLOW" "$*" "$RESET" >&2; }
die()  { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# apt_install PKG...: installs Debian/Ubuntu packages, or explains why it cannot.
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "need the package(s) $*, and no apt-get was found: install them with your package manager"
  local sudo=
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "need the package(s) $*: run as root, or install them (apt-get install $*)"
    sudo=sudo
  fi
  log "Installing $* with apt-get"
  if [ -z "${CMS_APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq >/dev/null || die "apt-get update failed"
    CMS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o Dpkg::Options::=--force-confold "$@" >/dev/null \
    || die "apt-get install $* failed"
}

require_cmd() { # require_cmd COMMAND [DEBIAN_PACKAGE]
  command -v "$1" >/dev/null 2>&1 || apt_install "${2:-$1}"
  command -v "$1" >/dev/null 2>&1 || die "$1 is still missing after installing ${2:-$1}"
}

# JAVA_HOME of the java on PATH (or $JAVA_HOME), checked to be 17 or newer.
require_java() {
  local java
  if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
    [ -x "$java" ] || die "JAVA_HOME is $JAVA_HOME, which has no bin/java: point it at a JDK 17 or newer, or unset it"
  else
    java=$(command -v java 2>/dev/null) \
      || die "no JDK found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
  fi
  local version
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$version" ] && [ "${version%%.*}" -ge 17 ] 2>/dev/null \
    || die "$java is Java ${version:-unknown}; Java 17 or newer is needed (set JAVA_HOME)"
  JAVA_BIN=$java
  CMS_JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")")
  export JAVA_HOME=${JAVA_HOME:-$CMS_JAVA_HOME}
}

mvnw() { "$ROOT/mvnw" -B -q "$@"; }

# The account that owns server data when we are root (servers refuse to run as root).
ensure_service_user() {
  is_root || return 0
  id -u "$SERVICE_USER" >/dev/null 2>&1 && return 0
  log "Creating the unprivileged user $SERVICE_USER for the local servers"
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SERVICE_USER" \
    || die "could not create user $SERVICE_USER"
}

# as_service_user CMD...: runs CMD as $SERVICE_USER when root, else as the caller.
as_service_user() {
  if is_root; then runuser -u "$SERVICE_USER" -- "$@"; else "$@"; fi
}

# Gives the service user a directory under .local; fails clearly when it cannot reach it.
service_dir() {
  mkdir -p "$@"
  if is_root; then
    chown -R "$SERVICE_USER" "$@"
    local d
    for d in "$@"; do
      runuser -u "$SERVICE_USER" -- test -w "$d" \
        || die "user $SERVICE_USER cannot write $d: a parent folder is not searchable (chmod o+x it, or set CMS_LOCAL_DIR)"
    done
  fi
}

# port_of URL DEFAULT: the port in a URL such as jdbc:postgresql://127.0.0.1:5432/cms
port_of() {
  local port
  port=$(printf '%s' "$1" | sed -n 's#^[a-z:]*//[^/:]*:\([0-9][0-9]*\).*#\1#p')
  echo "${port:-$2}"
}

# start_log FILE: appends a header so each start's lines can be told apart (logs are kept).
start_log() {
  mkdir -p "$(dirname "$1")"
  printf '\n==== %s: started by ./cms ====\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$1"
}

port_open() { # port_open PORT: something accepts connections on 127.0.0.1:PORT
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() { # require_free_port PORT WHAT
  port_open "$1" && die "port $1 (for $2) is already taken by another program: stop it, or see the README for the ports used"
  return 0
}

pid_file() { echo "$RUN_DIR/$1.pid"; }

# running_pid NAME MARKER: prints the PID if NAME's PID file names a live process whose command
# line (arguments joined by spaces) contains MARKER, a run of arguments only our server has
# (e.g. "org.gaul.s3proxy.Main --properties <file>"), so a recycled PID is never taken for it.
running_pid() {
  local file pid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pid=$(head -n1 "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$2" || return 1
  echo "$pid"
}

write_pid() { mkdir -p "$RUN_DIR"; echo "$2" > "$(pid_file "$1")"; }

# stop_pid NAME MARKER SIGNAL WHAT: stops the process recorded for NAME, and only that one.
stop_pid() {
  local name=$1 marker=$2 signal=$3 what=$4 pid
  if ! pid=$(running_pid "$name" "$marker"); then
    rm -f "$(pid_file "$name")"
    ok "$what: not running"
    return 0
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  local waited=0
  while [ -d "/proc/$pid" ] && [ $waited -lt 60 ]; do sleep 0.5; waited=$((waited + 1)); done
  if [ -d "/proc/$pid" ]; then
    warn "$what (pid $pid) did not stop in 30 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  ok "$what: stopped (pid $pid)"
}

# wait_for WHAT SECONDS LOGFILE CMD...: polls CMD until it succeeds, else fails showing the log.
wait_for() {
  local what=$1 seconds=$2 logfile=$3; shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      [ -f "$logfile" ] && { echo "---- last lines of $logfile ----" >&2; tail -n 30 "$logfile" >&2; }
      die "$what did not become ready within ${seconds}s (log: $logfile)"
    fi
    sleep 1
  done
}
