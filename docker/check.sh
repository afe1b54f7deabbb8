#!/usr/bin/env bash
# Checks docker/'s configuration with the real tools. No Docker engine runs these files in CI, so this is what is
# checked of them there (server-config's pom runs this script in the test phase, like its promtool checks):
#   1. nginx/nginx.conf: `nginx -t` on a copy whose node names (app1, app2) are 127.0.0.1 ports and whose TLS files
#      are a throw-away self-signed pair;
#   2. the same copy served by the real nginx on free loopback ports, in front of two stub nodes (a few lines of
#      Python): the redirect to HTTPS, HSTS, X-Request-Id made or passed on, X-Forwarded-*, the websocket upgrade,
#      /metrics refused, screens sticky and the API spread over both nodes, a dead node skipped, http:// redirects
#      and a non-Secure session cookie put right, the body size limits and gzip;
#   3. prometheus/prometheus.yml with `promtool check config`, beside a copy of server-config/monitoring/alerts.yml
#      (as compose.yaml mounts them);
#   4. the compose files and Grafana's provisioning parse as YAML, and refer to one another correctly: every bind
#      mount's source exists, every depends_on and override names a service of compose.yaml, every volume is declared,
#      nginx's upstream hosts and Prometheus's targets are services, the dashboard's data source type is provisioned.
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
read -r http_port https_port node1_port node2_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
# the copy: loopback nodes and ports, the throw-away pair, logs, pid and temporary files in $work
sed -e "s#server app1:8080 #server 127.0.0.1:$node1_port #; s#server app2:8080 #server 127.0.0.1:$node2_port #" \
    -e "s#listen 80 #listen 127.0.0.1:$http_port #; s#listen 443 #listen 127.0.0.1:$https_port #" \
    -e "s#/etc/nginx/tls/#$work/tls/#; s#/var/log/nginx/#$work/logs/#" \
    -e "s#^events {#pid $work/nginx.pid;\nevents {#" \
    -e "s#^http {#http {\n    client_body_temp_path $work/tmp/body;\n    proxy_temp_path $work/tmp/proxy;\n    fastcgi_temp_path $work/tmp/fastcgi;\n    uwsgi_temp_path $work/tmp/uwsgi;\n    scgi_temp_path $work/tmp/scgi;#" \
    "$here/nginx/nginx.conf" >"$work/nginx.conf"
grep -q "127.0.0.1:$node1_port" "$work/nginx.conf" && grep -q "127.0.0.1:$node2_port" "$work/nginx.conf" \
    && grep -q "listen 127.0.0.1:$https_port" "$work/nginx.conf" \
    || fail "nginx.conf no longer has the lines this check rewrites (server app1:8080, server app2:8080, listen 80/443)"
nginx -t -q -c "$work/nginx.conf" -p "$work/" || fail "nginx -t refused nginx/nginx.conf"
say "nginx -t: nginx/nginx.conf is valid ($(nginx -v 2>&1))"

# --- 2. nginx in front of two stub nodes -------------------------------------------------------------------------
cat >"$work/node.py" <<'PY'
import http.server, json, sys
name, port = sys.argv[1], int(sys.argv[2])
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
        body = json.dumps({"node": name, "headers": dict(self.headers)}).encode() + b" " * 4096
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
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
for port in "$node1_port" "$node2_port"; do
    for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
done
nginx -c "$work/nginx.conf" -p "$work/" || fail "nginx did not start with nginx/nginx.conf"
for _ in $(seq 1 50); do [[ -s "$work/nginx.pid" ]] && break; sleep 0.1; done

https="https://crm.test:$https_port"
c() { curl -sk --max-time 10 --resolve "crm.test:$https_port:127.0.0.1" --resolve "crm.test:$http_port:127.0.0.1" "$@"; }
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
# a node goes down: its clients move to the other, a POST included (nginx never reached the dead node)
sticky=$(c "$https/app/leads.xhtml" | json 'd["node"]')
if [[ "$sticky" == app1 ]]; then kill "${pids[0]}"; other=app2; else kill "${pids[1]}"; other=app1; fi
sleep 0.3
expect "a dead node's screens go to the other" "$other" "$(c "$https/app/leads.xhtml" | json 'd["node"]')"
expect "a POST that could not reach the dead node goes to the other" "$other" \
    "$(c -X POST -d a=b "$https/app/leads.xhtml" | json 'd["node"]')"
say "nginx in front of two stub nodes: every behaviour as intended"

# --- 3. promtool ---------------------------------------------------------------------------------------------------
mkdir -p "$work/prometheus"
cp "$here/prometheus/prometheus.yml" "$work/prometheus/prometheus.yml"
cp "$repo/server-config/monitoring/alerts.yml" "$work/prometheus/alerts.yml"
promtool check config "$work/prometheus/prometheus.yml" >"$work/promtool.out" 2>&1 \
    || { cat "$work/promtool.out" >&2; fail "promtool check config refused prometheus/prometheus.yml"; }
say "promtool check config: prometheus/prometheus.yml with alerts.yml is valid"

# --- 4. the compose files and Grafana's provisioning ---------------------------------------------------------------
python3 - "$here" "$repo" <<'PY' || fail "the compose files or Grafana's provisioning (above)"
import json, os, re, sys, yaml
here, repo = sys.argv[1], sys.argv[2]
problems = []
def load(name):
    with open(os.path.join(here, name)) as f:
        return yaml.safe_load(f)
base = load("compose.yaml")
services = base["services"]
declared_volumes = set(base.get("volumes") or {})
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
for file in ("compose.staging.yaml", "compose.production.yaml"):
    override = load(file)
    for name, service in override["services"].items():
        if name not in services:
            problems.append(f"{file}: overrides {name}, which compose.yaml does not have")
        check_service(file, name, service)
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
app_nodes = sorted(n for n, s in services.items() if s.get("image", "").startswith("realty-crm") and "hostname" in s)
targets = sorted(t.split(":")[0] for j in crm_job for s in j.get("static_configs", []) for t in s["targets"])
for node in app_nodes:
    if len(re.findall(rf"^\s*server\s+{node}:8080\b", nginx, re.M)) != 2:
        problems.append(f"nginx.conf: node {node} is not in both upstreams (crm_screens, crm_api)")
if targets != app_nodes:
    problems.append(f"prometheus.yml scrapes {targets}, compose.yaml runs the nodes {app_nodes}")
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
say "compose.yaml, compose.staging.yaml, compose.production.yaml and Grafana's provisioning parse and agree"
say "all checks passed"
