#!/usr/bin/env bash
# A one-off text campaign to COUNT recipients (100,000) through the compliance gate and the outbox, as the product
# sends it: launch (the audience enrolled), the ticker's sends, jms/OutboundMessage, the sender asking the
# ComplianceGate, TextOutbox recording each text in outbox_texts (provider outbox). Measures recipients settled per
# second from the launch until every send of the campaign is SENT, REFUSED or SKIPPED, next to the floor measured in
# the same run: psql writing the same outbox_texts and campaign_sends rows into scratch copies of the two tables (same
# indexes and checks), no gate, no queue. And it counts, FROM THE OUTBOX (outbox_texts RECORDED or SENT since the
# launch, by the blind index of the number texted), the texts that went to recipients the gate must refuse: about 5%
# on the National Registry, 5% opted out (on the company's own list), and 15% in an area code outside the calling
# hours; there must be none, and every other recipient must have exactly one. Writes the "Campaign sending" section of
# docs/performance.md and leaves the other sections as they are; exits 1 when a check fails (the section says which).
#
# Needs: the system running with a sending rate that is not the bottleneck and a short tick, e.g.
#   ./crm stop; CRM_CAMPAIGN_RATE_SMS_PER_SECOND=100000 CRM_CAMPAIGN_TICK_SECONDS=2 CRM_ADMIN_PASSWORD=... ./crm start
# (crm.campaign.rate.sms-per-second defaults to 1 text a second per server, a long code's rate: 100,000 texts would
# take 28 hours; crm.campaign.tick-seconds defaults to 15; crm.sms.provider must be outbox, the default: every text is
# recorded, none sent). CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator; the system's database (CRM_DB_URL,
# CRM_DB_USER, CRM_DB_PASSWORD as for ./crm) and data keys (KEY_FILE, default build/secrets/data-keys); a build of
# crm-domain (its jar seals the leads' phones and emails, bench/leads-list/SealedSeed.java). No state may have calling
# hours of its own (GET /api/v1/compliance/quiet-hours): the bench sets one for the run and removes it after.
# Run it on a benchmark system, not on one in use: it replaces the National Registry data of the area codes it uses
# (671 808 213 720 501 404 787, one registered number each besides its own), adds its opted-out numbers to the
# company's Do-Not-Call list (which keeps every entry for good: +1 <area code> 25xxxxx, the same ones on every run),
# and deletes the leads, campaigns and texts of its earlier runs first. Tools: curl, jq, psql, java.
#
# Where the recipients are: one area code per zone from Guam to Puerto Rico; those whose local time is within
# 08:00-21:00 for MAX_MINUTES more are callable, and one area code whose local time lies more than MAX_MINUTES before
# theirs (or past 21:00) is the quiet one. The bench sets the calling hours of that area code's state to start at the
# earliest local time of the callable ones (PUT /api/v1/compliance/quiet-hours/{state}), so the quiet area code is
# outside them for the whole run whatever the time of day. The product gives a recipient known only by number (a
# campaign text's) the narrowest of the states' windows, since they may live in the state that set it
# (QuietHoursRule): the window holds for every recipient, and the zones decide who is inside it. From 11:00 to 12:00
# UTC no area code is callable at all (past 9 pm on Guam, before 8 am in Puerto Rico); with the margin of MAX_MINUTES
# (120) none is from 09:00 to 12:00 UTC: the bench then refuses to start and says so.
#
# Options (environment): COUNT (100000, at most 499999), MAX_MINUTES (120: the longest the run may take; the calling
# hours are chosen to hold that long), KEEP (unset: the bench's leads, campaign and texts are deleted at the end; 1:
# kept for a look, until the next run), BASE_URL (http://localhost:8080).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
count=${COUNT:-100000}
max_minutes=${MAX_MINUTES:-120}
keep=${KEEP:-}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
[[ $count =~ ^[0-9]+$ ]] && ((count >= 1 && count <= 499999)) || { echo "COUNT must be 1 to 499999" >&2; exit 1; }
source_name="Bench campaign"
key_file=${KEY_FILE:-$root/build/secrets/data-keys}
work=$(mktemp -d)
quiet_state=
. "$root/bench/bench-lib.sh"
use_crm_database
api() { curl -fsS "$@" -H "Authorization: Bearer $token"; }
json() { curl -fsS "$@" -H "Authorization: Bearer $token" -H 'Content-Type: application/json'; }
fail() { echo "error: $*" >&2; exit 1; }
thousands() { echo "$1" | thousands_all; }
thousands_all() { sed -E ':a; s/(^|[^0-9.])([0-9]+)([0-9]{3})($|[^0-9])/\1\2,\3\4/; ta'; }

command -v jq >/dev/null || fail "jq is missing: apt-get install -y jq"
domain_jar=$(ls "$root"/crm-domain/target/crm-domain-*.jar 2>/dev/null | head -1)
[[ -n $domain_jar ]] || fail "build crm-domain first: mvn -B -o -q install -DskipTests -DskipITs -pl crm-domain"
[[ -r $key_file ]] || fail "cannot read the data keys $key_file (KEY_FILE)"

# The bench's leads, campaigns and texts (of an earlier run, or of this one at the end), in the order of their foreign
# keys; the company's Do-Not-Call list keeps its entries (a trigger refuses their deletion).
forget_bench_rows() {
    psql_crm <<SQL
create temp table bench_leads as select id from leads where source = '$source_name';
create temp table bench_campaigns as select id from campaigns where name like '$source_name %';
analyze bench_leads; analyze campaign_sends; analyze outbox_texts; analyze activities; analyze campaign_enrollments;
delete from campaign_sends where campaign_id in (select id from bench_campaigns)
    or lead_id in (select id from bench_leads);
delete from outbox_texts where lead_id in (select id from bench_leads);
delete from campaign_enrollments where campaign_id in (select id from bench_campaigns)
    or lead_id in (select id from bench_leads);
delete from campaign_steps where campaign_id in (select id from bench_campaigns);
delete from campaigns where id in (select id from bench_campaigns);
delete from message_templates where name = '$source_name text'
    and not exists (select 1 from campaign_steps s where s.template_id = message_templates.id);
delete from notifications where lead_id in (select id from bench_leads);
delete from activities where lead_id in (select id from bench_leads);
delete from lead_phones where lead_id in (select id from bench_leads);
delete from leads where id in (select id from bench_leads);
set client_min_messages = warning;
drop table if exists bench_floor_outbox_texts, bench_floor_campaign_sends;
SQL
}

finish() {
    local status=$?
    if [[ -n $quiet_state ]]; then
        token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD") \
            && api -X DELETE "$base/api/v1/compliance/quiet-hours/$quiet_state" >/dev/null \
            && echo "== removed the calling hours of $quiet_state" \
            || echo "warning: remove the calling hours of $quiet_state: DELETE /api/v1/compliance/quiet-hours/$quiet_state" >&2
    fi
    if [[ -z $keep ]] && [[ -n ${seeded:-} ]]; then
        echo "== deleting the bench's leads, campaign and texts (KEEP=1 keeps them)"
        { forget_bench_rows && psql_crm -c "drop table if exists bench_campaign_recipients"; } >/dev/null \
            || echo "warning: could not delete the bench's rows; the next run does" >&2
    fi
    rm -rf "$work"
    exit $status
}
trap finish EXIT

token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
[[ $(api "$base/api/v1/compliance/quiet-hours" | jq '.items | length') == 0 ]] \
    || fail "some states have calling hours of their own (GET /api/v1/compliance/quiet-hours): the bench needs none"

echo "== choosing the area codes: callable now for $max_minutes minutes, and a quiet one"
# area code, its time zone (libphonenumber's for the number, and its state's: the same), its state
places=(671:Pacific/Guam:GU 808:Pacific/Honolulu:HI 213:America/Los_Angeles:CA 720:America/Denver:CO
        501:America/Chicago:AR 404:America/New_York:GA 787:America/Puerto_Rico:PR)
declare -A local_minutes local_time state_of
codes=()
at=$(date +%s)
for place in "${places[@]}"; do
    IFS=: read -r code zone state <<<"$place"
    codes+=("$code")
    hm=$(TZ=$zone date -d "@$at" +%H:%M)
    local_time[$code]=$hm
    local_minutes[$code]=$((10#${hm%:*} * 60 + 10#${hm#*:}))
    state_of[$code]=$state
done
callable() { (( local_minutes[$1] >= 480 && local_minutes[$1] + max_minutes < 1260 )); }
quiet= ok_codes=() best=-1
for q in "${codes[@]}"; do
    candidates=()
    for z in "${codes[@]}"; do
        [[ $z != "$q" ]] && callable "$z" || continue
        # the window starts at the earliest callable local time: q stays before it (or past 21:00) for the run
        (( local_minutes[$q] >= 1260 || local_minutes[$z] > local_minutes[$q] + max_minutes )) && candidates+=("$z")
    done
    ((${#candidates[@]})) || continue
    # best: a quiet area code within the federal hours (the state's window is what refuses it), then most callable
    score=${#candidates[@]}
    (( local_minutes[$q] >= 480 && local_minutes[$q] < 1260 )) && score=$((score + 100))
    if ((score > best)); then best=$score quiet=$q ok_codes=("${candidates[@]}"); fi
done
[[ -n $quiet ]] || fail "no area code is within the calling hours (08:00-21:00 local) for the next $max_minutes minutes
while another is outside them that long: from 11:00 to 12:00 UTC none is callable at all (past 9 pm on Guam, before
8 am in Puerto Rico), and the margin of MAX_MINUTES=$max_minutes takes the time before that too (with 120: from 09:00
UTC). Run it after 12:00 UTC, or with a smaller MAX_MINUTES if the run is short."
mapfile -t ok_codes < <(printf '%s\n' "${ok_codes[@]}" | sort -n)
window_start=$(for z in "${ok_codes[@]}"; do echo "${local_minutes[$z]}"; done | sort -n | head -1)
window_start=$(printf '%02d:%02d' $((window_start / 60)) $((window_start % 60)))
quiet_state_code=${state_of[$quiet]}
for z in "${ok_codes[@]}"; do echo "   callable: $z (${state_of[$z]}, ${local_time[$z]} there)"; done
echo "   quiet: $quiet (${state_of[$quiet]}, ${local_time[$quiet]} there); calling hours $window_start-21:00"
ok_list=$(IFS=,; echo "${ok_codes[*]}")

echo "== forgetting earlier runs"
forget_bench_rows >/dev/null

echo "== $count recipients: leads, the company's opt-outs, the National Registry"
bench_agents "$token"
plan=$work/plan.tsv
awk -v COUNT="$count" -v OK="$ok_list" -v QUIET="$quiet" -f "$here/plan.awk" >"$plan"
psql_crm -c "set client_min_messages = warning" -c "drop table if exists bench_campaign_recipients" \
    -c "create table bench_campaign_recipients (n int generated always as identity primary key, phone text not null,
        expected text not null, area_code text not null, phone_index text)" \
    -c "\\copy bench_campaign_recipients (phone, expected, area_code) from '$plan'"
seeded=1
java -cp "$domain_jar" "$root/bench/leads-list/SealedSeed.java" "$count" "$(IFS=,; echo "${agent_ids[*]}")" \
    "$key_file" "phones=$plan" "email=bench.campaign." "source=$source_name" | psql_crm -f "$here/seed.sql"
psql_crm -c "create index on bench_campaign_recipients (phone_index)" \
    -c "insert into dnc_internal (phone, source) select phone, 'bench opt-out' from bench_campaign_recipients r
        where expected = 'internal' and not exists (select 1 from dnc_internal d where d.phone = r.phone)"
data_date=$(TZ=America/New_York date -d yesterday +%F)
for code in "$quiet" "${ok_codes[@]}"; do
    # the area code's numbers on the Registry: its federal recipients, and one that is nobody's
    { awk -F'\t' -v code="$code" '$2 == "federal" && $3 == code {print substr($1, 3)}' "$plan"; echo "${code}9999999"; } \
        >"$work/$code.txt"
    api "$base/api/v1/pipeline/dnc/loads?list=federal&kind=FULL&dataDate=$data_date" \
        -F "file=@$work/$code.txt;type=text/plain;filename=$code.txt" >/dev/null
done
psql_crm -tA -c "select expected, count(*) from bench_campaign_recipients group by 1 order by 1" | sed 's/^/   /'

echo "== calling hours of $quiet_state_code: $window_start-21:00"
json -X PUT "$base/api/v1/compliance/quiet-hours/$quiet_state_code" \
    -d "{\"start\":\"$window_start\",\"end\":\"21:00\"}" >/dev/null
quiet_state=$quiet_state_code

echo "== the campaign: one text to every lead whose source is \"$source_name\""
template=$(json "$base/api/v1/campaign-templates" -d "{\"channel\":\"SMS\",\"name\":\"$source_name text\",
    \"body\":\"Hi {{firstName|there}}, three new listings near you this week. Reply STOP to opt out.\"}" | jq .id)
campaign=$(json "$base/api/v1/campaigns" -d "{\"name\":\"$source_name $(date -u +%Y%m%dT%H%M%S)\",\"kind\":\"ONE_OFF\",
    \"whenRefused\":\"DROP\",\"filterSource\":\"$source_name\"}")
id=$(jq .id <<<"$campaign")
json -X PUT "$base/api/v1/campaigns/$id/steps" -d "{\"version\":$(jq .version <<<"$campaign"),
    \"steps\":[{\"action\":\"SMS\",\"delayMinutes\":0,\"templateId\":$template}]}" >/dev/null
load_at_launch=$(cut -d' ' -f1 /proc/loadavg)
launched_at=$(psql_crm -tA -c "select clock_timestamp()")
started=$(now)
launch_answer=$(curl -sS -o "$work/launch.json" -w '%{http_code}' -X POST "$base/api/v1/campaigns/$id/launch" \
    -H "Authorization: Bearer $token")
launch_note=
if [[ $launch_answer != 200 ]]; then
    # a launch commits before its answer is written: one that answers an error may have launched all the same
    [[ $(psql_crm -tA -c "select status from campaigns where id = $id") == ACTIVE ]] \
        || fail "the launch answered HTTP $launch_answer: $(cat "$work/launch.json")"
    launch_note="POST /api/v1/campaigns/$id/launch answered HTTP $launch_answer although the campaign was launched (ACTIVE, its audience enrolled): a product bug, see the server log"
    echo "warning: $launch_note" >&2
fi
enrolled=$(psql_crm -tA -c "select count(*) from campaign_enrollments where campaign_id = $id")
echo "   campaign $id launched at $launched_at: $enrolled leads enrolled"
[[ $enrolled == "$count" ]] || fail "the campaign enrolled $enrolled leads, not $count"

# polled in the database: every send settled (SENT, REFUSED, SKIPPED; FAILED is a dead letter, settled too)
settled_statuses="'SENT', 'REFUSED', 'SKIPPED', 'FAILED'"
last=-1 last_change=$SECONDS deadline=$((SECONDS + max_minutes * 60)) polls=0
while true; do
    read -r made settled < <(psql_crm -tA -F ' ' -c "select count(*), count(*) filter (where status in
        ($settled_statuses)) from campaign_sends where campaign_id = $id")
    ((settled == count)) && break
    if ((settled != last)); then last=$settled last_change=$SECONDS; fi
    if ((SECONDS - last_change > 180 || SECONDS > deadline)); then
        psql_crm -c "select status, count(*) from campaign_sends where campaign_id = $id group by 1 order by 1"
        fail "$settled of $count sends settled ($made made): nothing moved for $((SECONDS - last_change)) s, or the
run passed MAX_MINUTES=$max_minutes; see the server log (./crm logs)"
    fi
    ((++polls % 10 == 0)) && echo "   $(awk -v a="$started" -v b="$(now)" 'BEGIN {printf "%.0f", b - a}') s: $made sends made, $settled settled"
    sleep 1
done
run_s=$(psql_crm -tA -c "select extract(epoch from max(updated_at) - '$launched_at'::timestamptz)
                         from campaign_sends where campaign_id = $id")
made_s=$(psql_crm -tA -c "select extract(epoch from max(created_at) - '$launched_at'::timestamptz)
                          from campaign_sends where campaign_id = $id")
echo "   every send made $made_s s and settled $run_s s after the launch"
token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")

echo "== counting from the outbox"
# per expected fate: recipients, those with a text that went (RECORDED or SENT, since the launch), the texts that went,
# those that did not get exactly one; then the refused texts' reasons
psql_crm -tA -F ' ' >"$work/outcome" <<SQL
with went as (
    select to_index, count(*) as texts from outbox_texts
    where created_at >= '$launched_at' and status in ('RECORDED', 'SENT') group by to_index)
select r.expected, count(*), count(w.to_index), coalesce(sum(w.texts), 0),
       count(*) filter (where coalesce(w.texts, 0) <> 1)
from bench_campaign_recipients r left join went w on w.to_index = r.phone_index
group by r.expected order by r.expected;
SQL
cat "$work/outcome" | sed 's/^/   /'
outcome() { awk -v what="$1" -v col="$2" '$1 == what {n = $col} END {print n + 0}' "$work/outcome"; }
psql_crm -tA -F '|' >"$work/reasons" <<SQL
select r.expected, x.reasons, count(*)
from outbox_texts t join bench_campaign_recipients r on r.phone_index = t.to_index
cross join lateral (select string_agg(e->>'reason', ' + ' order by e->>'reason') as reasons
                    from jsonb_array_elements(t.refusal) e) x
where t.created_at >= '$launched_at' and t.status = 'REFUSED'
group by 1, 2 order by 1, 2;
SQL
cat "$work/reasons" | sed 's/^/   /'
sends_by_status=$(psql_crm -tA -F ' ' -c "select status, count(*) from campaign_sends where campaign_id = $id
                                           group by 1 order by 1" | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}' | thousands_all)
texts_by_status=$(psql_crm -tA -F ' ' -c "select t.status, count(*) from outbox_texts t
        join campaign_sends s on s.outbox_text_id = t.id where s.campaign_id = $id group by 1 order by 1" \
        | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}' | thousands_all)
echo "   sends: $sends_by_status; outbox: $texts_by_status"

echo "== floor: the same outbox_texts and campaign_sends rows written by psql into scratch copies"
floor_s=$(psql_crm -tA <<SQL | tail -1
create temp table stage_texts as
    select t.* from outbox_texts t join campaign_sends s on s.outbox_text_id = t.id where s.campaign_id = $id;
create temp table stage_sends as select * from campaign_sends where campaign_id = $id;
create table bench_floor_outbox_texts (like outbox_texts including all);
create table bench_floor_campaign_sends (like campaign_sends including all);
select clock_timestamp() as floor_started \gset
begin;
insert into bench_floor_outbox_texts select * from stage_texts;
insert into bench_floor_campaign_sends select * from stage_sends;
commit;
select extract(epoch from clock_timestamp() - :'floor_started');
SQL
)
floor_rows=$(psql_crm -tA -c "select (select count(*) from bench_floor_outbox_texts) || ' ' ||
                                     (select count(*) from bench_floor_campaign_sends)")
psql_crm -c "drop table bench_floor_outbox_texts, bench_floor_campaign_sends"
echo "   $floor_rows rows in $floor_s s"

# the checks, from the outbox's counts: recipients (column 2), texted (3), texts (4), not texted exactly once (5)
failed=()
for what in federal internal quiet; do
    texted=$(outcome "$what" 3)
    ((texted == 0)) || failed+=("$texted $what recipients were texted")
done
ok_total=$(outcome ok 2)
ok_once=$((ok_total - $(outcome ok 5)))
((ok_once == ok_total)) || failed+=("$((ok_total - ok_once)) callable recipients did not get exactly one text")
run_minutes=$(awk -v s="$run_s" 'BEGIN {printf "%d", s / 60}')
((run_minutes < max_minutes)) \
    || failed+=("the run took $run_minutes minutes, not less than the $max_minutes the calling hours were chosen for")

rate_product=$(awk -v n="$count" -v s="$run_s" 'BEGIN {printf "%.0f", n / s}')
rate_floor=$(awk -v n="$count" -v s="$floor_s" 'BEGIN {printf "%.0f", n / s}')
ratio=$(awk -v a="$rate_product" -v b="$rate_floor" 'BEGIN {printf "%.3f (1/%.0f)", a / b, b / a}')
went() { # expected fate: "texted of recipients", marked
    local texted; texted=$(outcome "$1" 3)
    if ((texted == 0)); then echo "0 of $(thousands "$(outcome "$1" 2)") ✓"
    else echo "**$(thousands "$texted") of $(thousands "$(outcome "$1" 2)") ✗**"; fi
}

section=$work/section.md
paragraph() { fmt -w 118; } # a paragraph of the section, wrapped
{
    echo "## Campaign sending: $(thousands "$count") recipients through the compliance gate and the outbox"
    echo
    paragraph <<TEXT
Measured by \`bench/campaign/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average $load_at_launch at the
launch: other work shares the machine; Payara Server, PostgreSQL and the client on the same machine): one one-off
campaign with one text step to $(thousands "$count") leads, launched through the API and worked as in production: the
ticker (every \`crm.campaign.tick-seconds\`) makes the sends and queues them on jms/OutboundMessage, the sender asks
the ComplianceGate, and TextOutbox records each text in \`outbox_texts\` (provider outbox: recorded, not sent);
\`crm.campaign.rate.sms-per-second\` is raised so that a provider's rate is not what is measured. The campaign drops
what the gate refuses (\`whenRefused\` DROP). Recipients: every 20th on the National Registry, the next on the
company's own list (opted out), of the rest one in six in area code $quiet, where it was ${local_time[$quiet]}: outside
the calling hours ($quiet_state_code set to $window_start-21:00 for the run), and the others in area codes
$(for z in "${ok_codes[@]}"; do printf '%s (%s there), ' "$z" "${local_time[$z]}"; done | sed 's/, $//').
TEXT
    echo
    echo "| what | target | product | baseline (same run) | ratio |"
    echo "|---|---|---|---|---|"
    echo "| recipients settled per second, from the launch until every send is SENT, REFUSED or SKIPPED | none set (measured) | $(thousands "$rate_product")/s ($(thousands "$count") in $(awk -v s="$run_s" 'BEGIN {printf "%.0f", s}') s) | psql writing the same \`outbox_texts\` and \`campaign_sends\` rows into scratch copies of the tables (same indexes and checks; one transaction): $(thousands "$rate_floor")/s | $ratio |"
    echo "| texts that went to a number on the National Registry | 0 | $(went federal) | — | — |"
    echo "| texts that went to an opted-out number (the company's list) | 0 | $(went internal) | — | — |"
    echo "| texts that went to a number outside its calling hours | 0 | $(went quiet) | — | — |"
    echo "| callable recipients texted exactly once | all | $(thousands "$ok_once") of $(thousands "$ok_total") $( ((ok_once == ok_total)) && echo ✓ || echo ✗) | — | — |"
    echo
    paragraph <<TEXT
Counted from the outbox, not from the campaign's report: the texts in \`outbox_texts\` with status RECORDED or SENT
created since the launch, joined by \`to_index\` (the blind index of the number texted) with the bench's list of
recipients and what the gate must do with each (\`bench_campaign_recipients\`, indexed with the system's keys as the
leads were sealed). The campaign's sends: $sends_by_status; its texts in the outbox: $texts_by_status. The ticker had
made every send $(awk -v s="$made_s" 'BEGIN {printf "%.0f", s}') s after the launch; the rest of the time is the
sender's. The refused texts' reasons, by what the recipient was:
TEXT
    echo
    echo "| recipient | reasons recorded with the refusal | texts |"
    echo "|---|---|---|"
    awk -F'|' '{printf "| %s | %s | %s |\n", $1, $2, $3}' "$work/reasons"
    echo
    paragraph <<TEXT
The ratio is the product's rate over the floor's. The product does more than write those rows: per recipient it
enrols the lead, makes the send (the ticker, in batches of \`crm.campaign.batch-size\`) and queues it (a JMS message
per \`crm.campaign.sends-per-message\` sends), then works each send in a transaction of its own: the gate's questions
(the company's list, the Registry, the calling hours with the states' rules, the number's marketing texts in the last
24 hours), the outbox's record under the send's idempotency key, the send's fate and the lead's timeline entry, so
that a text is recorded once whatever is redelivered; a marketing text's count and record happen in its number's
turn (a transaction's advisory lock), so that two sends to one number cannot pass the cap together. For scale: a
Twilio long code sends about one text a second and a short code about a hundred, so one server works a campaign
faster than the providers take it (the senders wait for \`crm.campaign.rate.sms-per-second\`).${launch_note:+ Note:
$launch_note.} How to re-run: see the header of \`bench/campaign/run.sh\`.
TEXT
} >"$section"

write_section "## Campaign sending" "$section"
echo "== wrote the campaign sending section of docs/performance.md"
if ((${#failed[@]})); then
    printf 'FAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "== every check passed"
