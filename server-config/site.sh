#!/usr/bin/env bash
# Runs a node of the public website: crm-site.war on Payara Micro, in the background.
#   site.sh start    start the node (if it is not running) and wait until it answers
#   site.sh stop     stop it
#   site.sh status   is it running, and where
# Used by ./crm (one node beside the server) and by the integration tests (crm-it). More nodes behind a load
# balancer: run this again with another CRM_SITE_PORT and CRM_SITE_DIR (docs/website.md).
#
# Environment (defaults in brackets):
#   CRM_MICRO_JAR          payara-micro.jar (required)
#   CRM_SITE_WAR           crm-site.war (required)
#   CRM_SECRETS_DIR        where provision.sh left the website's secrets: site-intake-key, site-intake-secret and,
#                          unless CRM_SITE_DB_PASSWORD is set, site-db-password (required)
#   CRM_SITE_PORT          the node's HTTP port [8060]
#   CRM_SITE_DIR           the node's working directory: pid, log, Payara Micro's files [./build/site-<port>]
#   CRM_SITE_HEAP          its heap [256m]
#   CRM_DB_URL             the core's database [jdbc:postgresql://127.0.0.1:5432/crm]
#   CRM_DB_USER            the core's database role, which names the website's [crm]
#   CRM_SITE_DB_USER       the website's read-only role [<CRM_DB_USER>_site]
#   CRM_DB_SSLMODE         [prefer]
#   CRM_SITE_CORE_URL      the core, which takes the forms' inquiries and serves the photos [http://localhost:8080]
#   Any other CRM_SITE_* (CRM_SITE_BRAND_NAME, CRM_SITE_PUBLIC_URL, ...) reaches the website's configuration as is.
set -euo pipefail

log() { printf '[site] %s\n' "$*"; }
die() { printf '[site] error: %s\n' "$*" >&2; exit 1; }

export CRM_SITE_PORT=${CRM_SITE_PORT:-8060}
site_dir=${CRM_SITE_DIR:-$PWD/build/site-$CRM_SITE_PORT}
pid_file=$site_dir/site.pid
url=http://localhost:$CRM_SITE_PORT

running() { [[ -s "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }
answers() { curl -fsS -o /dev/null --max-time 3 "$url/robots.txt" 2>/dev/null; }

start() {
    : "${CRM_MICRO_JAR:?CRM_MICRO_JAR is required}"
    : "${CRM_SITE_WAR:?CRM_SITE_WAR is required}"
    : "${CRM_SECRETS_DIR:?CRM_SECRETS_DIR is required}"
    [[ -s "$CRM_MICRO_JAR" ]] || die "no Payara Micro at $CRM_MICRO_JAR"
    [[ -s "$CRM_SITE_WAR" ]] || die "no website at $CRM_SITE_WAR (mvn package builds it)"
    if running; then
        log "the website already runs at $url (pid $(cat "$pid_file"))"
        return
    fi
    local db_url=${CRM_DB_URL:-jdbc:postgresql://127.0.0.1:5432/crm}
    [[ "$db_url" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+) ]] \
        || die "CRM_DB_URL must look like jdbc:postgresql://host:port/database (got $db_url)"
    export CRM_SITE_DB_HOST=${BASH_REMATCH[1]} CRM_SITE_DB_PORT=${BASH_REMATCH[3]:-5432} \
        CRM_SITE_DB_NAME=${BASH_REMATCH[4]}
    export CRM_SITE_DB_USER=${CRM_SITE_DB_USER:-${CRM_DB_USER:-crm}_site}
    export CRM_SITE_DB_SSLMODE=${CRM_DB_SSLMODE:-prefer}
    local secret
    for secret in site-intake-key site-intake-secret; do
        [[ -s "$CRM_SECRETS_DIR/$secret" ]] || die "no $CRM_SECRETS_DIR/$secret: provision the core first (provision.sh)"
    done
    # the same password provision.sh gave the role: CRM_SITE_DB_PASSWORD when it was given one, else its file
    if [[ -z "${CRM_SITE_DB_PASSWORD:-}" ]]; then
        [[ -s "$CRM_SECRETS_DIR/site-db-password" ]] \
            || die "no CRM_SITE_DB_PASSWORD and no $CRM_SECRETS_DIR/site-db-password: provision the core first"
        export CRM_SITE_DB_PASSWORD; CRM_SITE_DB_PASSWORD=$(cat "$CRM_SECRETS_DIR/site-db-password")
    fi
    export CRM_SITE_INTAKE_KEY; CRM_SITE_INTAKE_KEY=$(cat "$CRM_SECRETS_DIR/site-intake-key")
    export CRM_SITE_INTAKE_SECRET; CRM_SITE_INTAKE_SECRET=$(cat "$CRM_SECRETS_DIR/site-intake-secret")
    export CRM_SITE_CORE_URL=${CRM_SITE_CORE_URL:-http://localhost:8080}

    mkdir -p "$site_dir"
    rm -rf "$site_dir/root"
    log "starting the website on Payara Micro at $url (log: $site_dir/site.log)"
    # the node gets its own settings (CRM_SITE_*) and what Java needs, nothing else of this environment: the core's
    # secrets (database, S3, MLS, vendor keys) stay out of the internet-facing node
    local pass=(PATH="$PATH" HOME="${HOME:-/tmp}" LANG="${LANG:-C.UTF-8}")
    [[ -n "${JAVA_HOME:-}" ]] && pass+=(JAVA_HOME="$JAVA_HOME")
    local name
    while read -r name; do pass+=("$name=${!name}"); done < <(compgen -e | grep '^CRM_SITE_' || true)
    env -i "${pass[@]}" nohup java "-Xmx${CRM_SITE_HEAP:-256m}" -Dfile.encoding=UTF-8 -Duser.timezone=UTC \
        -jar "$CRM_MICRO_JAR" --deploy "$CRM_SITE_WAR" --contextroot / --port "$CRM_SITE_PORT" --nocluster \
        --disablephonehome --rootdir "$site_dir/root" >"$site_dir/site.log" 2>&1 &
    echo $! >"$pid_file"
    local deadline=$((SECONDS + ${CRM_SITE_START_SECONDS:-180}))
    local booted_at=
    until answers; do
        running || die "the website stopped while starting; see $site_dir/site.log"
        ((SECONDS < deadline)) || die "the website did not answer at $url; see $site_dir/site.log"
        # Payara Micro keeps running when the application fails to deploy: give up soon after it says it is ready
        if [[ -z "$booted_at" ]] && grep -q 'Payara Micro .* ready in' "$site_dir/site.log" 2>/dev/null; then
            booted_at=$SECONDS
        fi
        if [[ -n "$booted_at" ]] && ((SECONDS - booted_at > 10)); then
            stop >/dev/null
            die "Payara Micro started but the website did not deploy; see $site_dir/site.log"
        fi
        sleep 1
    done
    log "the website answers at $url"
}

stop() {
    if ! running; then
        log "the website is not running"
        rm -f "$pid_file"
        return
    fi
    local pid; pid=$(cat "$pid_file")
    kill "$pid"
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$pid_file"
    log "the website stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if running && answers; then log "running at $url"; else log "not running"; exit 3; fi ;;
    *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
