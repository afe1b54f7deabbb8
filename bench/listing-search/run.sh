#!/usr/bin/env bash
# Listing search API at 100,000 listings: p50/p99 latency with 8 concurrent clients (an agent's search mix), next
# to the same server's trivial endpoint (GET /api/v1/version, no database) measured in the same run. Writes its
# section of docs/performance.md and leaves the other sections as they are.
#
# Needs: the system running (./crm start) with the API rate limit raised for the run, e.g.
#   ./crm stop; CRM_RATE_LIMIT_API_PER_MINUTE=100000000 CRM_MLS_SECRET_BENCH=bench-mls-token CRM_MLS_MEDIA_PRIVATE_HOSTS=127.0.0.1 CRM_ADMIN_PASSWORD=... ./crm start
# and the listings bench/mls-replication/run.sh leaves (it replicates 100,000 from a local RESO server); CRM_ADMIN_EMAIL
# / CRM_ADMIN_PASSWORD of an administrator. wrk: apt-get install wrk.
# Options (environment): DURATION (30s), CONNECTIONS (8).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-8}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
db_password=${CRM_DB_PASSWORD:-$(cat "$root/build/secrets/db-password")}
psql_crm() { PGPASSWORD=$db_password psql -X -q -h 127.0.0.1 -U crm -d crm "$@"; }

. "$root/bench/bench-lib.sh"

total=$(psql_crm -tA -c "select count(*) from properties where standard_status <> 'Delete'")
(( total >= 100000 )) || { echo "only $total listings: run bench/mls-replication/run.sh first" >&2; exit 1; }
echo "== $total listings; signing in 7 benchmark agents"
admin_token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
bench_agents "$admin_token"
agent_tokens=()
for email in "${agent_emails[@]}"; do
    agent_tokens+=("$(token_for "$email" "$BENCH_AGENT_PASSWORD")")
done
tokens=$(IFS=,; echo "${agent_tokens[*]}")

run_wrk() { # label, path-or-script
    echo "== $1"
    if [[ "$2" == *.lua ]]; then
        BENCH_TOKENS=$tokens wrk -t"$connections" -c"$connections" -d"$duration" --latency -s "$2" "$base" >"$here/$1.txt"
    else
        wrk -t"$connections" -c"$connections" -d"$duration" --latency "$base$2" >"$here/$1.txt"
    fi
    cat "$here/$1.txt"
}
errors() { awk '/Non-2xx/ {print $NF}' "$here/$1.txt"; }

echo "== warming up"
BENCH_TOKENS=$tokens wrk -t2 -c2 -d10s -s "$here/requests.lua" "$base" >/dev/null
wrk -t2 -c2 -d5s "$base/api/v1/version" >/dev/null

run_wrk trivial /api/v1/version
run_wrk search "$here/requests.lua"
[[ -z "$(errors search)" ]] || { echo "the search answered $(errors search) non-2xx responses" >&2; exit 1; }
run_wrk fresh "$here/fresh-filters.lua"
[[ -z "$(errors fresh)" ]] || { echo "the search answered $(errors fresh) non-2xx responses" >&2; exit 1; }

section=$(mktemp)
{
    echo "## Listing search API at 100,000 listings (target: p99 < 100 ms with 8 clients)"
    echo
    echo "Measured by \`bench/listing-search/run.sh\` on $(date -u +%Y-%m-%d) on this project's machine kind ($(nproc) cores,"
    echo "$(free -g | awk '/^Mem/ {print $2}') GiB; Payara Server, PostgreSQL and wrk on the same machine)."
    echo "$connections concurrent connections (7 agents) for $duration, after a warm-up; $total listings a search may show."
    cat <<'HEAD'
The baseline is the same server's trivial endpoint (`GET /api/v1/version`: JAX-RS, no database), measured in the
same run; the ratios are search ÷ baseline.

| workload | requests/s | p50 ms | p99 ms | p50 vs baseline | p99 vs baseline |
|---|---|---|---|---|---|
HEAD
    wrk_row trivial 'baseline: `GET /api/v1/version`'
    wrk_row search "listing search as agents: mixed filters, text, map box, sorts; pages 0-4"
    wrk_row fresh "first search of a filter: every request a new price floor, its total counted (up to 10,000)"
    cat <<'TAIL'

The mix (`bench/listing-search/requests.lua`): the first page (newest first), a price range of Active listings by
price, beds and baths in a city, a ZIP with two statuses, free text with a minimum price (trigram index), free text
over the remarks (full-text index), a map box (latitude and longitude ranges), a type with beds sorted by price
descending. Each answer has its total, counted up to 10,000 and remembered per filter until a listing changes: the
mix turns pages and repeats searches as agents do, so after the warm-up its totals are remembered ones. The second
row (`bench/listing-search/fresh-filters.lua`) is the other extreme: Active listings above a price floor drawn to the
dollar, a filter nobody searched before, so every request counts its total. Raw wrk output is left in
`bench/listing-search/*.txt` after a run.

How to re-run: see the header of `bench/listing-search/run.sh`.
TAIL
} >"$section"
write_section "## Listing search API at 100,000 listings" "$section"
rm -f "$section"
echo "== wrote its section of docs/performance.md"
