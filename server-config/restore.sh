#!/usr/bin/env bash
# Restores a backup archive (platform.backup) into a database, proving it on the way: the archive is decrypted and
# checked, the dump is restored in one transaction into a new database, every table's row count and checksum is
# compared with the backup's manifest, and only then is the new database given its name. The documents in the
# archive are put back into the document store. Used by `./crm restore` and by the system tests.
#
# Usage: restore.sh <archive file | store:<key in the document store>>
#
# Environment (defaults in brackets):
#   CRM_EAR                  the crm.ear whose jars do the work (required)
#   CRM_JDBC_DRIVER          path of the PostgreSQL JDBC driver jar (required)
#   CRM_DB_URL               the database to restore into [jdbc:postgresql://127.0.0.1:5432/crm]; it must not exist,
#                            unless CRM_RESTORE_REPLACE=true, which replaces it once the restore has been verified
#   CRM_DB_USER, CRM_DB_PASSWORD   the role that will own it [crm] (required: the password)
#   CRM_DB_SUPERUSER         a role allowed to create and drop databases [postgres]
#   CRM_DB_SSLMODE           TLS to PostgreSQL, as libpq's sslmode [prefer]
#   CRM_ENCRYPTION_KEY_FILE  the data keys [$CRM_SECRETS_DIR/data-keys]
#   CRM_STORAGE_*            where the documents go: the server's document store settings (docs/operations.md)
set -euo pipefail

archive=${1:?usage: restore.sh <archive file | store:<key>>}
: "${CRM_EAR:?CRM_EAR is required}"
: "${CRM_JDBC_DRIVER:?CRM_JDBC_DRIVER is required}"
: "${CRM_DB_PASSWORD:?CRM_DB_PASSWORD is required}"
export CRM_DB_URL=${CRM_DB_URL:-jdbc:postgresql://127.0.0.1:5432/crm}
export CRM_DB_USER=${CRM_DB_USER:-crm}
export CRM_ENCRYPTION_KEY_FILE=${CRM_ENCRYPTION_KEY_FILE:-${CRM_SECRETS_DIR:?CRM_SECRETS_DIR or CRM_ENCRYPTION_KEY_FILE is required}/data-keys}
replace=${CRM_RESTORE_REPLACE:-false}
export CRM_DB_SSLMODE=${CRM_DB_SSLMODE:-prefer} PGSSLMODE=${CRM_DB_SSLMODE:-prefer}
db_superuser=${CRM_DB_SUPERUSER:-postgres}

log() { printf '[restore] %s\n' "$*"; }
die() { printf '[restore] error: %s\n' "$*" >&2; exit 1; }

if [[ "$CRM_DB_URL" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]]; then
    host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} target=${BASH_REMATCH[4]}
else
    die "CRM_DB_URL must look like jdbc:postgresql://host:port/database (got $CRM_DB_URL)"
fi
[[ "$target" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name must be a plain lower-case identifier"
[[ "$CRM_DB_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database user must be a plain lower-case identifier"
[[ -r "$CRM_ENCRYPTION_KEY_FILE" ]] || die "cannot read the data keys in $CRM_ENCRYPTION_KEY_FILE"
[[ "$archive" == store:* || -r "$archive" ]] || die "cannot read $archive"
[[ -r "$CRM_EAR" ]] || die "cannot read $CRM_EAR"
# the tool runs in a directory of its own: every path it gets is absolute
CRM_EAR=$(realpath "$CRM_EAR"); CRM_JDBC_DRIVER=$(realpath "$CRM_JDBC_DRIVER")
export CRM_ENCRYPTION_KEY_FILE; CRM_ENCRYPTION_KEY_FILE=$(realpath "$CRM_ENCRYPTION_KEY_FILE")
[[ "$archive" == store:* ]] || archive=$(realpath "$archive")
[[ -z "${CRM_STORAGE_ROOT:-}" ]] || { mkdir -p "$CRM_STORAGE_ROOT" && export CRM_STORAGE_ROOT; CRM_STORAGE_ROOT=$(realpath "$CRM_STORAGE_ROOT"); }
as_super() { PGOPTIONS='-c client_min_messages=warning' PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$db_superuser" -d postgres "$@"; }
exists() { [[ "$(as_super -tA -c "select 1 from pg_database where datname = '$1'")" == 1 ]]; } # names checked above

if exists "$target" && [[ "$replace" != true ]]; then
    die "database $target exists: restore into a new database, or set CRM_RESTORE_REPLACE=true to replace it"
fi
# the password reaches psql through its environment (\getenv), never its command line
as_super -v user="$CRM_DB_USER" <<'SQL'
\getenv password CRM_DB_PASSWORD
select format('create role %I login password %L', :'user', :'password')
 where not exists (select 1 from pg_roles where rolname = :'user') \gexec
SQL
staging=${target}_restoring
as_super -c "drop database if exists \"$staging\" with (force)"
as_super -c "create database \"$staging\" owner \"$CRM_DB_USER\" encoding 'UTF8' template template0"

work=$(mktemp -d)
cleanup() { rm -rf "$work"; [[ -n "${staging:-}" ]] && as_super -c "drop database if exists \"$staging\" with (force)" >/dev/null 2>&1 || true; }
trap cleanup EXIT
(cd "$work" && jar xf "$CRM_EAR" crm-ejb.jar lib)
status=0
CRM_DB_URL="jdbc:postgresql://$host:$port/$staging" java -cp "$work/crm-ejb.jar:$work/lib/*:$CRM_JDBC_DRIVER" \
    org.realtycrm.platform.backup.RestoreTool "$archive" || status=$?
if [[ $status -ne 0 ]]; then
    [[ $status -eq 2 ]] && die "the restored database differs from the backup (above); $target was left as it was"
    die "the restore failed (above); $target was left as it was"
fi

# the restored database takes the name only now; the one it replaces is renamed aside first and dropped last, so
# that a failure at any point leaves one of the two under the name
replaced=
if exists "$target"; then
    replaced=${target}_replaced_$(date +%Y%m%d%H%M%S)
    log "replacing database $target (renamed $replaced until the restored one has its name)"
    as_super -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$target' and pid <> pg_backend_pid()" >/dev/null
    as_super -c "alter database \"$target\" rename to \"$replaced\""
fi
as_super -c "select pg_terminate_backend(pid) from pg_stat_activity where datname = '$staging' and pid <> pg_backend_pid()" >/dev/null
if ! as_super -c "alter database \"$staging\" rename to \"$target\""; then
    [[ -n "$replaced" ]] && as_super -c "alter database \"$replaced\" rename to \"$target\""
    die "could not give the restored database the name $target; $target was left as it was"
fi
staging=
[[ -z "$replaced" ]] || as_super -c "drop database \"$replaced\" with (force)"
log "database $target restored and verified"
