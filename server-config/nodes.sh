#!/usr/bin/env bash
# Two Payara Server domains (nodes "a" and "b") on one PostgreSQL database, behind a local nginx: the shape of
# docker/compose.yaml on this machine, without Docker. Used by `./crm cluster ...` and by system tests that stop,
# kill or restart one node while the other serves.
#   nodes.sh start             node a, then node b: provision (provision.sh), deploy CRM_EAR unless the node runs it,
#                              wait until it answers; then start (or reload) nginx, wait until it reaches both nodes,
#                              print the URLs. Harmless on a running cluster; a new EAR rolls over the nodes.
#   nodes.sh stop              stop nginx and both domains
#   nodes.sh status            each node running / ready, nginx running (exit code 3 unless all of them are)
#   nodes.sh stop-node a|b     nginx leaves the node out, then its domain stops (asadmin stop-domain)
#   nodes.sh kill-node a|b     kill -9 the node's JVM, wait until it is gone (a crash: nginx finds out by itself)
#   nodes.sh start-node a|b    start the node again (the environment of start), wait until it answers, back into nginx
#
# Environment (defaults in brackets); the settings of provision.sh are passed on to it:
#   PAYARA_HOME            the unpacked Payara Server (required)
#   CRM_ASADMIN_PASSWORD   both domains' admin password (required)
#   CRM_DB_URL             the one database of both nodes [jdbc:postgresql://127.0.0.1:5432/crm]
#   CRM_DB_USER            [crm]
#   CRM_DB_PASSWORD        (required)
#   CRM_JDBC_DRIVER        path of the PostgreSQL JDBC driver jar (required)
#   CRM_SECRETS_DIR        the JWT key pair and data key file of BOTH nodes: one directory, so that a token signed by
#                          one node is accepted by the other and both seal with the same keys (required)
#   CRM_EAR                path of crm.ear (required by start and start-node)
#   CRM_CLUSTER_NAME       domain name prefix: domains <name>-a and <name>-b [crm-node]
#   CRM_CLUSTER_PORT_BASE  node a's port base; node b's is 100 higher. A node's HTTP port is its base+80, its admin
#                          port base+48, its HTTPS port base+81 [20000: a on 20080/20048, b on 20180/20148]
#   CRM_CLUSTER_HTTP_PORT  nginx's port, plain HTTP [8090]
#   CRM_CLUSTER_DIR        nginx's configuration, pid, logs, temporary files and the nodes it leaves out (nginx/),
#                          each node's directory of uploaded import files (<node>/imports) [build/cluster, that is
#                          the directory "cluster" beside PAYARA_HOME]
#   CRM_HEAP               each node's heap [768m]
# Each node's server gets, besides provision.sh's settings: CRM_NODE_NAME=a or b (the node's name in leases, import
# runners and logs), CRM_IMPORT_DIRECTORY (its own), CRM_RATE_LIMIT_SIGN_IN_PER_ADDRESS=100000 (every request comes
# from nginx's address; nginx limits sign-in per client address instead). Any other CRM_* setting in this script's
# environment (CRM_ADMIN_PASSWORD, CRM_DEMO_ENABLED, CRM_STORAGE_ROOT, ...) reaches both nodes alike.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${PAYARA_HOME:?PAYARA_HOME is required}"
# absolute and normalised: a domain's JVM is found by its instance root, which Payara writes so
PAYARA_HOME=$(realpath -m "$PAYARA_HOME"); export PAYARA_HOME
name=${CRM_CLUSTER_NAME:-crm-node}
port_base=${CRM_CLUSTER_PORT_BASE:-20000}
http_port=${CRM_CLUSTER_HTTP_PORT:-8090}
cluster_dir=$(realpath -m "${CRM_CLUSTER_DIR:-$(dirname "$PAYARA_HOME")/cluster}") # nginx wants absolute paths
export CRM_HEAP=${CRM_HEAP:-768m}
asadmin=$PAYARA_HOME/bin/asadmin
nginx_dir=$cluster_dir/nginx
nginx_bin=$(PATH=$PATH:/usr/sbin:/sbin command -v nginx || true)
nodes=(a b)

say() { printf '[nodes] %s\n' "$*"; }
die() { printf '[nodes] error: %s\n' "$*" >&2; exit 1; }

[[ "$name" =~ ^[A-Za-z0-9_-]+$ ]] || die "CRM_CLUSTER_NAME must be letters, digits, _ and - (got $name)"
[[ "$port_base" =~ ^[0-9]+$ && "$http_port" =~ ^[0-9]+$ ]] || die "CRM_CLUSTER_PORT_BASE and CRM_CLUSTER_HTTP_PORT are numbers"
((port_base >= 1024 && port_base + 200 <= 65535)) || die "CRM_CLUSTER_PORT_BASE must be between 1024 and 65335"

# --- one node ---------------------------------------------------------------------------------------------------
check_node() { [[ "${1:-}" == a || "${1:-}" == b ]] || die "name a node: a or b (got '${1:-}')"; }
domain() { printf '%s-%s' "$name" "$1"; }
node_base() { if [[ $1 == a ]]; then echo "$port_base"; else echo $((port_base + 100)); fi; }
node_http() { echo $(($(node_base "$1") + 80)); }
node_admin() { echo $(($(node_base "$1") + 48)); }
domain_dir() { printf '%s/glassfish/domains/%s' "$PAYARA_HOME" "$(domain "$1")"; }
node_url() { printf 'http://localhost:%s' "$(node_http "$1")"; }

# (grep reads all of asadmin's output: with pipefail, grep -q could fail the pipeline by closing it early)
node_running() { [[ -x "$asadmin" ]] && "$asadmin" list-domains 2>/dev/null | grep "^$(domain "$1") running" >/dev/null; }
# Payara's /health answers UP before the application has loaded: ask the application too
answers() { # answers BASE_URL
    curl -fsS -o /dev/null --max-time 3 "$1/api/v1/version" 2>/dev/null \
        && curl -fsS -o /dev/null --max-time 3 "$1/health/ready" 2>/dev/null
}
node_ready() { answers "$(node_url "$1")"; }

wait_node_ready() { # wait_node_ready NODE [SECONDS]
    local deadline=$((SECONDS + ${2:-300}))
    until node_ready "$1"; do
        node_running "$1" || die "node $1 ($(domain "$1")) stopped while starting; see $(domain_dir "$1")/logs/server.log"
        ((SECONDS < deadline)) || die "node $1 did not become ready in ${2:-300} s; see $(domain_dir "$1")/logs/server.log"
        sleep 2
    done
}

# The environment a node's server starts with: provision.sh's settings plus the node's own
node_env() {
    export CRM_DOMAIN; CRM_DOMAIN=$(domain "$1")
    export CRM_PORT_BASE; CRM_PORT_BASE=$(node_base "$1")
    export CRM_NODE_NAME=$1
    export CRM_IMPORT_DIRECTORY=$cluster_dir/$1/imports
    export CRM_RATE_LIMIT_SIGN_IN_PER_ADDRESS=100000
    mkdir -p "$CRM_IMPORT_DIRECTORY"
    chmod 700 "$cluster_dir/$1" # uploaded files hold contact data in the clear until their import ends
}

require_provision_settings() {
    local missing=()
    for v in CRM_ASADMIN_PASSWORD CRM_DB_PASSWORD CRM_JDBC_DRIVER CRM_SECRETS_DIR; do
        [[ -n "${!v:-}" ]] || missing+=("$v")
    done
    [[ ${#missing[@]} -eq 0 ]] || die "required: ${missing[*]} (see the header of server-config/nodes.sh)"
    [[ -x "$asadmin" ]] || die "no Payara Server at PAYARA_HOME=$PAYARA_HOME"
}

require_ear() {
    : "${CRM_EAR:?CRM_EAR (the path of crm.ear) is required}"
    [[ -s "$CRM_EAR" ]] || die "CRM_EAR: no file $CRM_EAR (build it: mvn -B -DskipTests -DskipITs package)"
}

# provision.sh: creates the domain when missing (or re-creates it when its configuration changed) and starts it with
# the node's environment; a provisioned, running domain is left as it is
provision_node() {
    say "provisioning node $1 (domain $(domain "$1"), HTTP port $(node_http "$1"), admin port $(node_admin "$1"))"
    (node_env "$1" && bash "$here/provision.sh") || die "provisioning node $1 failed (output above)"
}

# Deploys CRM_EAR unless this domain already runs that exact file (a stamp in the domain: a re-created domain has none)
deploy_node() {
    local stamp passfile sum deployed=false
    stamp=$(domain_dir "$1")/config/.crm-deployed
    sum=$(sha256sum "$CRM_EAR" | cut -d' ' -f1)
    passfile=$(mktemp); chmod 600 "$passfile"
    printf 'AS_ADMIN_PASSWORD=%s\n' "$CRM_ASADMIN_PASSWORD" >"$passfile"
    local admin=("$asadmin" --user admin --passwordfile "$passfile" --port "$(node_admin "$1")")
    "${admin[@]}" list-applications 2>/dev/null | grep '^crm ' >/dev/null && deployed=true
    if [[ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]] || ! $deployed; then
        say "deploying $(basename "$CRM_EAR") to node $1"
        "${admin[@]}" deploy --force=true --name crm "$CRM_EAR" >/dev/null \
            || { rm -f "$passfile"; die "deployment to node $1 failed; see $(domain_dir "$1")/logs/server.log"; }
        echo "$sum" >"$stamp"
        if $deployed; then
            # a redeployed application's websocket endpoint stays dead until the server restarts (Payara issue 5640,
            # as in ./crm): restart, with the node's environment
            say "restarting node $1 so that live updates work with the new version"
            "$asadmin" stop-domain "$(domain "$1")" >/dev/null || die "node $1 did not stop for its restart"
            start_domain "$1"
        fi
    fi
    rm -f "$passfile"
}

# as provision.sh starts a domain: no database or console passwords in the server's environment
start_domain() {
    (node_env "$1" && env -u CRM_DB_PASSWORD -u CRM_ASADMIN_PASSWORD -u PGPASSWORD \
        "$asadmin" start-domain "$(domain "$1")" >/dev/null) || die "node $1 did not start; see $(domain_dir "$1")/logs/server.log"
}

# The JVM of a running domain: the pid Payara wrote in config/pid, if that process is this domain's server
node_pid() {
    local dir pid; dir=$(domain_dir "$1")
    pid=$(cat "$dir/config/pid" 2>/dev/null || true)
    if [[ "$pid" =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] \
        && tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qxF -- "-Dcom.sun.aas.instanceRoot=$dir"; then
        echo "$pid"; return
    fi
    # no pid file, or a stale one: look for the domain's JVM by its instance root
    local p
    for p in /proc/[0-9]*; do
        tr '\0' '\n' 2>/dev/null <"$p/cmdline" | grep -qxF -- "-Dcom.sun.aas.instanceRoot=$dir" && { echo "${p#/proc/}"; return; }
    done
    return 1
}

# --- nginx --------------------------------------------------------------------------------------------------------
nginx_pid() {
    local pid; pid=$(cat "$nginx_dir/nginx.pid" 2>/dev/null || true)
    [[ "$pid" =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q '^nginx' \
        && echo "$pid"
}
nginx_running() { nginx_pid >/dev/null; }
nginx_url() { printf 'http://localhost:%s' "$http_port"; }

# Which nodes nginx leaves out (marked `down`): one name a line. A node is taken out while start or start-node
# provisions, deploys and starts it, and by stop-node before it stops; it is put back once it answers.
out_file=$nginx_dir/nodes-out
node_out() { grep -qx "$1" "$out_file" 2>/dev/null; }

# Started by root, nginx's workers run as nobody, and write request bodies and answers too large for memory to
# temporary files: in nginx/tmp, world-writable, when nobody can get there (every directory above it lets others
# through), else in a directory mktemp makes in /tmp (its name kept in nginx/tmp-dir; removed by stop)
nginx_temp() {
    local dir=$cluster_dir perms
    while [[ ! -d "$dir" ]]; do dir=$(dirname "$dir"); done
    if ((EUID == 0)); then
        while [[ "$dir" != / ]]; do
            perms=$(stat -c %A "$dir")
            if [[ ${perms:9:1} != [xt] ]]; then
                local made; made=$(cat "$nginx_dir/tmp-dir" 2>/dev/null || true)
                # only a directory of ours: root's own, not a link someone else put there
                if [[ -z "$made" || -L "$made" || ! -d "$made" || "$(stat -c %u "$made")" != 0 ]]; then
                    mkdir -p "$nginx_dir"
                    made=$(mktemp -d /tmp/crm-nginx-XXXXXXXX)
                    echo "$made" >"$nginx_dir/tmp-dir"
                fi
                echo "$made"; return
            fi
            dir=$(dirname "$dir")
        done
    fi
    echo "$nginx_dir/tmp"
}

render_nginx() { # render_nginx FILE
    mkdir -p "$nginx_dir/logs"
    chmod 755 "$cluster_dir" "$nginx_dir"
    local temp; temp=$(nginx_temp)
    mkdir -p "$temp"
    chmod 777 "$temp"
    local a_down='' b_down=''
    node_out a && a_down=' down'
    node_out b && b_down=' down'
    # shellcheck disable=SC2016 # the names envsubst replaces, and no others (nginx's own $variables stay)
    CRM_NGINX_DIR=$nginx_dir CRM_NGINX_TEMP=$temp CRM_CLUSTER_HTTP_PORT=$http_port \
        CRM_NODE_A_HTTP_PORT=$(node_http a) CRM_NODE_B_HTTP_PORT=$(node_http b) \
        CRM_NODE_A_DOWN=$a_down CRM_NODE_B_DOWN=$b_down \
        envsubst '${CRM_NGINX_DIR} ${CRM_NGINX_TEMP} ${CRM_CLUSTER_HTTP_PORT} ${CRM_NODE_A_HTTP_PORT} ${CRM_NODE_B_HTTP_PORT} ${CRM_NODE_A_DOWN} ${CRM_NODE_B_DOWN}' \
        <"$here/cluster-nginx.conf.template" >"$1"
    "$nginx_bin" -t -q -p "$nginx_dir/" -c "$1" \
        || die "nginx -t refused $1 (rendered from server-config/cluster-nginx.conf.template)"
}

# Renders the configuration and starts nginx, or reloads it when it runs (old workers finish their requests; open
# websockets stay with them until they close)
start_nginx() {
    [[ -n "$nginx_bin" ]] || die "nginx is missing (Debian: apt-get install nginx)"
    render_nginx "$nginx_dir/nginx.conf.new"
    mv "$nginx_dir/nginx.conf.new" "$nginx_dir/nginx.conf"
    if nginx_running; then
        local out # nginx says "signal process started" on stderr
        out=$("$nginx_bin" -p "$nginx_dir/" -c "$nginx_dir/nginx.conf" -s reload 2>&1) \
            || die "nginx did not reload: $out (see $nginx_dir/logs/error.log)"
    else
        say "starting nginx on port $http_port"
        "$nginx_bin" -p "$nginx_dir/" -c "$nginx_dir/nginx.conf" || die "nginx did not start; see $nginx_dir/logs/error.log"
        for _ in $(seq 1 50); do nginx_running && break; sleep 0.1; done
        nginx_running || die "nginx did not start; see $nginx_dir/logs/error.log"
    fi
}

# take_out NODE / put_back NODE: mark the node down in nginx (or no longer), reloading a running nginx
take_out() {
    node_out "$1" && return 0
    mkdir -p "$nginx_dir"
    echo "$1" >>"$out_file"
    if nginx_running; then say "nginx leaves node $1 out"; start_nginx; fi
}
put_back() {
    node_out "$1" || return 0
    grep -vx "$1" "$out_file" >"$out_file.new" || true
    mv "$out_file.new" "$out_file"
    if nginx_running; then say "nginx sends requests to node $1 again"; start_nginx; fi
}

stop_nginx() {
    local pid
    if pid=$(nginx_pid); then
        say "stopping nginx"
        # graceful (requests in progress finish), but open websockets would keep it waiting: 5 s, then at once
        "$nginx_bin" -p "$nginx_dir/" -c "$nginx_dir/nginx.conf" -s quit 2>/dev/null || kill "$pid"
        for _ in $(seq 1 50); do [[ -d /proc/$pid ]] || return 0; sleep 0.1; done
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do [[ -d /proc/$pid ]] || return 0; sleep 0.1; done
        die "nginx (pid $pid) did not stop"
    fi
}

# Through nginx, until an answer from each node was seen (X-Crm-Upstream): nginx leaves a node alone for 10 s after
# a failure, e.g. an answer 503 while it was starting
wait_through_nginx() {
    local deadline=$((SECONDS + ${1:-60})) seen_a=false seen_b=false upstream
    while ! { $seen_a && $seen_b; }; do
        ((SECONDS < deadline)) || die "nginx on port $http_port did not reach both nodes (a: $seen_a, b: $seen_b); see $nginx_dir/logs/error.log"
        if answers "$(nginx_url)"; then
            upstream=$(curl -fsS -o /dev/null -D - --max-time 3 "$(nginx_url)/api/v1/version" 2>/dev/null \
                | tr -d '\r' | sed -n 's/^x-crm-upstream: //Ip' | head -1) || true
            [[ "$upstream" == "127.0.0.1:$(node_http a)" ]] && seen_a=true
            [[ "$upstream" == "127.0.0.1:$(node_http b)" ]] && seen_b=true
        fi
        { $seen_a && $seen_b; } || sleep 1
    done
}

print_urls() {
    cat <<URLS

  Realty CRM runs on two nodes behind nginx.
    Through nginx   $(nginx_url)/app/   (API $(nginx_url)/api/v1/, docs $(nginx_url)/api-docs/)
                    each answer names the node in its header X-Crm-Upstream
    Node a          $(node_url a)/   admin console http://localhost:$(node_admin a)/   domain $(domain a)
    Node b          $(node_url b)/   admin console http://localhost:$(node_admin b)/   domain $(domain b)
    Logs            $(domain_dir a)/logs/server.log, the same for $(domain b); nginx: $nginx_dir/logs/
URLS
}

# --- subcommands --------------------------------------------------------------------------------------------------
# Provisions (or only starts), deploys and waits for one node while nginx leaves it out. A node that answers and runs
# this EAR stays in nginx: a second start on a running cluster moves nobody's screens to the other node.
bring_up() {
    local stamp; stamp=$(domain_dir "$1")/config/.crm-deployed
    if ! node_ready "$1" || [[ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum "$CRM_EAR" | cut -d' ' -f1)" ]]; then
        take_out "$1"
    fi
    provision_node "$1"
    deploy_node "$1"
    say "waiting for node $1"
    wait_node_ready "$1"
    put_back "$1"
}

start() {
    require_provision_settings
    require_ear
    local started=$SECONDS node
    # one node after the other: two provisionings at once race for the role, the database and Payara's tables, and
    # Flyway migrates during the first deployment; a new EAR rolls over the nodes while the other one serves
    for node in "${nodes[@]}"; do bring_up "$node"; done
    start_nginx
    say "waiting for nginx to reach both nodes"
    wait_through_nginx 60
    say "ready after $((SECONDS - started)) s"
    print_urls
}

stop() {
    stop_nginx
    rm -f "$out_file"
    local made; made=$(cat "$nginx_dir/tmp-dir" 2>/dev/null || true)
    if [[ "$made" == /tmp/crm-nginx-* && -d "$made" && ! -L "$made" ]]; then rm -rf "$made"; fi
    rm -f "$nginx_dir/tmp-dir"
    local node
    for node in "${nodes[@]}"; do
        if node_running "$node"; then
            say "stopping node $node ($(domain "$node"))"
            "$asadmin" stop-domain "$(domain "$node")" >/dev/null || die "node $node did not stop"
        fi
    done
    say "stopped"
}

status() {
    local node ok=true where
    for node in "${nodes[@]}"; do
        where="$(node_url "$node")/ (domain $(domain "$node"), admin port $(node_admin "$node"))"
        node_out "$node" && where+=", left out by nginx"
        if node_running "$node"; then
            if node_ready "$node"; then
                say "node $node: running, ready       $where"
            else
                say "node $node: running, NOT ready   $where"; ok=false
            fi
        else
            say "node $node: not running          $where"; ok=false
        fi
    done
    if nginx_running; then
        if answers "$(nginx_url)"; then say "nginx:  running, answering       $(nginx_url)/"
        else say "nginx:  running, but no node answers through it   $(nginx_url)/"; ok=false; fi
    else
        say "nginx:  not running"; ok=false
    fi
    $ok || return 3
}

# graceful: nginx stops sending it requests first, then the domain stops
stop_node() {
    check_node "${1:-}"
    take_out "$1"
    if node_running "$1"; then
        say "stopping node $1 ($(domain "$1"))"
        "$asadmin" stop-domain "$(domain "$1")" >/dev/null || die "node $1 did not stop"
        say "node $1 stopped"
    else
        say "node $1 is not running"
    fi
}

# a crash: nginx is not told, it finds out by itself (a refused connection, then the other node)
kill_node() {
    check_node "${1:-}"
    local pid
    pid=$(node_pid "$1") || die "node $1 ($(domain "$1")) has no running server process"
    say "killing node $1 ($(domain "$1"), pid $pid) with SIGKILL"
    kill -9 "$pid"
    for _ in $(seq 1 150); do [[ -d /proc/$pid ]] || { say "node $1 is gone"; return 0; }; sleep 0.2; done
    die "process $pid of node $1 is still there 30 s after SIGKILL"
}

start_node() {
    check_node "${1:-}"
    require_provision_settings
    require_ear
    local started=$SECONDS
    # provision.sh only starts a provisioned domain, and re-creates one whose configuration changed (then the
    # deployment puts the application back)
    bring_up "$1"
    say "node $1 is ready after $((SECONDS - started)) s: $(node_url "$1")/"
    nginx_running || say "nginx is not running: start it with the whole shape ('start')"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    stop-node) stop_node "${2:-}" ;;
    kill-node) kill_node "${2:-}" ;;
    start-node) start_node "${2:-}" ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
