#!/usr/bin/env bash
# Checks docker/'s configuration with the real tools. No Docker engine runs these files in CI, so this is what is
# checked of them there (server-config's pom runs this script in the test phase, like its promtool checks):
#   1. nginx/nginx.conf: `nginx -t` on a copy whose node names (app1, app2, website1, website2) are 127.0.0.1 ports,
#      whose TLS files are a throw-away self-signed pair and whose website host name (nginx/templates/) is site.test;
#   2. the same copy served by the real nginx on free loopback ports, in front of two stub application nodes and two
#      stub website nodes (a few lines of Python): the redirect to HTTPS, HSTS, X-Request-Id made or passed on,
#      X-Forwarded-*, the websocket upgrade, /metrics refused, screens sticky and the API spread over both nodes, the
#      public photos kept, a dead node skipped, http:// redirects and a non-Secure session cookie put right, the body
#      size limits and gzip; the website's host name to the website's nodes only (spread over both, X-Forwarded-For
#      ending with the address nginx saw, Payara Micro's own endpoints refused, its form size limit, a dead node
#      skipped);
#   3. prometheus/prometheus.yml with `promtool check config`, beside a copy of server-config/monitoring/alerts.yml
#      (as compose.yaml mounts them);
#   4. the compose files and Grafana's provisioning parse as YAML, and refer to one another correctly: every bind
#      mount's source exists, every depends_on and override names a service of compose.yaml, every volume is declared,
#      nginx's upstream hosts and Prometheus's targets are services, the website's upstream is exactly its nodes, each
#      of which sends its forms to an application node and trusts nginx's fixed address (inside the network's
#      subnet, outside the range Docker hands out), none of which gets the core's secrets (their variables or the
#      volume `secrets`), the dashboard's data source type is provisioned; every file a Dockerfile copies is let
#      through by its .dockerignore.
# Needs nginx, promtool, openssl, curl and python3 with PyYAML (Debian: nginx prometheus openssl curl python3-yaml;
# .ci/run installs them). A missing tool fails the check, as promtool's absence fails the build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
say() { printf '[docker-check] %s\n' "$*"; }
fail() { printf '[docker-check] FAILED: %s\n' "$*" >&2; exit 1; }

PATH=$PATH:/usr/sbin:/sbin # Debian's nginx is in /usr/sbin
for tool in nginx promtool openssl curl; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install nginx prometheus openssl curl python3-yaml)"
done
# a python3 with PyYAML: the one on the PATH, else Debian's (python3-yaml) when the PATH's is another installation
python3=
for candidate in python3 /usr/bin/python3; do
    # the interpreter itself, not a wrapper (pyenv's shim forks it): the stub nodes below are stopped by their pid
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import yaml' 2>/dev/null; then
        python3=$("$candidate" -c 'import sys; print(sys.executable)'); break
    fi
done
[[ -n "$python3" ]] || fail "no python3 with the yaml module (Debian: apt-get install python3-yaml)"
python3() { command "$python3" "$@"; }

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as an unprivileged user when the check runs as root
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [[ -s "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- 1. nginx -t ---------------------------------------------------------------------------------------------------
mkdir -p "$work/tls" "$work/logs" "$work/tmp"
chmod 777 "$work/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=crm.test -keyout "$work/tls/tls.key" \
    -out "$work/tls/tls.crt" 2>/dev/null
read -r http_port https_port node1_port node2_port site1_port site2_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(6)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
# the website's host name, as the nginx image's start writes it from the template (envsubst)
mkdir -p "$work/conf.d" "$work/cache"
chmod 777 "$work/cache"
[[ -s "$here/nginx/templates/site-server-name.conf.template" ]] || fail "no nginx/templates/site-server-name.conf.template"
sed 's#${CRM_SITE_HOSTNAME}#site.test#g' "$here/nginx/templates/site-server-name.conf.template" \
    >"$work/conf.d/site-server-name.conf"
grep -q '^server_name site.test;' "$work/conf.d/site-server-name.conf" \
    || fail "nginx/templates/site-server-name.conf.template does not say server_name \${CRM_SITE_HOSTNAME};"
# the copy: loopback nodes and ports, the throw-away pair, logs, cache, pid and temporary files in $work
sed -e "s#server app1:8080 #server 127.0.0.1:$node1_port #; s#server app2:8080 #server 127.0.0.1:$node2_port #" \
    -e "s#server website1:8080 #server 127.0.0.1:$site1_port #; s#server website2:8080 #server 127.0.0.1:$site2_port #" \
    -e "s#listen 80 #listen 127.0.0.1:$http_port #; s#listen 443 #listen 127.0.0.1:$https_port #" \
    -e "s#/etc/nginx/tls/#$work/tls/#; s#/var/log/nginx/#$work/logs/#; s#/var/cache/nginx/#$work/cache/#" \
    -e "s#/etc/nginx/conf.d/#$work/conf.d/#" \
    -e "s#^events {#pid $work/nginx.pid;\nevents {#" \
    -e "s#^http {#http {\n    client_body_temp_path $work/tmp/body;\n    proxy_temp_path $work/tmp/proxy;\n    fastcgi_temp_path $work/tmp/fastcgi;\n    uwsgi_temp_path $work/tmp/uwsgi;\n    scgi_temp_path $work/tmp/scgi;#" \
    "$here/nginx/nginx.conf" >"$work/nginx.conf"
grep -q "127.0.0.1:$node1_port" "$work/nginx.conf" && grep -q "127.0.0.1:$node2_port" "$work/nginx.conf" \
    && grep -q "127.0.0.1:$site1_port" "$work/nginx.conf" && grep -q "127.0.0.1:$site2_port" "$work/nginx.conf" \
    && grep -q "listen 127.0.0.1:$https_port" "$work/nginx.conf" \
    && grep -q "include $work/conf.d/site-server-name.conf;" "$work/nginx.conf" \
    || fail "nginx.conf no longer has the lines this check rewrites (server app1:8080, server app2:8080, server website1:8080, server website2:8080, listen 80/443, include /etc/nginx/conf.d/site-server-name.conf)"
nginx -t -q -c "$work/nginx.conf" -p "$work/" || fail "nginx -t refused nginx/nginx.conf"
say "nginx -t: nginx/nginx.conf is valid ($(nginx -v 2>&1))"

# --- 2. nginx in front of two stub nodes -------------------------------------------------------------------------
cat >"$work/node.py" <<'PY'
import http.server, itertools, json, sys
name, port = sys.argv[1], int(sys.argv[2])
served = itertools.count(1)  # "n" in each answer: a second answer with the same n came from nginx's cache
class Node(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        while length > 0:
            length -= len(self.rfile.read(min(length, 1 << 20)))
        if self.headers.get("Transfer-Encoding") == "chunked":
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                self.rfile.read(size + 2)
                if size == 0:
                    break
        if self.path == "/redirect":  # as Payara behind a plain-HTTP listener: an absolute http:// Location
            self.send_response(302)
            self.send_header("Location", "http://%s/app/" % self.headers["Host"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps({"node": name, "n": next(served), "headers": dict(self.headers)}).encode() + b" " * 4096
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if self.path.startswith("/api/v1/public/photos/"):  # as PublicPhotosResource: cacheable, no cookie
            self.send_header("Cache-Control", "public, max-age=86400")
        else:
            self.send_header("Set-Cookie", "CRMSESSION=s1; Path=/app; HttpOnly")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = do_PUT = answer
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Node).serve_forever()
PY
"$python3" "$work/node.py" app1 "$node1_port" & pids+=($!)
"$python3" "$work/node.py" app2 "$node2_port" & pids+=($!)
"$python3" "$work/node.py" website1 "$site1_port" & pids+=($!)
"$python3" "$work/node.py" website2 "$site2_port" & pids+=($!)
for port in "$node1_port" "$node2_port" "$site1_port" "$site2_port"; do
    for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
done
nginx -c "$work/nginx.conf" -p "$work/" || fail "nginx did not start with nginx/nginx.conf"
for _ in $(seq 1 50); do [[ -s "$work/nginx.pid" ]] && break; sleep 0.1; done

https="https://crm.test:$https_port"
site="https://site.test:$https_port"
c() { curl -sk --max-time 10 --resolve "crm.test:$https_port:127.0.0.1" --resolve "crm.test:$http_port:127.0.0.1" \
    --resolve "site.test:$https_port:127.0.0.1" --resolve "site.test:$http_port:127.0.0.1" "$@"; }
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }
expect() { # what, expected, actual
    [[ "$3" == "$2" ]] || fail "$1: expected '$2', got '$3'"
}
header() { tr -d '\r' | sed -n "s/^$1: //Ip" | head -1; }

expect "HTTP redirects to HTTPS" "https://crm.test/app/leads.xhtml?q=1" \
    "$(c -o /dev/null -w '%{redirect_url}' "http://crm.test:$http_port/app/leads.xhtml?q=1")"
expect "HSTS" "max-age=31536000" "$(c -D - -o /dev/null "$https/api/v1/version" | header Strict-Transport-Security)"
made=$(c -D - -o "$work/body" "$https/api/v1/version" | header X-Request-Id)
[[ "$made" =~ ^[0-9a-f]{32}$ ]] || fail "a request without X-Request-Id gets one made by nginx (got '$made')"
expect "the node sees the request id nginx made" "$made" "$(json 'd["headers"]["X-Request-Id"]' <"$work/body")"
expect "X-Forwarded-Proto" "https" "$(json 'd["headers"]["X-Forwarded-Proto"]' <"$work/body")"
expect "X-Forwarded-For" "127.0.0.1" "$(json 'd["headers"]["X-Forwarded-For"]' <"$work/body")"
expect "X-Forwarded-Host" "crm.test:$https_port" "$(json 'd["headers"]["X-Forwarded-Host"]' <"$work/body")"
expect "a client's X-Request-Id is passed on" "client-id-0001" \
    "$(c -H 'X-Request-Id: client-id-0001' "$https/api/v1/version" | json 'd["headers"]["X-Request-Id"]')"
forged=$(c -D - -o /dev/null -H 'X-Request-Id: a b"<x>' "$https/api/v1/version" | header X-Request-Id)
[[ "$forged" =~ ^[0-9a-f]{32}$ ]] || fail "an X-Request-Id that is no id is replaced (got '$forged')"
expect "websocket upgrade for the bell" "websocket upgrade" \
    "$(c -H 'Upgrade: websocket' -H 'Connection: Upgrade' "$https/app/jakarta.faces.push/notifications" \
        | json 'd["headers"].get("Upgrade","") + " " + d["headers"].get("Connection","")')"
expect "no Connection: upgrade without Upgrade" "None" "$(c "$https/app/leads.xhtml" | json 'd["headers"].get("Connection")')"
expect "/metrics is not served outside" "404" "$(c -o /dev/null -w '%{http_code}' "$https/metrics/application")"
expect "the session cookie is made Secure" "CRMSESSION=s1; Path=/app; HttpOnly; Secure" \
    "$(c -D - -o /dev/null "$https/app/leads.xhtml" | header Set-Cookie)"
expect "a node's http:// redirect becomes https://" "https://crm.test:$https_port/app/" \
    "$(c -o /dev/null -w '%{redirect_url}' "$https/redirect")"
expect "gzip for JSON" "gzip" "$(c -D - -o /dev/null -H 'Accept-Encoding: gzip' "$https/api/v1/version" | header Content-Encoding)"
screens=$(for _ in 1 2 3 4 5 6; do c "$https/app/leads.xhtml" | json 'd["node"]'; done | sort -u | wc -l)
expect "the screens stick to one node per client" "1" "$screens"
api=$(for _ in 1 2 3 4 5 6; do c "$https/api/v1/leads" | json 'd["node"]'; done | sort -u | wc -l)
expect "the API goes to both nodes" "2" "$api"
head -c $((21 * 1024 * 1024)) /dev/zero >"$work/21m"
expect "21 MiB refused outside the imports" "413" \
    "$(c -o /dev/null -w '%{http_code}' -X POST --data-binary "@$work/21m" "$https/api/v1/leads")"
expect "21 MiB accepted by the API's import" "200" \
    "$(c -o /dev/null -w '%{http_code}' -X POST --data-binary "@$work/21m" "$https/api/v1/imports")"
expect "21 MiB accepted by the import screen" "200" \
    "$(c -o /dev/null -w '%{http_code}' -X POST --data-binary "@$work/21m" "$https/app/import.xhtml")"
expect "over 520 MiB refused by the import (Content-Length)" "413" \
    "$(c -o /dev/null -w '%{http_code}' -X POST -H 'Content-Length: 545259521' -H 'Expect:' --data-binary 'x' \
        "$https/api/v1/imports" 2>/dev/null || true)"
# the public photos: kept by nginx (the node answers once), each address on its own; HSTS on them too
answer() { json 'd["node"] + "#" + str(d["n"])'; } # which node, its how-many-th answer: the same twice, one answer
photo=$(c "$https/api/v1/public/photos/7" | answer)
expect "a public photo asked again comes from nginx's cache" "$photo" "$(c "$https/api/v1/public/photos/7" | answer)"
[[ "$(c "$https/api/v1/public/photos/7?thumbnail=true" | answer)" != "$photo" ]] \
    || fail "the thumbnail (?thumbnail=true) is another photo than the full size one, not its cached copy"
expect "HSTS on a cached photo" "max-age=31536000" \
    "$(c -D - -o /dev/null "$https/api/v1/public/photos/7" | header Strict-Transport-Security)"
[[ "$(c "$https/api/v1/leads" | answer)" != "$(c "$https/api/v1/leads" | answer)" ]] \
    || fail "the API is not cached: only the public photos are"
app_node=$(c "$https/" | json 'd["node"]')
[[ "$app_node" == app[12] ]] || fail "the application's host name reaches an application node (got '$app_node')"

# the website, on its own host name
expect "the website's host name: HTTP redirects to HTTPS" "https://site.test/homes?q=1" \
    "$(c -o /dev/null -w '%{redirect_url}' "http://site.test:$http_port/homes?q=1")"
c -D "$work/site-headers" -o "$work/site-body" -H 'X-Forwarded-For: 203.0.113.7' "$site/homes?q=lake"
site_node=$(json 'd["node"]' <"$work/site-body")
[[ "$site_node" == website[12] ]] || fail "the website's host name reaches a website node (got '$site_node')"
expect "HSTS on the website" "max-age=31536000" "$(header Strict-Transport-Security <"$work/site-headers")"
[[ "$(header X-Request-Id <"$work/site-headers")" =~ ^[0-9a-f]{32}$ ]] || fail "the website's answers have an X-Request-Id"
# the website's nodes take the last entry: the address nginx saw, never what the visitor wrote before it
expect "X-Forwarded-For to the website ends with the address nginx saw" "203.0.113.7, 127.0.0.1" \
    "$(json 'd["headers"]["X-Forwarded-For"]' <"$work/site-body")"
expect "X-Forwarded-For to the website" "127.0.0.1" "$(c "$site/" | json 'd["headers"]["X-Forwarded-For"]')"
expect "X-Forwarded-Proto to the website" "https" "$(json 'd["headers"]["X-Forwarded-Proto"]' <"$work/site-body")"
expect "Host to the website" "site.test:$https_port" "$(json 'd["headers"]["Host"]' <"$work/site-body")"
expect "no Connection header to the website (kept alive)" "None" "$(json 'd["headers"].get("Connection")' <"$work/site-body")"
sites=$(for _ in 1 2 3 4 5 6; do c "$site/homes" | json 'd["node"]'; done | sort -u | tr '\n' ' ')
expect "the website goes to both website nodes, and only to them" "website1 website2 " "$sites"
for path in /metrics /metrics/application /health /health/ready /openapi; do
    expect "Payara Micro's $path is not served outside" "404" "$(c -o /dev/null -w '%{http_code}' "$site$path")"
done
expect "a form of 2 KiB reaches the website" "200" \
    "$(c -o /dev/null -w '%{http_code}' -X POST --data-binary "@"<(head -c 2048 /dev/zero | tr '\0' a) "$site/inquiries")"
expect "a body over 64 KiB is refused before the website" "413" \
    "$(c -o /dev/null -w '%{http_code}' -X POST --data-binary "@"<(head -c 70000 /dev/zero | tr '\0' a) "$site/inquiries")"
expect "a website's http:// redirect becomes https://" "https://site.test:$https_port/app/" \
    "$(c -o /dev/null -w '%{redirect_url}' "$site/redirect")"
kill "${pids[2]}"
sleep 0.3
sites=$(for _ in 1 2 3 4; do
    c -o "$work/site-body" -w '%{http_code} ' "$site/homes"; json 'd["node"]' <"$work/site-body" 2>/dev/null || echo
done | sort -u | tr '\n' ' ')
expect "a dead website node is skipped (every request answered by the other)" "200 website2 " "$sites"
# a node goes down: its clients move to the other, a POST included (nginx never reached the dead node)
sticky=$(c "$https/app/leads.xhtml" | json 'd["node"]')
if [[ "$sticky" == app1 ]]; then kill "${pids[0]}"; other=app2; else kill "${pids[1]}"; other=app1; fi
sleep 0.3
expect "a dead node's screens go to the other" "$other" "$(c "$https/app/leads.xhtml" | json 'd["node"]')"
expect "a POST that could not reach the dead node goes to the other" "$other" \
    "$(c -X POST -d a=b "$https/app/leads.xhtml" | json 'd["node"]')"
say "nginx in front of two stub application nodes and two stub website nodes: every behaviour as intended"

# --- 3. promtool ---------------------------------------------------------------------------------------------------
mkdir -p "$work/prometheus"
cp "$here/prometheus/prometheus.yml" "$work/prometheus/prometheus.yml"
cp "$repo/server-config/monitoring/alerts.yml" "$work/prometheus/alerts.yml"
promtool check config "$work/prometheus/prometheus.yml" >"$work/promtool.out" 2>&1 \
    || { cat "$work/promtool.out" >&2; fail "promtool check config refused prometheus/prometheus.yml"; }
say "promtool check config: prometheus/prometheus.yml with alerts.yml is valid"

# --- 4. the compose files and Grafana's provisioning ---------------------------------------------------------------
python3 - "$here" "$repo" <<'PY' || fail "the compose files, Grafana's provisioning or the Dockerfiles' contexts (above)"
import ipaddress, json, os, re, sys, yaml
from urllib.parse import urlsplit
here, repo = sys.argv[1], sys.argv[2]
problems = []
def load(name):
    with open(os.path.join(here, name)) as f:
        return yaml.safe_load(f)
def interpolate(value):
    # as compose does without a .env: ${NAME:-default} and ${NAME-default} are the default, ${NAME} and
    # ${NAME:?message} empty; the innermost first, so that a default may hold another ${...}
    pattern = re.compile(r"\$\{(\w+)(?:(:?[-?])([^${}]*))?\}")
    while True:
        done = pattern.sub(lambda m: m.group(3) if m.group(2) in (":-", "-") else "", value)
        if done == value:
            return done
        value = done
def environment(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(e.split("=", 1) if "=" in e else (e, "") for e in env)
    return {k: interpolate(str(v if v is not None else "")) for k, v in env.items()}
def image(service):
    return service.get("image", "").split(":")[0]
base = load("compose.yaml")
services = base["services"]
declared_volumes = set(base.get("volumes") or {})
app_nodes = sorted(n for n, s in services.items() if image(s) == "realty-crm" and "hostname" in s)
site_nodes = sorted(n for n, s in services.items() if "CRM_SITE_CORE_URL" in environment(s))
# what only the core may hold: its database, asadmin, first administrator and superuser passwords, and the volume
# with its JWT signing key and data keys
core_secret_variables = {"CRM_DB_PASSWORD", "CRM_ASADMIN_PASSWORD", "CRM_ADMIN_PASSWORD", "CRM_DB_SUPERUSER_PASSWORD",
                         "POSTGRES_PASSWORD", "PGPASSWORD"}
def check_secrets(file, name, service):
    for mount in service.get("volumes") or []:
        parts = mount.split(":")
        if parts[0] != "secrets" or name in app_nodes:
            continue
        if name in site_nodes:
            problems.append(f"{file}: website node {name} mounts the core's volume secrets (JWT signing key, data keys)")
        elif parts[-1] != "ro":
            problems.append(f"{file}: {name} mounts the core's volume secrets writable")
    if name in site_nodes:
        given = core_secret_variables & set(environment(service))
        if given:
            problems.append(f"{file}: website node {name} gets the core's {sorted(given)}")
        for env_file in service.get("env_file") or []:
            path = env_file if isinstance(env_file, str) else env_file.get("path", "")
            if os.path.basename(path) == "app.env":
                problems.append(f"{file}: website node {name} reads app.env, the core's settings and keys")
def check_service(file, name, service):
    for dep in (service.get("depends_on") or {}):
        if dep not in services:
            problems.append(f"{file}: {name} depends on {dep}, which is no service")
    for mount in service.get("volumes") or []:
        source = mount.split(":")[0]
        if source.startswith((".", "/")):
            if not os.path.exists(os.path.normpath(os.path.join(here, source))):
                problems.append(f"{file}: {name} mounts {source}, which does not exist")
        elif not source.startswith("$") and source not in declared_volumes:
            problems.append(f"{file}: {name} mounts volume {source}, which is not declared")
for name, service in services.items():
    check_service("compose.yaml", name, service)
    check_secrets("compose.yaml", name, service)
for file in ("compose.staging.yaml", "compose.production.yaml"):
    override = load(file)
    for name, service in override["services"].items():
        if name not in services:
            problems.append(f"{file}: overrides {name}, which compose.yaml does not have")
        check_service(file, name, service)
        check_secrets(file, name, service)
nginx = open(os.path.join(here, "nginx", "nginx.conf")).read()
for host in re.findall(r"^\s*server\s+([a-z0-9-]+):\d+", nginx, re.M):
    if host not in services:
        problems.append(f"nginx.conf: upstream server {host} is no compose service")
prometheus = load(os.path.join("prometheus", "prometheus.yml"))
for job in prometheus["scrape_configs"]:
    for static in job.get("static_configs", []):
        for target in static["targets"]:
            host = target.split(":")[0]
            if host != "localhost" and host not in services:
                problems.append(f"prometheus.yml: target {target} is no compose service")
crm_job = [j for j in prometheus["scrape_configs"] if j["job_name"] == "realty-crm"]
if not crm_job:
    problems.append("prometheus.yml: no job realty-crm (alerts.yml and the dashboard select on it)")
targets = sorted(t.split(":")[0] for j in crm_job for s in j.get("static_configs", []) for t in s["targets"])
for node in app_nodes:
    if len(re.findall(rf"^\s*server\s+{node}:8080\b", nginx, re.M)) != 2:
        problems.append(f"nginx.conf: node {node} is not in both upstreams (crm_screens, crm_api)")
if targets != app_nodes:
    problems.append(f"prometheus.yml scrapes {targets}, compose.yaml runs the nodes {app_nodes}")

# the website: its upstream is exactly its nodes; each sends its forms to an application node and trusts nginx's
# fixed address, which lies in the network's subnet and outside the range Docker hands out to the other containers
if not site_nodes:
    problems.append("compose.yaml runs no website node (a service with CRM_SITE_CORE_URL)")
site_upstream = re.search(r"^\s*upstream\s+crm_site\s*\{(.*?)\}", nginx, re.M | re.S)
upstream_nodes = sorted(re.findall(r"^\s*server\s+([a-z0-9-]+):8080\b", site_upstream.group(1), re.M)) if site_upstream else []
if upstream_nodes != site_nodes:
    problems.append(f"nginx.conf: upstream crm_site has {upstream_nodes}, compose.yaml runs the website nodes {site_nodes}")
for node in app_nodes:
    if site_upstream and re.search(rf"^\s*server\s+{node}:", site_upstream.group(1), re.M):
        problems.append(f"nginx.conf: application node {node} is in the website's upstream")
try:
    nginx_address = ipaddress.ip_address(interpolate(str(services["nginx"]["networks"]["default"]["ipv4_address"])))
    ipam = base["networks"]["default"]["ipam"]["config"][0]
    subnet = ipaddress.ip_network(interpolate(ipam["subnet"]))
    handed_out = ipaddress.ip_network(interpolate(ipam["ip_range"]))
    if nginx_address not in subnet or nginx_address in handed_out:
        problems.append(f"compose.yaml: nginx's address {nginx_address} is not in {subnet} outside the ip_range {handed_out}")
except (KeyError, IndexError, TypeError, ValueError) as e:
    nginx_address = None
    problems.append(f"compose.yaml: no fixed address for nginx on a network with a subnet and an ip_range ({e!r})")
for node in site_nodes:
    service, env = services[node], environment(services[node])
    if image(service) != "realty-crm-site":
        problems.append(f"compose.yaml: website node {node} does not run the image realty-crm-site")
    core = urlsplit(env["CRM_SITE_CORE_URL"])
    if core.hostname not in app_nodes or core.port != 8080:
        problems.append(f"compose.yaml: {node}'s CRM_SITE_CORE_URL {env['CRM_SITE_CORE_URL']} is no application node's port 8080")
    if nginx_address is not None and env.get("CRM_SITE_TRUSTED_PROXIES") != str(nginx_address):
        problems.append(f"compose.yaml: {node} trusts {env.get('CRM_SITE_TRUSTED_PROXIES')!r}, nginx's address is {nginx_address}")
    for key in ("CRM_SITE_PUBLIC_URL", "CRM_SITE_PHOTO_URL"):
        if not env.get(key, "").startswith("https://"):
            problems.append(f"compose.yaml: {node}'s {key} is not a public https:// address ({env.get(key)!r})")
    if "site-init" in services and (service.get("depends_on") or {}).get("site-init", {}).get("condition") \
            != "service_completed_successfully":
        problems.append(f"compose.yaml: {node} does not wait for site-init, which copies its secrets")
    if "app1" not in (service.get("depends_on") or {}):
        problems.append(f"compose.yaml: {node} does not wait for app1, which makes its role and its secrets")
nginx_depends = services.get("nginx", {}).get("depends_on") or {}
for node in app_nodes + site_nodes:
    if not (nginx_depends.get(node) or {}).get("restart"):
        problems.append(f"compose.yaml: nginx is not restarted with {node} (depends_on ... restart: true)")

# every file a Dockerfile copies is let through by its .dockerignore (the build context is the repository root)
for dockerfile in sorted(f for f in os.listdir(here) if f.startswith("Dockerfile") and not f.endswith(".dockerignore")):
    text = re.sub(r"\\\n", " ", open(os.path.join(here, dockerfile)).read())
    allowed = {line[1:].strip() for line in open(os.path.join(here, dockerfile + ".dockerignore"))
               if line.startswith("!")} if os.path.exists(os.path.join(here, dockerfile + ".dockerignore")) else None
    if allowed is None:
        problems.append(f"{dockerfile}: no {dockerfile}.dockerignore beside it")
        continue
    for line in re.findall(r"^COPY\s+(.*)$", text, re.M):
        sources = [word for word in line.split() if not word.startswith("--")][:-1]
        for source in sources:
            if source not in allowed:
                problems.append(f"{dockerfile}: copies {source}, which {dockerfile}.dockerignore leaves out")
            elif not source.startswith("build/") and "/target/" not in source \
                    and not os.path.exists(os.path.join(repo, source)):
                problems.append(f"{dockerfile}: copies {source}, which does not exist")
datasources = load(os.path.join("grafana", "provisioning", "datasources", "prometheus.yml"))["datasources"]
load(os.path.join("grafana", "provisioning", "dashboards", "realty-crm.yml"))
with open(os.path.join(repo, "server-config", "monitoring", "grafana-dashboard.json")) as f:
    dashboard = json.load(f)
wanted = {v["query"] for v in dashboard["templating"]["list"] if v["type"] == "datasource"}
if not wanted <= {d["type"] for d in datasources if d.get("isDefault")}:
    problems.append(f"the dashboard wants a default data source of type {wanted}; Grafana's provisioning has none")
for p in problems:
    print("[docker-check] " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
say "compose.yaml, compose.staging.yaml, compose.production.yaml, Grafana's provisioning and the Dockerfiles' contexts agree"
say "all checks passed"
