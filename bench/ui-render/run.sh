#!/usr/bin/env bash
# Server render time of the lead screens at 100,000 leads: the dashboard, the leads list (first page) and a
# filtered, sorted list page, each requested N times in a row by one signed-in browser session (curl with the
# session cookie), next to a trivial page of the same server measured in the same run (the sign-in page: Faces,
# no database). p50/p99 of curl's total time on localhost. Writes its section of docs/performance.md and leaves
# the other sections as they are.
#
# Needs: the system running (./crm start) and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator. Uses the
# leads of bench/leads-list/seed.sql (loaded here when missing) and gives them timelines (seed-timelines.sql).
# Options (environment): LEADS (100000), N (50 requests per page), BASE_URL (http://localhost:8080),
# CRM_DB_NAME (crm).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
app=$base/app
leads=${LEADS:-100000}
n=${N:-50}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
db_name=${CRM_DB_NAME:-crm}
db_password=${CRM_DB_PASSWORD:-$(cat "$root/build/secrets/db-password")}
psql_crm() { PGPASSWORD=$db_password psql -X -q -h 127.0.0.1 -U crm -d "$db_name" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. "$root/bench/bench-lib.sh"

echo "== preparing 7 agents and $leads leads"
bench_agents "$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")"
seed_bench_leads "$leads"
psql_crm -f "$here/seed-timelines.sql"
total=$(psql_crm -tA -c "select count(*) from leads where deleted_at is null")
echo "   $total live leads"

echo "== signing in through the sign-in form"
jar=$work/cookies
login_page=$(curl -fsS -c "$jar" -b "$jar" "$app/login.xhtml")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$login_page" | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
curl -fsS -o /dev/null -c "$jar" -b "$jar" "$app/login.xhtml" \
    --data-urlencode "signIn=signIn" --data-urlencode "signIn:email=$admin_email" \
    --data-urlencode "signIn:password=$CRM_ADMIN_PASSWORD" --data-urlencode "signIn:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state"
dashboard=$(curl -fsS -b "$jar" "$app/dashboard.xhtml")
grep -q 'id="total"' <<<"$dashboard" || { echo "sign-in failed: the dashboard did not render" >&2; exit 1; }

measure() { # label, path: N sequential requests, one time (ms) per line
    local label=$1 path=$2 i
    for ((i = 0; i < 10; i++)); do curl -fsS -o /dev/null -b "$jar" "$app$path"; done
    for ((i = 0; i < n; i++)); do
        curl -fsS -o /dev/null -b "$jar" -w '%{time_total}\n' "$app$path"
    done | awk '{printf "%.2f\n", $1 * 1000}' | sort -n >"$work/$label"
    echo "   $label: p50 $(pct "$label" 50) ms, p99 $(pct "$label" 99) ms"
}
measure_recount() { # label, path: like measure, but a lead changes before each request, so nothing cached is reused
    local label=$1 path=$2 i
    : >"$work/$label.raw"
    for ((i = 0; i < n; i++)); do
        psql_crm -c "update leads set next_follow_up_at = now() + interval '$i minutes' where id = (select min(id) from leads where search_text like '% ~bench')"
        curl -fsS -o /dev/null -b "$jar" -w '%{time_total}\n' "$app$path" >>"$work/$label.raw"
    done
    awk '{printf "%.2f\n", $1 * 1000}' "$work/$label.raw" | sort -n >"$work/$label"
    echo "   $label: p50 $(pct "$label" 50) ms, p99 $(pct "$label" 99) ms"
}
pct() { awk -v p="$2" '{v[NR] = $1} END {i = int((p / 100) * NR + 0.999); if (i < 1) i = 1; print v[i]}' "$work/$1"; }

echo "== $n requests per page"
measure trivial /login.xhtml
measure dashboard /dashboard.xhtml
measure_recount dashboard-recount /dashboard.xhtml
measure leads /leads.xhtml
measure_recount leads-recount /leads.xhtml
measure filtered '/leads.xhtml?status=NEW,CONTACTED&temperature=HOT&sort=lastName'
measure overdue '/leads.xhtml?overdue=true'

row() {
    printf '| %s | %s | %s | %s |\n' "$2" "$(pct "$1" 50)" "$(pct "$1" 99)" \
        "$(awk -v a="$(pct "$1" 50)" -v b="$(pct trivial 50)" 'BEGIN {printf "%.1f×", a/b}')"
}
section=$work/section.md
{
    echo "## Lead screens render time at 100,000 leads (target < 300 ms)"
    echo
    echo "Measured by \`bench/ui-render/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores; Payara Server, PostgreSQL and"
    echo "curl on the same machine); $total live leads, signed in as an administrator (every lead visible)."
    echo "$n requests per page one after another after 10 warm-up requests; the time is curl's total time for the"
    echo "whole HTML page on localhost. The baseline is the sign-in page of the same server (Faces, no database)."
    echo
    echo "| page | p50 ms | p99 ms | p50 vs baseline |"
    echo "|---|---|---|---|"
    row trivial 'baseline: `login.xhtml`'
    row dashboard '`dashboard.xhtml` (figures unchanged since the last count: one counter read)'
    row dashboard-recount '`dashboard.xhtml` when a lead changed before each request: every figure recounted'
    row leads '`leads.xhtml`: first page of 25, newest first, exact total'
    row leads-recount '`leads.xhtml` when a lead changed before each request: total recounted'
    row filtered '`leads.xhtml?status=NEW,CONTACTED&temperature=HOT&sort=lastName`'
    row overdue '`leads.xhtml?overdue=true` (the dashboard card: open leads past their follow-up, oldest first)'
    echo
    echo "The dashboard counts in one grouped pass over the leads plus one range scan for the speed to first contact;"
    echo "its figures are remembered per visibility and minute with the lead change counter (like the list totals),"
    echo "so the recount rows are what a dashboard costs in an office where leads change all the time."
    echo
    echo "How to re-run: see the header of \`bench/ui-render/run.sh\`."
} >"$section"

write_section "## Lead screens render time" "$section"
echo "== wrote its section of docs/performance.md"
