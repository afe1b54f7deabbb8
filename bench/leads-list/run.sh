#!/usr/bin/env bash
# Leads list API at 100,000 leads: p50/p99 latency with 8 concurrent clients, next to the same server's trivial
# endpoint (GET /api/v1/version, no database) measured in the same run. Writes its section of
# docs/performance.md and leaves the other sections as they are.
#
# Needs: the system running (./crm start) with the API rate limit raised for the run, e.g.
#   ./crm stop; CRM_RATE_LIMIT_API_PER_MINUTE=100000000 CRM_ADMIN_PASSWORD=... ./crm start
# and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator. wrk: apt-get install wrk.
# Options (environment): LEADS (100000), DURATION (30s), CONNECTIONS (8).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
leads=${LEADS:-100000}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-8}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
db_password=${CRM_DB_PASSWORD:-$(cat "$root/build/secrets/db-password")}
psql_crm() { PGPASSWORD=$db_password psql -X -q -h 127.0.0.1 -U crm -d crm "$@"; }

. "$root/bench/bench-lib.sh"

echo "== signing in and preparing 7 benchmark agents"
admin_token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
bench_agents "$admin_token"
agent_tokens=()
for email in "${agent_emails[@]}"; do
    agent_tokens+=("$(token_for "$email" "$BENCH_AGENT_PASSWORD")")
done
seed_bench_leads "$leads"
total=$(psql_crm -tA -c "select count(*) from leads where deleted_at is null")
echo "   $total live leads in the database"

run_wrk() { # label, path-or-script, tokens
    local label=$1 target=$2
    echo "== $label"
    if [[ "$target" == *.lua ]]; then
        BENCH_TOKENS=$3 wrk -t"$connections" -c"$connections" -d"$duration" --latency -s "$target" "$base" >"$here/$label.txt"
    else
        wrk -t"$connections" -c"$connections" -d"$duration" --latency "$base$target" >"$here/$label.txt"
    fi
    cat "$here/$label.txt"
}

echo "== warming up"
BENCH_TOKENS="$admin_token" wrk -t2 -c2 -d10s -s "$here/requests.lua" "$base" >/dev/null
wrk -t2 -c2 -d5s "$base/api/v1/version" >/dev/null

# Edits leads in the background, 20 a second (a very busy office), for one workload: every edit moves the lead
# change counter, so cached list totals are recounted as they would be in real use.
edit_leads_during_run() {
    local seconds=${duration%s} i
    for ((i = 0; i < seconds * 20; i++)); do
        echo "update leads set next_follow_up_at = now() + interval '$i minutes' where id = (select id from leads where search_text like '% ~bench' offset floor(random() * 5000) limit 1);"
        echo "select pg_sleep(0.05);"
    done | psql_crm -o /dev/null
}

run_wrk trivial /api/v1/version
run_wrk leads-admin "$here/requests.lua" "$admin_token"
run_wrk leads-agents "$here/requests.lua" "$(IFS=,; echo "${agent_tokens[*]}")"
edit_leads_during_run &
editor=$!
run_wrk leads-admin-edits "$here/requests.lua" "$admin_token"
wait "$editor"

section=$(mktemp)
{
    cat <<'HEAD'
## Leads list API at 100,000 leads (target: p99 < 100 ms)

HEAD
    echo "Measured by \`bench/leads-list/run.sh\` on $(date -u +%Y-%m-%d) on this project's machine kind ($(nproc) cores,"
    echo "$(free -g | awk '/^Mem/ {print $2}') GiB; Payara Server, PostgreSQL and wrk on the same machine)."
    echo "$connections concurrent connections for $duration per workload, after a warm-up; $total live leads."
    cat <<'HEAD'
The baseline is the same server's trivial endpoint (`GET /api/v1/version`: JAX-RS, no database), measured in the
same run; the ratios are list ÷ baseline.

| workload | requests/s | p50 ms | p99 ms | p50 vs baseline | p99 vs baseline |
|---|---|---|---|---|---|
HEAD
    wrk_row trivial 'baseline: `GET /api/v1/version`'
    wrk_row leads-admin "leads list as an admin (all $total leads): mixed filters, sorts, search; pages 0-9"
    wrk_row leads-agents "leads list as 7 agents (about $((total / 7)) leads each): same mix"
    wrk_row leads-admin-edits "leads list as an admin while 20 leads a second are edited (totals recounted)"
    cat <<'TAIL'

Totals: each list answer carries the exact number of matches. Counting is cached per filter and visibility and
keyed by a lead change counter that a trigger moves on every change to leads (V2 migration), so a cached total
is reused only while no lead has changed; the last row measures the list while leads are edited 20 times a
second, so that most totals are recounted.

The mix (`bench/leads-list/requests.lua`): first pages, `status` (single and repeated), `temperature` with a sort
by last name, `source` with `status`, free-text `q` over names (trigram index) and a whole phone number (its
blind index: email and phones are sealed, see "Encryption at rest" in docs/operations.md), a sort by next
follow-up with 50 rows. Tokens are issued once, before the run.
Raw wrk output is left in `bench/leads-list/*.txt` after a run.

How to re-run: see the header of `bench/leads-list/run.sh`.
TAIL
} >"$section"
write_section "## Leads list API at 100,000 leads" "$section"
rm -f "$section"
echo "== wrote its section of docs/performance.md"
