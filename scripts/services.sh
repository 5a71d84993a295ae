#!/usr/bin/env bash
# Brings up the real services the integration tests talk to: PostgreSQL 15 with pgvector, and
# Redis, both on loopback. Debian 12 (bookworm), run as root, idempotent.
#
#   eval "$(sudo bash scripts/services.sh)"
#
# Progress goes to stderr; stdout carries only the `export MAANG_TEST_*=...` lines the tests read
# (see test-support's RealServices), so the output can be eval'ed. Run with --help for details.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: sudo bash scripts/services.sh [--verify] [--help]

Makes PostgreSQL 15 (with the pgvector extension) and Redis answer on loopback for the
integration tests, then prints the environment the tests read, as export lines on stdout:

  eval "$(sudo bash scripts/services.sh)"

(In a `set -e` script, capture first so a failure stops the script:
 env_lines=$(bash scripts/services.sh); eval "$env_lines" — `eval "$(...)"` alone hides it.)

What it does, each step skipped when already done (a second run changes nothing):
  1. PostgreSQL 15: reuses whatever answers on the PG port; otherwise installs Debian's
     postgresql, creates cluster 15/main if missing, and starts it.
  2. Redis: reuses whatever answers PING; otherwise installs redis-server and starts a
     non-persistent instance bound to loopback.
  3. pgvector: when the `vector` extension is not available, builds it (0.8.x) from Debian's
     own trixie source package (deb-src only: no trixie binaries are installable) — ~30 s.
  4. Test role (LOGIN, CREATEDB, not superuser) and database owned by it; the extension is
     created as superuser in that database and in template1, so databases the tests create
     later already have it.

Options:
  --verify   also run the end-to-end check (the test role creates a database, a table with a
             vector column, and drops it); done automatically whenever something changed.
  --help     this text.

Inputs (environment, defaults shown) — printed back unchanged on stdout:
  MAANG_TEST_PG_HOST=127.0.0.1  MAANG_TEST_PG_PORT=5432  MAANG_TEST_PG_DATABASE=maang_test
  MAANG_TEST_PG_USER=maang      MAANG_TEST_PG_PASSWORD=maang
  MAANG_TEST_REDIS_HOST=127.0.0.1  MAANG_TEST_REDIS_PORT=6379

MAANG_PG_CLUSTER=main names the Debian cluster (15/<name>) created or started when nothing
answers on the PostgreSQL port; it is not exported.

Only services on this machine are installed or started. For another host, the script only
checks that the services answer there. Without root, it only checks, too.
EOF
}

# --- settings ---------------------------------------------------------------------------------

PG_HOST=${MAANG_TEST_PG_HOST:-127.0.0.1}
PG_PORT=${MAANG_TEST_PG_PORT:-5432}
PG_DATABASE=${MAANG_TEST_PG_DATABASE:-maang_test}
PG_USER=${MAANG_TEST_PG_USER:-maang}
PG_PASSWORD=${MAANG_TEST_PG_PASSWORD:-maang}
REDIS_HOST=${MAANG_TEST_REDIS_HOST:-127.0.0.1}
REDIS_PORT=${MAANG_TEST_REDIS_PORT:-6379}

PG_MAJOR=15
PG_CLUSTER=${MAANG_PG_CLUSTER:-main}   # Debian cluster to create/start when nothing answers
PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin
PG_CONFIG=$PG_BIN/pg_config
PG_SOCKET_DIR=/var/run/postgresql       # Debian's unix socket directory: peer auth as postgres
DEBIAN_SOURCES=/etc/apt/sources.list.d/debian.sources
TRIXIE_SRC_FILE=/etc/apt/sources.list.d/maang-trixie-src.sources

APT_UPDATED=0      # apt-get update at most once per source-list state
CHANGED=0          # set when this run changed anything; triggers the end-to-end check
VERIFY=0
WORK_DIR=""        # temporary build directory, removed on exit

# --- small helpers ----------------------------------------------------------------------------

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }
changed() { CHANGED=1; log "$*"; }

cleanup() { if [[ -n "$WORK_DIR" ]]; then rm -rf "$WORK_DIR"; fi; }
trap cleanup EXIT

is_loopback() { [[ "$1" == 127.0.0.1 || "$1" == localhost || "$1" == ::1 ]]; }

# Runs a command with the given status line, its output sent to stderr (stdout is for exports).
run_logged() {
    local what=$1; shift
    log "$what"
    "$@" >&2 || die "failed: $what (command: $*)"
}

apt_update_once() {
    if [[ $APT_UPDATED -eq 0 ]]; then
        run_logged "apt-get update" apt-get update -q
        APT_UPDATED=1
    fi
}

# Installs the packages that are not installed yet. Naming an installed package to apt-get
# would upgrade it (dpkg-dev pulls a new dpkg), a change we do not want as a side effect.
apt_install() {
    local package missing=()
    for package in "$@"; do
        if [[ "$(dpkg-query -W -f '${db:Status-Status}' "$package" 2>/dev/null)" != installed ]]; then
            missing+=("$package")
        fi
    done
    [[ ${#missing[@]} -gt 0 ]] || return 0
    apt_update_once
    run_logged "installing: ${missing[*]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# --- PostgreSQL -------------------------------------------------------------------------------

pg_answers() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3 >/dev/null 2>&1; }

# psql as the postgres superuser over the unix socket. On a fresh Debian install the socket uses
# peer auth (only OS user postgres may log in as postgres) and TCP uses scram, so this is the one
# way in that works both there and on our trust-auth machines. `cd /` avoids "could not change
# directory" noise when the caller's directory is not readable by postgres.
pg_super() {
    local database=$1; shift
    (cd / && PGOPTIONS='-c client_min_messages=warning' \
        runuser -u postgres -- psql -X -q -At -v ON_ERROR_STOP=1 \
            -h "$PG_SOCKET_DIR" -p "$PG_PORT" -d "$database" "$@")
}

# psql as the test role over TCP, with its password: what the tests themselves do.
pg_test_user() {
    PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 PGOPTIONS='-c client_min_messages=warning' \
        psql -X -q -At -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$@"
}

ensure_postgres_installed() {
    if [[ ! -x $PG_BIN/postgres ]]; then
        # Debian bookworm's `postgresql` is 15. Its postinst usually creates cluster 15/main.
        apt_install postgresql
        changed "installed PostgreSQL $PG_MAJOR"
    fi
}

ensure_cluster_exists() {
    if ! pg_lsclusters -h | awk -v v="$PG_MAJOR" -v c="$PG_CLUSTER" '$1 == v && $2 == c {found = 1} END {exit !found}'; then
        run_logged "creating cluster $PG_MAJOR/$PG_CLUSTER on port $PG_PORT" \
            pg_createcluster --port "$PG_PORT" "$PG_MAJOR" "$PG_CLUSTER"
        changed "created cluster $PG_MAJOR/$PG_CLUSTER"
    fi
    local port
    port=$(pg_conftool -s "$PG_MAJOR" "$PG_CLUSTER" show port 2>/dev/null || echo 5432)
    [[ "$port" == "$PG_PORT" ]] || die "cluster $PG_MAJOR/$PG_CLUSTER is configured for port $port, not $PG_PORT; set MAANG_TEST_PG_PORT=$port or change the cluster's port"
}

# Debian's default (listen_addresses unset = 'localhost') already covers 127.0.0.1; only a
# cluster explicitly configured away from loopback ('' = unix socket only) needs a change.
ensure_listens_on_loopback() {
    local listen
    # pg_conftool fails when the setting is absent (default applies), prints '' as nothing.
    listen=$(pg_conftool -s "$PG_MAJOR" "$PG_CLUSTER" show listen_addresses 2>/dev/null) || return 0
    case ",${listen// /}," in
        *,localhost,* | *,127.0.0.1,* | *,\*,* | *,0.0.0.0,*) ;;
        *)
            pg_conftool "$PG_MAJOR" "$PG_CLUSTER" set listen_addresses "localhost${listen:+,$listen}" >&2
            changed "listen_addresses was '$listen'; added localhost"
            ;;
    esac
}

wait_for() {
    local what=$1 seconds=$2; shift 2
    local i
    for ((i = 0; i < seconds * 2; i++)); do
        if "$@"; then return 0; fi
        sleep 0.5
    done
    return 1
}

ensure_postgres_running() {
    if pg_answers; then
        log "PostgreSQL answers on $PG_HOST:$PG_PORT: reusing it"
        return
    fi
    is_loopback "$PG_HOST" || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT, and that is not this machine: start it there, or unset MAANG_TEST_PG_HOST"
    ensure_postgres_installed
    ensure_cluster_exists
    # The package's postinst may have started the cluster it created: then just wait for it.
    if pg_lsclusters -h | awk -v v="$PG_MAJOR" -v c="$PG_CLUSTER" '$1 == v && $2 == c && $4 == "online" {found = 1} END {exit !found}'; then
        wait_for "PostgreSQL" 15 pg_answers \
            || die "cluster $PG_MAJOR/$PG_CLUSTER is running but does not answer on $PG_HOST:$PG_PORT; check listen_addresses in /etc/postgresql/$PG_MAJOR/$PG_CLUSTER/postgresql.conf"
        log "cluster $PG_MAJOR/$PG_CLUSTER was already running: using it"
        return
    fi
    ensure_listens_on_loopback
    # --skip-systemctl-redirect: start the postmaster directly; CI containers have no systemd.
    run_logged "starting cluster $PG_MAJOR/$PG_CLUSTER" \
        pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" "$PG_CLUSTER" start
    wait_for "PostgreSQL" 30 pg_answers \
        || die "PostgreSQL $PG_MAJOR/$PG_CLUSTER started but does not answer on $PG_HOST:$PG_PORT; see /var/log/postgresql/postgresql-$PG_MAJOR-$PG_CLUSTER.log"
    changed "started PostgreSQL $PG_MAJOR/$PG_CLUSTER"
}

# --- Redis ------------------------------------------------------------------------------------

redis_answers() {
    local reply
    if command -v redis-cli >/dev/null 2>&1; then
        reply=$(timeout 5 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null) || return 1
    else
        # No redis-tools (e.g. Redis runs elsewhere): speak the protocol through bash itself.
        reply=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" && printf "PING\r\n" >&3 && head -c 5 <&3' \
            "$REDIS_HOST" "$REDIS_PORT" 2>/dev/null) || return 1
        reply=${reply#+}
    fi
    [[ "${reply%$'\r'}" == PONG ]]
}

ensure_redis_running() {
    if redis_answers; then
        log "Redis answers on $REDIS_HOST:$REDIS_PORT: reusing it"
        return
    fi
    is_loopback "$REDIS_HOST" || die "Redis does not answer on $REDIS_HOST:$REDIS_PORT, and that is not this machine: start it there, or unset MAANG_TEST_REDIS_HOST"
    if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
        apt_install redis-server redis-tools
        changed "installed Redis"
        # The package's own service may have started on installation.
        if wait_for "Redis" 3 redis_answers; then
            log "Redis answers after installation: reusing it"
            return
        fi
    fi
    mkdir -p /var/lib/redis /var/log/redis
    # A test cache: no snapshots, no AOF, loopback only ("-::1": IPv6 when the host has it).
    run_logged "starting redis-server on port $REDIS_PORT" \
        redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" \
            --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
    wait_for "Redis" 15 redis_answers \
        || die "redis-server started but does not answer PING on $REDIS_HOST:$REDIS_PORT; see /var/log/redis/ci.log"
    changed "started Redis on port $REDIS_PORT"
}

# --- pgvector ---------------------------------------------------------------------------------

vector_available() {
    [[ "$(pg_super postgres -c "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")" == 1 ]]
}

# Prints "URI<TAB>Signed-By" of the first deb822 stanza whose Suites include bookworm, so the new
# source reuses whatever mirror and key this machine is already configured with.
bookworm_source() {
    [[ -r $DEBIAN_SOURCES ]] || die "$DEBIAN_SOURCES not found: cannot tell which Debian mirror to fetch the pgvector source from"
    awk '
        function flush() {
            if (!done && uris != "" && (" " suites " ") ~ / bookworm /) {
                split(uris, u, " "); print u[1] "\t" signed; done = 1
            }
            uris = ""; suites = ""; signed = ""
        }
        /^[[:space:]]*$/ { flush(); next }
        /^#/ { next }
        tolower($1) == "uris:"      { $1 = ""; uris = $0;   sub(/^ +/, "", uris) }
        tolower($1) == "suites:"    { $1 = ""; suites = $0; sub(/^ +/, "", suites) }
        tolower($1) == "signed-by:" { $1 = ""; signed = $0; sub(/^ +/, "", signed) }
        END { flush() }
    ' "$DEBIAN_SOURCES"
}

# deb-src only: apt can fetch trixie's source, but no trixie binary can ever be installed.
ensure_trixie_source() {
    local line uri signed wanted
    line=$(bookworm_source)
    [[ -n "$line" ]] || die "no stanza with Suites: bookworm in $DEBIAN_SOURCES"
    uri=${line%%$'\t'*}
    signed=${line#*$'\t'}
    wanted="# Added by scripts/services.sh: source of pgvector 0.8 (built locally, not installed from trixie).
Types: deb-src
URIs: $uri
Suites: trixie
Components: main"
    if [[ -n "$signed" ]]; then wanted+=$'\n'"Signed-By: $signed"; fi
    if [[ ! -f $TRIXIE_SRC_FILE || "$(cat "$TRIXIE_SRC_FILE")" != "$wanted" ]]; then
        printf '%s\n' "$wanted" >"$TRIXIE_SRC_FILE"
        APT_UPDATED=0   # the new source's index must be fetched
        changed "wrote $TRIXIE_SRC_FILE (deb-src trixie from $uri)"
    fi
}

build_pgvector() {
    ensure_trixie_source
    apt_install postgresql-server-dev-$PG_MAJOR build-essential dpkg-dev
    WORK_DIR=$(mktemp -d /tmp/maang-pgvector.XXXXXX)
    # apt downloads as the unprivileged _apt user: let it write here, keeping the sandbox on.
    if id _apt >/dev/null 2>&1; then chown _apt "$WORK_DIR"; fi
    (cd "$WORK_DIR" && run_logged "fetching Debian's trixie source of pgvector" apt-get source -q pgvector/trixie)
    local src
    src=$(find "$WORK_DIR" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)
    [[ -n "$src" ]] || die "apt-get source pgvector/trixie produced no pgvector-* directory in $WORK_DIR"
    log "building $(basename "$src") against $("$PG_CONFIG" --version)"
    # OPTFLAGS="": no -march=native, so the library also runs on other CPUs if this machine's
    # image is reused (Debian's no-native patch does the same; this keeps it true without it).
    run_logged "make" make -C "$src" -j "$(nproc)" PG_CONFIG="$PG_CONFIG" OPTFLAGS=""
    run_logged "make install" make -C "$src" install PG_CONFIG="$PG_CONFIG" OPTFLAGS=""
    vector_available || die "pgvector was built and installed, but PostgreSQL does not list the vector extension"
    changed "installed pgvector $(pg_super postgres -c "SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")"
}

ensure_pgvector() {
    if vector_available; then
        log "pgvector available: $(pg_super postgres -c "SELECT default_version FROM pg_available_extensions WHERE name = 'vector'")"
    else
        log "the vector extension is missing: building pgvector (about 30 s)"
        build_pgvector
    fi
}

# --- test role and database -------------------------------------------------------------------

# One psql session; every statement is generated by a query that returns a row only when the
# catalog differs from what we want, and run by \gexec. So nothing runs (and nothing is printed)
# on a ready machine, while each statement executed prints its command tag, which we log
# (QUIET is off for that, and on around \connect to silence its banner).
# Values are passed as psql variables and quoted by format(%I / %L): no SQL injection by names.
provision_sql() {
    cat <<'SQL'
\set QUIET off
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB NOSUPERUSER', :'user')
  FROM pg_roles WHERE rolname = :'user' AND (NOT rolcanlogin OR NOT rolcreatedb OR rolsuper) \gexec

-- template1 first: CREATE DATABASE copies it, extension included.
\set QUIET on
\connect template1
\set QUIET off
SELECT 'CREATE EXTENSION vector' WHERE NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'vector') \gexec
-- PG 15 default: public belongs to pg_database_owner, i.e. to whoever owns each copied
-- database, so the test role may create tables in the databases it creates. Restore it if a
-- cluster (e.g. one upgraded from PG 14) has public owned by someone else.
SELECT 'ALTER SCHEMA public OWNER TO pg_database_owner' FROM pg_namespace
 WHERE nspname = 'public' AND nspowner <> 'pg_database_owner'::regrole \gexec

\set QUIET on
\connect postgres
\set QUIET off
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'database', :'user') FROM pg_database
 WHERE datname = :'database' AND datdba <> (SELECT oid FROM pg_roles WHERE rolname = :'user') \gexec

\set QUIET on
\connect :"database"
\set QUIET off
SELECT 'CREATE EXTENSION vector' WHERE NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'vector') \gexec
SELECT format('ALTER SCHEMA public OWNER TO %I', :'user')
 WHERE NOT has_schema_privilege(:'user', 'public', 'CREATE') \gexec
SQL
}

ensure_role_and_database() {
    local output
    output=$(provision_sql | pg_super postgres -v user="$PG_USER" -v password="$PG_PASSWORD" -v database="$PG_DATABASE" 2>&1) \
        || die "provisioning role $PG_USER and database $PG_DATABASE failed: $output"
    if [[ -n "$output" ]]; then
        changed "provisioned: $(tr '\n' ';' <<<"$output")"
    else
        log "role $PG_USER and database $PG_DATABASE (with vector) in place"
    fi
}

# The tests log in over TCP with the password. On a scram (non-trust) cluster a role whose
# password was changed by hand would fail here; reset it then, rather than on every run (which
# would rewrite the role's password hash each time).
ensure_test_login() {
    if pg_test_user -d "$PG_DATABASE" -c 'SELECT 1' >/dev/null 2>&1; then
        return
    fi
    is_loopback "$PG_HOST" || die "cannot log in as $PG_USER to $PG_DATABASE on $PG_HOST:$PG_PORT"
    pg_super postgres -v user="$PG_USER" -v password="$PG_PASSWORD" <<'SQL'
SELECT format('ALTER ROLE %I PASSWORD %L', :'user', :'password') \gexec
SQL
    changed "reset the password of role $PG_USER: it could not log in over TCP"
    local error
    error=$(pg_test_user -d "$PG_DATABASE" -c 'SELECT 1' 2>&1 >/dev/null) \
        || die "role $PG_USER still cannot log in to $PG_DATABASE on $PG_HOST:$PG_PORT: $error (check pg_hba.conf allows password or trust auth from $PG_HOST)"
}

# What the tests do: as the test role, create a database (inheriting vector from template1),
# create a table with a vector column in it, query it, drop the database.
verify_end_to_end() {
    local scratch="maang_services_check_$$" result
    log "end-to-end check as $PG_USER: CREATE DATABASE $scratch, vector table, DROP"
    pg_test_user -d "$PG_DATABASE" -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch" >/dev/null \
        || die "role $PG_USER cannot create a database"
    result=$(pg_test_user -d "$scratch" \
        -c "CREATE TABLE check_items (id int PRIMARY KEY, embedding vector(3))" \
        -c "INSERT INTO check_items VALUES (1, '[1,2,3]')" \
        -c "SELECT round((embedding <=> '[1,2,4]')::numeric, 4) FROM check_items" 2>&1) || {
        pg_test_user -d "$PG_DATABASE" -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null 2>&1 || true
        die "role $PG_USER cannot use vector tables in a database it created: $result"
    }
    pg_test_user -d "$PG_DATABASE" -c "DROP DATABASE $scratch WITH (FORCE)" >/dev/null \
        || die "role $PG_USER cannot drop database $scratch"
    log "end-to-end check passed (cosine distance [1,2,3] to [1,2,4] = $result)"
}

# --- non-root / remote: check only ------------------------------------------------------------

check_only() {
    local why=$1 error
    log "$why: only checking that the services are usable"
    pg_answers || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT ($why; run as root on this machine to start it)"
    error=$(pg_test_user -d "$PG_DATABASE" -c "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'" 2>&1) \
        || die "cannot log in as $PG_USER to $PG_DATABASE on $PG_HOST:$PG_PORT: $error"
    [[ "$error" == 1 ]] || die "the vector extension is not available on $PG_HOST:$PG_PORT"
    redis_answers || die "Redis does not answer PING on $REDIS_HOST:$REDIS_PORT"
}

print_exports() {
    local pair source
    for pair in MAANG_TEST_PG_HOST=PG_HOST MAANG_TEST_PG_PORT=PG_PORT MAANG_TEST_PG_DATABASE=PG_DATABASE \
                MAANG_TEST_PG_USER=PG_USER MAANG_TEST_PG_PASSWORD=PG_PASSWORD \
                MAANG_TEST_REDIS_HOST=REDIS_HOST MAANG_TEST_REDIS_PORT=REDIS_PORT; do
        source=${pair#*=}
        printf 'export %s=%q\n' "${pair%%=*}" "${!source}"   # %q: safe to eval whatever the value
    done
}

main() {
    while [[ $# -gt 0 ]]; do
        case $1 in
            -h | --help) usage; exit 0 ;;
            --verify) VERIFY=1 ;;
            *) die "unknown argument: $1 (see --help)" ;;
        esac
        shift
    done
    [[ "$PG_PORT" =~ ^[0-9]+$ && "$REDIS_PORT" =~ ^[0-9]+$ ]] || die "MAANG_TEST_PG_PORT and MAANG_TEST_REDIS_PORT must be numbers"

    if [[ $EUID -ne 0 ]]; then
        check_only "not root"
    elif ! is_loopback "$PG_HOST" && ! is_loopback "$REDIS_HOST"; then
        check_only "services on another host"
    else
        if is_loopback "$PG_HOST"; then
            ensure_postgres_running
            ensure_pgvector
            ensure_role_and_database
            ensure_test_login
            if [[ $CHANGED -eq 1 || $VERIFY -eq 1 ]]; then verify_end_to_end; fi
        else
            log "PostgreSQL on another host ($PG_HOST): only checking it"
            pg_test_user -d "$PG_DATABASE" -c 'SELECT 1' >/dev/null || die "cannot log in as $PG_USER to $PG_DATABASE on $PG_HOST:$PG_PORT"
        fi
        ensure_redis_running
    fi
    log "ready"
    print_exports
}

main "$@"
