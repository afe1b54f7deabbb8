#!/bin/sh
# Container start for the website image (docker/Dockerfile.site): the node server-config/site.sh starts, with the
# same Payara Micro options, in the foreground (the container's log is the node's log).
#   1. the website's three secrets, each from CRM_SECRETS_DIR when its variable is not set already:
#        site-db-password    -> CRM_SITE_DB_PASSWORD    (the read-only role <CRM_DB_USER>_site)
#        site-intake-key     -> CRM_SITE_INTAKE_KEY     (the "Website" intake source, which the core makes from
#        site-intake-secret  -> CRM_SITE_INTAKE_SECRET   the same files)
#      provision.sh makes them once when the core starts; the directory is only read here;
#   2. the core's own secrets out of the node's environment, should any have been passed (site.sh does the same);
#   3. Payara Micro with crm-site.war at / on port 8080, no cluster, no phone home.
#
# Environment: CRM_SITE_DB_HOST (required), CRM_SITE_DB_PORT [5432], CRM_SITE_DB_NAME [crm], CRM_SITE_DB_USER
# [crm_site], CRM_SITE_DB_SSLMODE [prefer], CRM_SITE_HEAP [256m], CRM_SECRETS_DIR [/opt/payara/secrets]; any other
# CRM_SITE_* (CRM_SITE_CORE_URL, CRM_SITE_PUBLIC_URL, CRM_SITE_BRAND_NAME, ...) reaches the website as is
# (docs/website.md, Configuration).
# POSIX sh, not bash: the Payara Micro image is Alpine's busybox.
set -eu

secrets=${CRM_SECRETS_DIR:-/opt/payara/secrets}
war=${CRM_SITE_WAR:-/opt/payara/site/crm-site.war}
say() { printf '[site-entrypoint] %s\n' "$*"; }
die() { printf '[site-entrypoint] error: %s\n' "$*" >&2; exit 1; }

# from_secret VARIABLE FILE: VARIABLE from the secrets directory's FILE, unless it is set (and not empty) already
from_secret() {
    eval "given=\${$1:-}"
    if [ -n "$given" ]; then
        return
    fi
    [ -r "$secrets/$2" ] && [ -s "$secrets/$2" ] \
        || die "no $secrets/$2 and no $1: the core makes it when it provisions (provision.sh); start the core first"
    export "$1=$(cat "$secrets/$2")"
}

# --- 1. the database and the intake source ---------------------------------------------------------------------
: "${CRM_SITE_DB_HOST:?CRM_SITE_DB_HOST is required}"
export CRM_SITE_DB_PORT="${CRM_SITE_DB_PORT:-5432}" CRM_SITE_DB_NAME="${CRM_SITE_DB_NAME:-crm}" \
    CRM_SITE_DB_USER="${CRM_SITE_DB_USER:-crm_site}" CRM_SITE_DB_SSLMODE="${CRM_SITE_DB_SSLMODE:-prefer}"
from_secret CRM_SITE_DB_PASSWORD site-db-password
from_secret CRM_SITE_INTAKE_KEY site-intake-key
from_secret CRM_SITE_INTAKE_SECRET site-intake-secret

# --- 2. the core's own secrets stay out of the node ------------------------------------------------------------
unset CRM_DB_PASSWORD CRM_ASADMIN_PASSWORD CRM_ADMIN_PASSWORD CRM_DB_SUPERUSER_PASSWORD PGPASSWORD POSTGRES_PASSWORD

# --- 3. Payara Micro, replacing this shell (so that it receives the container's SIGTERM) -------------------------
[ -s "$war" ] || die "no website at $war"
root=/tmp/crm-site-root # Payara Micro's own files: made afresh at every start, as site.sh does
rm -rf "$root"
say "starting the website on Payara Micro, port 8080 (database" \
    "$CRM_SITE_DB_USER@$CRM_SITE_DB_HOST:$CRM_SITE_DB_PORT/$CRM_SITE_DB_NAME, core ${CRM_SITE_CORE_URL:-http://localhost:8080})"
# JVM_ARGS: the base image's own JVM options (its entrypoint passes them too)
# shellcheck disable=SC2086
exec java "-Xmx${CRM_SITE_HEAP:-256m}" -Dfile.encoding=UTF-8 -Duser.timezone=UTC ${JVM_ARGS:-} \
    -jar /opt/payara/payara-micro.jar --deploy "$war" --contextroot / --port 8080 --nocluster \
    --disablephonehome --rootdir "$root"
