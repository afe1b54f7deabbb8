#!/usr/bin/env bash
# The RESO Web API at 100,000 listings: p50/p99 of what integrators ask (a replication page, a search, one listing
# with its photos) with 8 concurrent clients, next to the same server's trivial endpoint (GET /api/v1/version, no
# database) measured in the same run with the same token. Writes its section of docs/performance.md and leaves the
# other sections as they are.
#
# Needs: the system running (./crm start) with the API rate limit raised for the run, e.g.
#   ./crm stop; CRM_RATE_LIMIT_API_PER_MINUTE=100000000 CRM_ADMIN_PASSWORD=... ./crm start
# and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator (it issues the benchmark's API client); the
# database of that system (CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD as for ./crm). Loads the website benchmark's
# 100,000 listings (bench/site/seed.sql) unless they are there. wrk: apt-get install wrk.
# Options (environment): BASE_URL (http://localhost:8080), DURATION (30s), CONNECTIONS (8).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-8}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
. "$root/bench/bench-lib.sh"
use_crm_database

echo "== loading the benchmark's listings (bench/site/seed.sql) where missing"
psql_crm -f "$root/bench/site/seed.sql"
total=$(psql_crm -tA -c "select count(*) from site_listings")
(( total >= 100000 )) || { echo "only $total public listings" >&2; exit 1; }
ids=$here/ids.txt
psql_crm -tA -c "select id from site_listings order by random() limit 2000" >"$ids"

echo "== issuing the benchmark's API client and its token"
admin_token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
client=$(curl -fsS "$base/api/v1/api-clients" -H "Authorization: Bearer $admin_token" \
    -H 'Content-Type: application/json' -d "{\"name\":\"Benchmark $(date -u +%Y%m%dT%H%M%S)\"}")
client_id=$(echo "$client" | json_field clientId)
client_secret=$(echo "$client" | json_field clientSecret)
token=$(curl -fsS "$base/reso/oauth2/token" -u "$client_id:$client_secret" -d grant_type=client_credentials \
    | json_field access_token)
client_db_id=$(echo "$client" | json_field id)
trap 'curl -fsS -X DELETE "$base/api/v1/api-clients/$client_db_id" -H "Authorization: Bearer $admin_token" >/dev/null || true' EXIT

run_wrk() { # label (trivial, replication, search, record)
    echo "== $1"
    BENCH_KIND=$1 BENCH_TOKEN=$token BENCH_IDS=$ids wrk -t"$connections" -c"$connections" -d"$duration" --latency \
        -s "$here/requests.lua" "$base" >"$here/$1.txt"
    cat "$here/$1.txt"
    if grep -q 'Non-2xx' "$here/$1.txt"; then
        echo "$1 answered $(awk '/Non-2xx/ {print $NF}' "$here/$1.txt") non-2xx responses" >&2
        exit 1
    fi
}

echo "== warming up"
for kind in trivial replication search record; do
    BENCH_KIND=$kind BENCH_TOKEN=$token BENCH_IDS=$ids wrk -t2 -c2 -d5s -s "$here/requests.lua" "$base" >/dev/null
done

run_wrk trivial
run_wrk replication
run_wrk search
run_wrk record

section=$(mktemp)
{
    echo "## RESO Web API at 100,000 listings"
    echo
    echo "Measured by \`bench/reso/run.sh\` on $(date -u +%Y-%m-%d) on this project's machine kind ($(nproc) cores,"
    echo "$(free -g | awk '/^Mem/ {print $2}') GiB; Payara Server, PostgreSQL and wrk on the same machine)."
    echo "$connections concurrent connections for $duration each, after a warm-up; $total public listings, all"
    echo "with the same API client's bearer token."
    cat <<'HEAD'
The baseline is the same server's trivial endpoint (`GET /api/v1/version`: no database) with the same token,
measured in the same run; the ratios are query ÷ baseline.

| workload | requests/s | p50 ms | p99 ms | p50 vs baseline | p99 vs baseline |
|---|---|---|---|---|---|
HEAD
    wrk_row trivial 'baseline: `GET /api/v1/version`'
    wrk_row replication 'replication: the next 100 listings changed since a random moment of the last 1,000 hours, in ModificationTimestamp order (every field)'
    wrk_row search 'search: 5 filtered queries (city, price, beds, status, ZIP, `in`), 25 a page'
    wrk_row record 'one listing by key with `$expand=Media`, a random one of 2,000'
    cat <<'TAIL'

The listings are `bench/site/seed.sql`'s (see the website's section). Raw wrk output is left in `bench/reso/*.txt`
after a run. How to re-run: see the header of `bench/reso/run.sh`.
TAIL
} >"$section"
write_section "## RESO Web API at 100,000 listings" "$section"
rm -f "$section"
echo "== wrote its section of docs/performance.md"
