#!/usr/bin/env bash
# Routing 10,000 inbound webhook leads: leads/s accepted, request latency, and the delay from each lead's request
# to its agent's notification (the stored row, and the agent's bell over its websocket), next to the same server's
# trivial endpoint (GET /api/v1/version, no database) measured in the same run at the same concurrency
# (bench/lead-routing/RoutingBench.java). Writes its section of docs/performance.md and leaves the others as they are.
#
# Needs: the system running (./crm start) with the API and intake rate limits raised for the run, e.g.
#   ./crm stop; CRM_RATE_LIMIT_API_PER_MINUTE=100000000 CRM_RATE_LIMIT_INTAKE_PER_MINUTE=100000000 ./crm start
# and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator.
# Options (environment): LEADS (10000), WARMUP_LEADS (500), CONNECTIONS (8), KEEP_LEADS (set: leave the run's leads).
#
# What it changes, and puts back: an intake source "Bench webhook" (its secret is rotated each run, so none is
# kept), a team "Bench Austin" (bench agents 1-3) and a routing rule "Bench: Austin webhook leads" (that source and
# postal prefix 787, to the team) moved to the front. The 7 bench agents go on duty; any other agent on duty is
# taken off duty for the run, so that the round robin of all on-duty agents reaches only agents whose bells are
# watched, and put back on duty at the end. The run's leads are deleted at the end (with their notifications and
# timelines), as are those a broken earlier run left: otherwise speed to lead would hand each of them on 15
# minutes later.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
leads=${LEADS:-10000}
warmup=${WARMUP_LEADS:-500}
connections=${CONNECTIONS:-8}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
source_name="Bench webhook"
team_name="Bench Austin"
rule_name="Bench: Austin webhook leads"

. "$root/bench/bench-lib.sh"
use_crm_database

api() { # METHOD PATH [JSON]: as the administrator
    curl -fsS -X "$1" "$base/api/v1$2" -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
        ${3:+-d "$3"}
}
sql_value() { psql_crm -tA -c "$1"; }

# The leads of this source, whoever sent them, with what refers to them; its delivery receipts too.
remove_bench_leads() {
    psql_crm <<SQL
create temp table gone as select id from leads where source = '$source_name';
delete from notifications where lead_id in (select id from gone);
delete from activities where lead_id in (select id from gone);
delete from leads where id in (select id from gone);
delete from intake_receipts where source_id in (select id from intake_sources where name = '$source_name');
SQL
}

others_off_duty=()
put_back() {
    local id
    for id in "${others_off_duty[@]}"; do
        api PUT "/users/$id/duty" '{"onDuty": true}' >/dev/null || echo "could not put user $id back on duty" >&2
    done
    if [[ -z "${KEEP_LEADS:-}" ]]; then remove_bench_leads; fi
}

echo "== signing in, preparing the 7 benchmark agents, their team and the rule"
admin_token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
bench_agents "$admin_token"
agent_tokens=()
for i in "${!agent_ids[@]}"; do
    api PUT "/users/${agent_ids[$i]}/duty" '{"onDuty": true}' >/dev/null
    agent_tokens+=("$(token_for "${agent_emails[$i]}" "$BENCH_AGENT_PASSWORD")")
done
trap put_back EXIT
for id in $(sql_value "select id from users where role = 'AGENT' and active and on_duty
                        and id not in ($(IFS=,; echo "${agent_ids[*]}"))"); do
    api PUT "/users/$id/duty" '{"onDuty": false}' >/dev/null
    others_off_duty+=("$id")
done
echo "   ${#others_off_duty[@]} other agents taken off duty for the run"

team_id=$(sql_value "select id from teams where name = '$team_name'")
[[ -n "$team_id" ]] || team_id=$(api POST /teams "{\"name\": \"$team_name\",
    \"memberIds\": [${agent_ids[0]}, ${agent_ids[1]}, ${agent_ids[2]}]}" | json_field id)
rule_id=$(sql_value "select id from routing_rules where name = '$rule_name'")
[[ -n "$rule_id" ]] || rule_id=$(api POST /routing-rules "{\"name\": \"$rule_name\", \"sources\": [\"$source_name\"],
    \"postalPrefixes\": [\"787\"], \"target\": \"TEAM\", \"targetId\": $team_id}" | json_field id)
# first, so that no rule of the system's own takes these leads (it names this source only, so it takes no other)
api PUT /routing-rules/order "{\"ids\": [$(sql_value "select string_agg(id::text, ',' order by id <> $rule_id, position)
                                                      from routing_rules")]}" >/dev/null

# The source's secret is shown once, when made or rotated: a new one each run, handed to the program only.
source_id=$(sql_value "select id from intake_sources where name = '$source_name' and active")
if [[ -n "$source_id" ]]; then
    intake=$(api POST "/intake-sources/$source_id/secret")
else
    intake=$(api POST /intake-sources "{\"name\": \"$source_name\", \"leadSource\": \"$source_name\"}")
    source_id=$(echo "$intake" | json_field id)
fi
remove_bench_leads

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== $leads leads at $connections connections (after $warmup warm-up leads and 2,000 baseline requests)"
result=$here/result.txt
per_lead=$here/leads.txt
BASE_URL=$base INTAKE_KEY=$(echo "$intake" | json_field key) INTAKE_SECRET=$(echo "$intake" | json_field secret) \
AGENT_EMAILS=$(IFS=,; echo "${agent_emails[*]}") AGENT_TOKENS=$(IFS=,; echo "${agent_tokens[*]}") \
AGENT_IDS=$(IFS=,; echo "${agent_ids[*]}") AGENT_PASSWORD=$BENCH_AGENT_PASSWORD \
LEADS=$leads WARMUP_LEADS=$warmup CONNECTIONS=$connections RUN=$(date -u +%Y%m%d%H%M%S) OUT=$per_lead \
    java "$here/RoutingBench.java" | tee "$result"
get() { sed -n "s/^$1=//p" "$result"; }

echo "== checking every lead in the database: created, routed, notified exactly once"
# created and routed to a bench agent; exactly one LEAD_ASSIGNED notification, to that agent, as the bell saw
psql_crm -v ON_ERROR_STOP=1 >"$here/check.txt" <<SQL
create temp table sent (lead_id bigint, status int, sent_at bigint, answer_micros bigint, bell_at bigint, bell_agent bigint);
\copy sent from '$per_lead'
create temp table told as
select lead_id, count(*) as notices, min(recipient_id) as recipient,
       min(extract(epoch from created_at) * 1000000)::bigint as stored_at
  from notifications where kind = 'LEAD_ASSIGNED' and lead_id in (select lead_id from sent) group by lead_id;
\pset format unaligned
\pset tuples_only on
select 'missing=' || count(*) filter (where l.id is null),
       'not_ours=' || count(*) filter (where l.source <> '$source_name'),
       'not_with_a_bench_agent=' || count(*) filter (where l.assigned_agent_id is null
                                        or l.assigned_agent_id not in ($(IFS=,; echo "${agent_ids[*]}"))),
       'not_notified_once=' || count(*) filter (where coalesce(t.notices, 0) <> 1),
       'notified_someone_else=' || count(*) filter (where t.recipient <> l.assigned_agent_id),
       'on_another_bell=' || count(*) filter (where s.bell_agent is distinct from l.assigned_agent_id),
       'by_rule=' || count(*) filter (where l.routing_rule_id = $rule_id),
       'round_robin=' || count(*) filter (where l.routing_rule_id is null),
       'agents_min=' || (select min(n) from (select count(*) n from leads where id in (select lead_id from sent)
                                             group by assigned_agent_id) per_agent),
       'agents_max=' || (select max(n) from (select count(*) n from leads where id in (select lead_id from sent)
                                             group by assigned_agent_id) per_agent)
  from sent s left join leads l on l.id = s.lead_id left join told t on t.lead_id = s.lead_id;
-- the row's delay, nearest rank as the program counts: p50, p95, p99, max
select 'stored_p' || p || '_ms=' || round(percentile_disc(p / 100.0) within group (order by t.stored_at - s.sent_at) / 1000.0, 2)
  from sent s join told t using (lead_id), unnest(array[50, 95, 99, 100]) p group by p order by p;
SQL
tr '|' '\n' <"$here/check.txt" | sed 's/^stored_p100_/stored_max_/' | tee -a "$result"
for failure in missing not_ours not_with_a_bench_agent not_notified_once notified_someone_else on_another_bell; do
    [[ "$(get "$failure")" == 0 ]] || { echo "FAILED: $failure=$(get "$failure") of $leads leads" >&2; exit 1; }
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; }
delay_row() { # label, key
    printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$(get "${2}_p50_ms")" "$(get "${2}_p95_ms")" \
        "$(get "${2}_p99_ms")" "$(get "${2}_max_ms")" "$(ratio "$(get "${2}_p99_ms")" "$(get baseline_p99_ms)")"
}
section=$(mktemp)
{
    cat <<'HEAD'
## Routing 10,000 inbound webhook leads: leads/s, and p99 from request to the agent's notification

HEAD
    echo "Measured by \`bench/lead-routing/run.sh\` on $(date -u +%Y-%m-%d) on this project's machine kind ($(nproc) cores,"
    echo "$(free -g | awk '/^Mem/ {print $2}') GiB; Payara Server, PostgreSQL and the client on the same machine; load average before"
    echo "the run $load_before). $leads signed deliveries to \`POST /api/v1/intake/leads\`, each a new person,"
    echo "from $connections client threads each waiting for its answer (a fixed concurrency of $connections), after $warmup warm-up"
    echo "leads. The client is \`bench/lead-routing/RoutingBench.java\` (the JDK's HTTP client and websocket). The baseline is"
    echo "the same server's trivial endpoint (\`GET /api/v1/version\`: JAX-RS, no database), $leads requests by the same"
    echo "client at the same concurrency in the same run; the ratios are lead ÷ baseline."
    echo
    echo "| workload | per second | p50 ms | p99 ms | p50 vs baseline | p99 vs baseline |"
    echo "|---|---|---|---|---|---|"
    printf '| baseline: `GET /api/v1/version` | %s | %s | %s | 1.0× | 1.0× |\n' "$(get baseline_per_second)" \
        "$(get baseline_p50_ms)" "$(get baseline_p99_ms)"
    printf '| inbound webhook lead, signed, answered `201` (leads/s) | %s | %s | %s | %s | %s |\n' \
        "$(get intake_per_second)" "$(get intake_p50_ms)" "$(get intake_p99_ms)" \
        "$(ratio "$(get intake_p50_ms)" "$(get baseline_p50_ms)")" "$(ratio "$(get intake_p99_ms)" "$(get baseline_p99_ms)")"
    echo
    echo "From each lead's request to its agent's notification (ms; the ratio is against the baseline's p99):"
    echo
    echo "| to the moment | p50 | p95 | p99 | max | p99 vs baseline p99 |"
    echo "|---|---|---|---|---|---|"
    delay_row "the notification row is stored (its \`created_at\`)" stored
    delay_row "the agent's bell shows it (websocket push, then the bell's read)" bell
    echo
    echo "Every lead was checked in the database after the run: $leads created ($(get created) answered \`201\`), each"
    echo "routed to a bench agent ($(get by_rule) by the rule to the team, $(get round_robin) round-robin; $(get agents_min) to"
    echo "$(get agents_max) leads per agent), each with exactly one \`LEAD_ASSIGNED\` notification, to that agent, and each"
    echo "on that agent's bell once ($(get pushes) pushes, $(get bell_reads) bell reads). The script fails otherwise."
    cat <<'TAIL'

The path of a lead: the signature and timestamp are checked, the delivery's receipt is claimed (a replay takes
nothing), the lead is checked by the rules of every lead, its email and phone are sealed and looked up by their
blind indexes (someone known keeps their lead), the routing rules are tried in order, and the lead is stored with
its timeline and a persistent JMS message in the request's transaction. The answer goes back then; the message's
consumer stores the notification in its own transaction and pushes "changed" to the agent's open screens.

The leads: every fifth is in Austin (postal code 787xx), which the rule "Bench: Austin webhook leads" (this
source, postal prefix 787, put first) gives to the team "Bench Austin" (3 agents) in turn; the rest are in Dallas,
which no rule takes, so they go round-robin to all on-duty agents: the 7 bench agents, others being taken off duty
for the run. Each has a unique email and phone, a message, lead type, city, postal code, price and language.

How the two delays are taken: the client stamps each request as it sends it, with the wall clock it also uses for
the bell (PostgreSQL and the client share the machine's clock). "Stored" is the notification row's `created_at`,
PostgreSQL's `now()`: the start of the consumer's transaction, which commits just after. "The bell" is what the
agent sees: each bench agent is signed in on the sign-in form with the dashboard's Faces websocket open, as in a
browser; a push says only "changed", so, as the screen does, the client then reads the agent's newest
notifications (`GET /api/v1/notifications?unread=true`), and a lead counts as notified when the first read that
lists it has returned. Pushes that arrive while a read waits share it. The bells' reads are load on the same
server during the run, as open screens would be.
Raw output is left in `bench/lead-routing/*.txt` after a run (one line per lead in `leads.txt`).

How to re-run: see the header of `bench/lead-routing/run.sh`.
TAIL
} >"$section"
write_section "## Routing 10,000 inbound webhook leads" "$section"
rm -f "$section"
echo "== wrote its section of docs/performance.md"
