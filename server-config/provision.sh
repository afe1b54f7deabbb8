#!/usr/bin/env bash
# Provisions a Payara Server domain for the CRM and leaves it running, ready for a deployment:
#   1. the PostgreSQL role and database (created when missing; --fresh drops and recreates the database),
#   2. Payara's EJB timer and batch tables in that database (the server's own, from its shipped scripts),
#   3. the JWT signing key pair, the data key file and the TLS certificate (generated when absent, never committed),
#   4. the domain, created with an admin password and configured by applying domain.asadmin.
# A domain already provisioned from the same domain.asadmin and settings is only started, so running this
# again is harmless. Used by ./crm start, by the integration tests (crm-it) and by the Docker image.
#
# Environment (defaults in brackets):
#   PAYARA_HOME            the unpacked Payara Server (required)
#   CRM_DOMAIN             domain name [crm]
#   CRM_PORT_BASE          port base (admin = base+48, http = base+80); empty: 4848 and 8080 []
#   CRM_ASADMIN_PASSWORD   the domain's admin password (required; never the empty default)
#   CRM_DB_URL             [jdbc:postgresql://127.0.0.1:5432/crm]
#   CRM_DB_USER            [crm]
#   CRM_DB_PASSWORD        (required)
#   CRM_DB_SUPERUSER       a role allowed to create roles and databases, used only when they are missing [postgres]
#   CRM_JDBC_DRIVER        path of the PostgreSQL JDBC driver jar (required)
#   CRM_SECRETS_DIR        where the JWT key pair and the data keys live (required)
#   CRM_HEAP               server heap [1024m]
#   CRM_CONFIG_PROFILE     MicroProfile Config profile [prod]
#   CRM_JWT_ISSUER         the tokens' issuer [realty-crm]
#   CRM_TLS_CERT, CRM_TLS_KEY  the HTTPS listener's certificate (chain) and private key, PEM files; unset: a
#                          self-signed pair generated once in CRM_SECRETS_DIR for CRM_TLS_HOSTNAME [localhost]
#   CRM_NODE_NAME          this node's name among the nodes sharing the database: letters, digits, . _ - [<short host name>-<domain>]
#   CRM_DB_SSLMODE         TLS to PostgreSQL, as libpq's sslmode: disable, prefer, require, verify-ca, verify-full [prefer]
#   CRM_SITE_DB_USER       the public website's read-only database role [<CRM_DB_USER>_site]; its password is made
#                          once in CRM_SECRETS_DIR/site-db-password (or CRM_SITE_DB_PASSWORD)
# The website's intake source (its forms' key and secret) is made once in CRM_SECRETS_DIR/site-intake-key and
# site-intake-secret; the server gets them as a system property and a password alias (server-config/site.sh
# hands the same to the website's nodes).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fresh=false
[[ "${1:-}" == "--fresh" ]] && fresh=true

: "${PAYARA_HOME:?PAYARA_HOME is required}"
: "${CRM_ASADMIN_PASSWORD:?CRM_ASADMIN_PASSWORD is required}"
: "${CRM_DB_PASSWORD:?CRM_DB_PASSWORD is required}"
: "${CRM_JDBC_DRIVER:?CRM_JDBC_DRIVER is required}"
: "${CRM_SECRETS_DIR:?CRM_SECRETS_DIR is required}"
export CRM_DOMAIN=${CRM_DOMAIN:-crm}
export CRM_DB_URL=${CRM_DB_URL:-jdbc:postgresql://127.0.0.1:5432/crm}
export CRM_DB_USER=${CRM_DB_USER:-crm}
export CRM_HEAP=${CRM_HEAP:-1024m}
export CRM_CONFIG_PROFILE=${CRM_CONFIG_PROFILE:-prod}
export CRM_JWT_ISSUER=${CRM_JWT_ISSUER:-realty-crm}
export CRM_DB_SSLMODE=${CRM_DB_SSLMODE:-prefer}
short_host=${HOSTNAME:-$(uname -n)}
export CRM_NODE_NAME=${CRM_NODE_NAME:-${short_host%%.*}-$CRM_DOMAIN}
db_superuser=${CRM_DB_SUPERUSER:-postgres}
export CRM_SITE_DB_USER=${CRM_SITE_DB_USER:-${CRM_DB_USER}_site}

log() { printf '[provision] %s\n' "$*"; }
die() { printf '[provision] error: %s\n' "$*" >&2; exit 1; }
[[ "$CRM_NODE_NAME" =~ ^[A-Za-z0-9._-]{1,60}$ ]] || die "CRM_NODE_NAME is 1 to 60 letters, digits, dots, underscores or dashes (got $CRM_NODE_NAME)"
[[ "$CRM_DB_SSLMODE" =~ ^(disable|allow|prefer|require|verify-ca|verify-full)$ ]] \
    || die "CRM_DB_SSLMODE is one of disable, allow, prefer, require, verify-ca, verify-full (got $CRM_DB_SSLMODE)"

export PGSSLMODE=$CRM_DB_SSLMODE # psql below too

# --- parse jdbc:postgresql://host[:port]/database ---------------------------------------------------------
if [[ "$CRM_DB_URL" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+) ]]; then
    export CRM_DB_HOST=${BASH_REMATCH[1]} CRM_DB_PORT=${BASH_REMATCH[3]:-5432} CRM_DB_NAME=${BASH_REMATCH[4]}
else
    die "CRM_DB_URL must look like jdbc:postgresql://host:port/database (got $CRM_DB_URL)"
fi
[[ "$CRM_DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name must be a plain lower-case identifier"
[[ "$CRM_DB_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database user must be a plain lower-case identifier"
[[ "$CRM_SITE_DB_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "CRM_SITE_DB_USER must be a plain lower-case identifier"

# --- secrets made once: the website's database password and its intake source's key and secret --------------
mkdir -p "$CRM_SECRETS_DIR"
chmod 700 "$CRM_SECRETS_DIR"
made_once() { # made_once FILE COMMAND...: the file's content, made by the command the first time
    [[ -s "$1" ]] || (umask 077 && "${@:2}" >"$1")
    cat "$1"
}
export CRM_SITE_DB_PASSWORD=${CRM_SITE_DB_PASSWORD:-$(made_once "$CRM_SECRETS_DIR/site-db-password" \
    sh -c "openssl rand -base64 24 | tr -d '/+=\n'")}
export CRM_SITE_INTAKE_KEY; CRM_SITE_INTAKE_KEY=$(made_once "$CRM_SECRETS_DIR/site-intake-key" \
    sh -c 'printf "in_%s" "$(openssl rand -hex 12)"')
site_intake_secret=$(made_once "$CRM_SECRETS_DIR/site-intake-secret" sh -c 'printf "whsec_%s" "$(openssl rand -hex 32)"')

# --- 1. role and database ------------------------------------------------------------------------------------
as_super() { PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$CRM_DB_HOST" -p "$CRM_DB_PORT" -U "$db_superuser" -d postgres "$@"; }
as_app() { PGPASSWORD=$CRM_DB_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$CRM_DB_HOST" -p "$CRM_DB_PORT" -U "$CRM_DB_USER" -d "$CRM_DB_NAME" "$@"; }

if as_super -c 'select 1' >/dev/null 2>&1; then
    # the password reaches psql through its environment (\getenv), never its command line
    as_super -v user="$CRM_DB_USER" <<'SQL'
\getenv password CRM_DB_PASSWORD
select format('create role %I login password %L', :'user', :'password')
 where not exists (select 1 from pg_roles where rolname = :'user') \gexec
select format('alter role %I login password %L', :'user', :'password') \gexec
SQL
    if $fresh; then
        log "dropping database $CRM_DB_NAME (--fresh)"
        as_super -c "drop database if exists \"$CRM_DB_NAME\" with (force)"
    fi
    as_super -v db="$CRM_DB_NAME" -v user="$CRM_DB_USER" <<'SQL'
select format('create database %I owner %I encoding %L template template0', :'db', :'user', 'UTF8')
 where not exists (select 1 from pg_database where datname = :'db') \gexec
SQL
    # the public website's role: it may read the site_* views of this database (migration V40 grants them to
    # <database>_site_reader) and nothing else
    as_super -v user="$CRM_SITE_DB_USER" -v reader="${CRM_DB_NAME}_site_reader" <<'SQL'
\getenv password CRM_SITE_DB_PASSWORD
select format('create role %I nologin', :'reader') where not exists (select 1 from pg_roles where rolname = :'reader') \gexec
select format('create role %I login password %L', :'user', :'password')
 where not exists (select 1 from pg_roles where rolname = :'user') \gexec
select format('alter role %I login password %L', :'user', :'password') \gexec
select format('grant %I to %I', :'reader', :'user') \gexec
select format('alter role %I set default_transaction_read_only = on', :'user') \gexec
SQL
else
    log "cannot connect as $db_superuser: assuming role $CRM_DB_USER and database $CRM_DB_NAME exist"
fi
as_app -c 'select 1' >/dev/null || die "cannot connect to $CRM_DB_URL as $CRM_DB_USER"
# a database migrated before the website's role existed: its views get their grant now
if [[ -n "$(as_app -tA -c "select to_regclass('public.site_listings')")" ]] \
    && [[ -n "$(as_app -tA -c "select 1 from pg_roles where rolname = '${CRM_DB_NAME}_site_reader'")" ]]; then
    as_app -c "grant select on site_listings, site_listing_photos, site_price_history, site_agents to \"${CRM_DB_NAME}_site_reader\""
fi

# --- 2. the tables of the EJB timer service and the batch runtime ---------------------------------------------
# Payara's own tables, from the scripts it ships. Created here because the server does not reliably create them
# itself on a fresh database (the batch runtime's lazy creation failed on Payara 6.2025.9); the batch script's
# leading DROP TABLE statements are left out.
scripts=$PAYARA_HOME/glassfish/lib/install/databases
if [[ -z "$(as_app -tA -c "select to_regclass('public.\"EJB__TIMER__TBL\"')")" ]]; then
    log "creating the EJB timer table"
    as_app -f "$scripts/ejbtimer_postgresql.sql"
fi
if [[ -z "$(as_app -tA -c "select to_regclass('public.jobinstancedata')")" ]]; then
    log "creating the batch runtime's tables"
    sed '/^DROP TABLE/d' "$scripts/jsr352-postgresql.sql" | as_app -1
fi

# --- 3. JWT key pair -----------------------------------------------------------------------------------------
export CRM_JWT_PRIVATE_KEY=$CRM_SECRETS_DIR/jwt-private.pem
export CRM_JWT_PUBLIC_KEY_URL=file://$CRM_SECRETS_DIR/jwt-public.pem
if [[ ! -s "$CRM_JWT_PRIVATE_KEY" ]]; then
    log "generating the JWT signing key pair in $CRM_SECRETS_DIR"
    (umask 077 && openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$CRM_JWT_PRIVATE_KEY")
    openssl pkey -in "$CRM_JWT_PRIVATE_KEY" -pubout -out "$CRM_SECRETS_DIR/jwt-public.pem"
fi
# the data keys (platform.sealing.KeyRing) seal contact data in the database and encrypt backups: version 1 now;
# rotating adds a line with a higher version (./crm rotate-key). The index key makes the blind indexes of emails and
# phone numbers; it is never rotated. A key file from before the blind indexes gets its index key here.
export CRM_DATA_KEY_FILE=$CRM_SECRETS_DIR/data-keys
if [[ ! -s "$CRM_DATA_KEY_FILE" ]]; then
    log "generating the data key file in $CRM_SECRETS_DIR"
    (umask 077 && printf '# version:base64 of 32 random bytes; the highest version encrypts, every version decrypts\n1:%s\n' \
        "$(openssl rand -base64 32)" >"$CRM_DATA_KEY_FILE")
fi
if ! grep -q '^index:' "$CRM_DATA_KEY_FILE"; then
    log "adding the blind-index key to the data key file"
    printf '# the blind-index key (HMAC of emails and phone numbers); never change it\nindex:%s\n' \
        "$(openssl rand -base64 32)" >>"$CRM_DATA_KEY_FILE"
fi
# the HTTPS listener's key store, made from PEM files every time (a renewed certificate takes effect at the next
# start of the server); its password is a password alias, like the database's
tls_cert=${CRM_TLS_CERT:-$CRM_SECRETS_DIR/tls-cert.pem}
tls_key=${CRM_TLS_KEY:-$CRM_SECRETS_DIR/tls-key.pem}
if [[ -z "${CRM_TLS_CERT:-}" && ! -s "$tls_cert" ]]; then
    tls_host=${CRM_TLS_HOSTNAME:-localhost}
    log "generating a self-signed TLS certificate for $tls_host in $CRM_SECRETS_DIR"
    (umask 077 && openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$tls_host" \
        -addext "subjectAltName=DNS:$tls_host,DNS:localhost,IP:127.0.0.1" -keyout "$tls_key" -out "$tls_cert" 2>/dev/null)
fi
[[ -r "$tls_cert" && -r "$tls_key" ]] || die "cannot read the TLS certificate $tls_cert and key $tls_key"
tls_password_file=$CRM_SECRETS_DIR/tls-keystore-password
[[ -s "$tls_password_file" ]] || (umask 077 && openssl rand -base64 24 | tr -d '/+=\n' >"$tls_password_file")
export CRM_TLS_KEYSTORE=$CRM_SECRETS_DIR/tls.p12
(umask 077 && TLS_PASSWORD=$(cat "$tls_password_file") openssl pkcs12 -export -in "$tls_cert" -inkey "$tls_key" \
    -name crm -out "$CRM_TLS_KEYSTORE" -passout env:TLS_PASSWORD) || die "the TLS certificate and key do not make a key store"

# --- 4. the domain -------------------------------------------------------------------------------------------
asadmin=$PAYARA_HOME/bin/asadmin
domain_dir=$PAYARA_HOME/glassfish/domains/$CRM_DOMAIN
if [[ -n "${CRM_PORT_BASE:-}" ]]; then
    admin_port=$((CRM_PORT_BASE + 48)); port_args=(--portbase "$CRM_PORT_BASE")
else
    admin_port=4848; port_args=(--adminport 4848 --instanceport 8080)
fi
passfile=$(mktemp)
trap 'rm -f "$passfile" "${commands:-}"' EXIT
chmod 600 "$passfile"
printf 'AS_ADMIN_PASSWORD=%s\n' "$CRM_ASADMIN_PASSWORD" >"$passfile"
remote=("$asadmin" --user admin --passwordfile "$passfile" --port "$admin_port")

commands=$(mktemp)
envsubst <"$here/domain.asadmin" | grep -v '^\s*#' | grep -v '^\s*$' >"$commands"
# a changed resource, script, port or admin password means a new domain
# (the database password is not in the commands, only its alias: its hash counts instead)
fingerprint=$( (cat "$commands" "$0"; echo "$admin_port"; printf '%s' "$CRM_ASADMIN_PASSWORD" | sha256sum;
    printf '%s' "$CRM_DB_PASSWORD" | sha256sum; sha256sum <"$tls_password_file";
    printf '%s' "$site_intake_secret" | sha256sum) | sha256sum | cut -d' ' -f1)
marker=$domain_dir/config/.crm-provisioned

# the server's environment gets no database or console passwords (the pool has its own copy)
start_domain() { env -u CRM_DB_PASSWORD -u CRM_ASADMIN_PASSWORD -u CRM_SITE_DB_PASSWORD -u PGPASSWORD "$asadmin" start-domain "$CRM_DOMAIN" >/dev/null; }
domain_running() { "$asadmin" list-domains 2>/dev/null | grep -q "^$CRM_DOMAIN running"; }

if [[ -d "$domain_dir" ]] && { $fresh || [[ "$(cat "$marker" 2>/dev/null)" != "$fingerprint" ]]; }; then
    log "re-creating domain $CRM_DOMAIN (its configuration changed)"
    domain_running && "$asadmin" stop-domain "$CRM_DOMAIN" >/dev/null
    "$asadmin" delete-domain "$CRM_DOMAIN" >/dev/null
fi

if [[ ! -d "$domain_dir" ]]; then
    log "creating domain $CRM_DOMAIN (admin port $admin_port)"
    "$asadmin" --user admin --passwordfile "$passfile" create-domain "${port_args[@]}" "$CRM_DOMAIN" >/dev/null
    cp "$CRM_JDBC_DRIVER" "$domain_dir/lib/postgresql.jar"
    start_domain
    # the database password lives in the domain's encrypted alias store, never in domain.xml: the pool refers to
    # it as ${ALIAS=crm.db.password}, and Payara's password config source serves it to the backups' pg_dump
    aliasfile=$(mktemp)
    chmod 600 "$aliasfile"
    for alias in crm.db.password crm.tls.keystore-password crm.site.intake-secret; do
        case $alias in
            crm.db.password) value=$CRM_DB_PASSWORD ;;
            crm.tls.keystore-password) value=$(cat "$tls_password_file") ;;
            crm.site.intake-secret) value=$site_intake_secret ;;
        esac
        printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_ALIASPASSWORD=%s\n' "$CRM_ASADMIN_PASSWORD" "$value" >"$aliasfile"
        "$asadmin" --user admin --passwordfile "$aliasfile" --port "$admin_port" create-password-alias "$alias" \
            >/dev/null || { rm -f "$aliasfile"; die "cannot store $alias as a password alias"; }
    done
    rm -f "$aliasfile"
    log "applying server-config/domain.asadmin"
    # multimode carries on past a failed command: read its output for failures
    output=$("${remote[@]}" multimode --file "$commands" 2>&1) || true
    if grep -qiE 'failed|invalid option|remote failure|not a valid|usage:' <<<"$output"; then
        printf '%s\n' "$output" >&2
        "$asadmin" stop-domain "$CRM_DOMAIN" >/dev/null || true
        "$asadmin" delete-domain "$CRM_DOMAIN" >/dev/null || true
        die "applying domain.asadmin failed (output above); the half-made domain was removed"
    fi
    # the timer datasource and JVM options take effect on restart
    "$asadmin" stop-domain "$CRM_DOMAIN" >/dev/null
    echo "$fingerprint" >"$marker"
fi

if ! domain_running; then
    log "starting domain $CRM_DOMAIN"
    start_domain
fi
log "domain $CRM_DOMAIN is running (admin port $admin_port)"
