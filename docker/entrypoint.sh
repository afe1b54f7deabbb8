#!/usr/bin/env bash
# Container start for the Realty CRM image (docker/Dockerfile):
#   1. server-config/provision.sh, the same script ./crm and the integration tests run: PostgreSQL role and
#      database, Payara's timer and batch tables, the JWT key pair in CRM_SECRETS_DIR, the domain "crm" from
#      server-config/domain.asadmin (re-created only when that configuration changed), left running;
#   2. secure admin, once per domain, so that the admin console on 4848 answers from outside the container;
#   3. the EAR, deployed when this domain does not have this exact crm.ear yet;
#   4. the server log on stdout until the container is stopped (SIGTERM stops the domain cleanly).
#
# Environment: everything provision.sh reads (see its header), plus
#   CRM_DB_SUPERUSER_PASSWORD  password of CRM_DB_SUPERUSER, used only by provision.sh to create the role and the
#                              database when they are missing; kept out of the application server's environment
set -euo pipefail

crm=/opt/payara/crm
: "${CRM_ASADMIN_PASSWORD:?CRM_ASADMIN_PASSWORD is required}"
: "${CRM_DB_PASSWORD:?CRM_DB_PASSWORD is required}"
export PAYARA_HOME=${PAYARA_HOME:-/opt/payara/appserver}
export CRM_DOMAIN=${CRM_DOMAIN:-crm}
export CRM_JDBC_DRIVER=${CRM_JDBC_DRIVER:-$crm/postgresql.jar}
export CRM_SECRETS_DIR=${CRM_SECRETS_DIR:-/opt/payara/secrets}
unset CRM_PORT_BASE # the image publishes the default ports, 4848 and 8080
[[ -n "${CRM_ADMIN_PASSWORD:-}" ]] || unset CRM_ADMIN_PASSWORD # empty: the server generates one and logs it once
superuser_password=${CRM_DB_SUPERUSER_PASSWORD:-}
unset CRM_DB_SUPERUSER_PASSWORD

asadmin=$PAYARA_HOME/bin/asadmin
domain_dir=$PAYARA_HOME/glassfish/domains/$CRM_DOMAIN
log=$domain_dir/logs/server.log
say() { printf '[entrypoint] %s\n' "$*"; }

work=$(mktemp -d) # mode 700: holds the admin password file and, briefly, the superuser's pgpass
trap 'rm -rf "$work"' EXIT
printf 'AS_ADMIN_PASSWORD=%s\n' "$CRM_ASADMIN_PASSWORD" >"$work/asadmin-password"
admin=("$asadmin" --user admin --passwordfile "$work/asadmin-password")

# --- 1. provision (the server's log is followed from here on) ------------------------------------------------
log_offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
if [[ -n "$superuser_password" ]]; then
    pgpass_field() { local v=${1//\\/\\\\}; printf '%s' "${v//:/\\:}"; }
    (umask 077 && printf '*:*:*:%s:%s\n' "$(pgpass_field "${CRM_DB_SUPERUSER:-postgres}")" \
        "$(pgpass_field "$superuser_password")" >"$work/pgpass")
    PGPASSFILE=$work/pgpass bash "$crm/server-config/provision.sh"
    rm -f "$work/pgpass"
else
    bash "$crm/server-config/provision.sh"
fi
[[ $(stat -c %s "$log" 2>/dev/null || echo 0) -ge $log_offset ]] || log_offset=0 # a re-created domain, a new log

# --- 2. secure admin: a new domain accepts admin connections from localhost only --------------------------------
if [[ ! -f "$domain_dir/config/.crm-secure-admin" ]]; then
    say "enabling secure admin (the admin console answers on https://<host>:4848)"
    "${admin[@]}" enable-secure-admin >/dev/null
    "$asadmin" stop-domain "$CRM_DOMAIN" >/dev/null
    "$asadmin" start-domain "$CRM_DOMAIN" >/dev/null
    touch "$domain_dir/config/.crm-secure-admin"
fi

# --- 3. deploy, unless this domain already runs this EAR (as ./crm does) ----------------------------------------
ear=$crm/crm.ear
stamp=$domain_dir/config/.crm-deployed
sum=$(sha256sum "$ear" | cut -d' ' -f1)
if [[ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]] \
    || ! "${admin[@]}" list-applications 2>/dev/null | grep -q '^crm '; then
    say "deploying crm.ear (Flyway migrates the database during deployment)"
    "${admin[@]}" deploy --force=true --name crm "$ear" >/dev/null
    echo "$sum" >"$stamp"
fi
say "deployed: http://<host>:8080/ (ready when /health/ready is UP)"

# --- 4. foreground: follow the log while the server runs ---------------------------------------------------------
tail -c "+$((log_offset + 1))" -F "$log" &
tail_pid=$!
stop() {
    say "stopping domain $CRM_DOMAIN"
    "$asadmin" stop-domain "$CRM_DOMAIN" >/dev/null || true
    kill "$tail_pid" 2>/dev/null || true
    exit 0
}
trap stop TERM INT
# read on every turn: a restart from the admin console starts a new process
while kill -0 "$(cat "$domain_dir/config/pid" 2>/dev/null)" 2>/dev/null; do
    sleep 5 &
    wait $! || true
done
say "the server process ended unexpectedly"
kill "$tail_pid" 2>/dev/null || true
exit 1
