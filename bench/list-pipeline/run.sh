#!/usr/bin/env bash
# A purchased list through the whole lead pipeline: rows/s of the list's run (POST /api/v1/pipeline/sources/{id}/pulls
# → DONE: parse with its properties, the trace from the file's own phone and email columns, the Do-Not-Call scrub,
# the owners into leads with their merges, scores and routing) with each step's own time, next to the floor measured
# in the same run on the same file: psql \copy into a scratch table with indexes on the owner, the address, the phone
# and the email. Writes the "Lead pipeline" section of docs/performance.md (the other sections are kept).
#
# Needs: the system running (./crm start) and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator; the
# database of that system (CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD as for ./crm). The leads, lists and scrubs of
# earlier runs of this script are deleted first (their phones would all merge); the properties stay (each run's
# addresses are new).
# Options (environment): SIZES ("100000 1000000").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
sizes=${SIZES:-100000 1000000}
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$root/bench/bench-lib.sh"
use_crm_database
api() { curl -fsS "$@" -H "Authorization: Bearer $token"; }

token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
bench_agents "$token"
source_id=$(psql_crm -tA -c "select id from pipeline_sources where name = 'Bench list'")
if [[ -z $source_id ]]; then
    mapping=$(api "$base/api/v1/pipeline/mappings" -H 'Content-Type: application/json' \
        -d '{"name":"Bench PropStream","style":"PROPSTREAM"}' | json_field id)
    source_id=$(api "$base/api/v1/pipeline/sources" -H 'Content-Type: application/json' \
        -d "{\"name\":\"Bench list\",\"kind\":\"UPLOAD\",\"mappingId\":$mapping,\"traceWith\":\"FILE\",\"leadImport\":\"ALL\"}" \
        | json_field id)
fi

forget_earlier_runs() {
    psql_crm <<SQL
create temp table bench_pulls as select id, scrub_id from pipeline_pulls where source_id = $source_id;
-- the CSV import benchmark's leads too: both generators number their phones by row, so they would all merge
create temp table bench_leads as select id from leads where source = 'List: Bench list'
    or import_id in (select id from lead_imports where file_name like 'bench-%');
delete from pipeline_exports where pull_id in (select id from bench_pulls);
delete from pipeline_pulls where id in (select id from bench_pulls);
delete from dnc_suppressions where scrub_id in (select scrub_id from bench_pulls);
delete from dnc_scrubs where id in (select scrub_id from bench_pulls);
-- the foreign-key checks of the deletes below are planned by these tables' statistics (autovacuum may be off)
analyze bench_leads; analyze pipeline_rows; analyze activities; analyze notifications; analyze lead_phones;
analyze lead_properties; analyze leads;
delete from notifications where lead_id in (select id from bench_leads);
delete from notifications where message like '%from list bench-%';
delete from activities where lead_id in (select id from bench_leads);
delete from leads where id in (select id from bench_leads);
vacuum analyze leads;
vacuum analyze lead_phones;
vacuum analyze activities;
vacuum analyze pipeline_rows;
SQL
}

step_seconds() { # the batch runtime's own times of the run's step $2 (execution $1)
    psql_crm -tA -c "select coalesce(sum(extract(epoch from endtime - starttime)), 0) from stepexecutioninstancedata
                     where jobexecid = $1 and stepname = '$2'"
}

results=()
for rows in $sizes; do
    tag=b$(date +%s)
    file=$work/bench-$rows.csv
    echo "== generating $rows rows"
    awk -v ROWS="$rows" -v TAG="$tag" -f "$here/generate.awk" >"$file"
    size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.0f", b / 1048576}')

    echo "== floor: psql \\copy into an indexed table"
    psql_crm -c "drop table if exists bench_list_floor" \
        -c "create table bench_list_floor (first_name text, last_name text, mailing text, mailing_city text,
            mailing_state text, mailing_zip text, street text, city text, state text, zip text, apn text, value text,
            equity text, vacant text, phone text, phone_type text, email text)" \
        -c "create index on bench_list_floor (last_name, first_name)" \
        -c "create index on bench_list_floor (street, zip)" -c "create index on bench_list_floor (phone)" \
        -c "create index on bench_list_floor (email)"
    start=$(now); psql_crm -c "\\copy bench_list_floor from '$file' with (format csv, header true)"
    floor_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
    psql_crm -c "drop table bench_list_floor"

    forget_earlier_runs
    echo "== the list's run"
    start=$(now)
    id=$(api "$base/api/v1/pipeline/sources/$source_id/pulls" -F "file=@$file;type=text/csv;filename=bench-$rows.csv" \
        | json_field id)
    # polled in the database: a million-row run outlives the API token
    while true; do
        status=$(psql_crm -tA -c "select status from pipeline_pulls where id = $id")
        [[ $status == DONE || $status == FAILED ]] && break
        sleep 1
    done
    total_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
    token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
    state=$(api "$base/api/v1/pipeline/pulls/$id")
    echo "$state"
    [[ $status == DONE ]] || { echo "list $id FAILED" >&2; exit 1; }
    execution=$(psql_crm -tA -c "select job_execution_id from pipeline_pulls where id = $id")
    run_s=$(psql_crm -tA -c "select extract(epoch from finished_at - received_at) from pipeline_pulls where id = $id")
    steps=""
    for step in parse trace scrub import; do
        s=$(step_seconds "$execution" "$step")
        steps+="$(rate "$rows" "$s") |"
    done
    counts=$(psql_crm -tA -F ' ' -c "select rows_kept, leads_created, leads_merged, properties_created
                                       from pipeline_pulls where id = $id")
    read -r kept created merged properties <<<"$counts"
    floor_rate=$(rate "$rows" "$floor_s"); run_rate=$(rate "$rows" "$run_s")
    results+=("| $rows ($size_mb MB) | $floor_rate | $run_rate | $steps $(awk -v f="$floor_rate" -v j="$run_rate" 'BEGIN {printf "%.1f×", f / j}') | $kept kept, $properties properties, $created leads, $merged merged |")
    echo "   floor $floor_s s, run $run_s s, end to end $total_s s"
done

section=$work/section.md
{
    echo "## Lead pipeline: a purchased list from upload to leads"
    echo
    echo "Measured by \`bench/list-pipeline/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores; Payara Server, PostgreSQL and"
    echo "the client on the same machine), $(psql_crm -tA -c "select count(*) from users where role = 'AGENT' and active")"
    echo "active agents. Rows/s, higher is better. The floor is \`psql \\copy\` of the same file in the same run into a"
    echo "table with indexes on the owner's name, the address, the phone and the email. The run reads the file through"
    echo "its mapping, stores every property (off-MLS, deduplicated by address) and row, takes each owner's phone and"
    echo "email from the file's own columns (a list bought traced; a vendor's trace takes the vendor's time), scrubs"
    echo "every phone against the Do-Not-Call registry with its report, and makes every owner a lead (one per owner:"
    echo "every 20th row repeats the owner before with another house, and merges), scored, routed, linked to the"
    echo "property, with a timeline entry each. One transaction per chunk of 1,000 rows (\`crm.pipeline.chunk-size\`);"
    echo "the parse reads the file in parts of 20,000 rows, 2 at a time (\`crm.pipeline.writers\`)."
    echo
    echo "| rows (file) | indexed \\copy (floor) | the list's run | parse | trace | scrub | import | floor ÷ run | outcome |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${results[@]}"
    echo
    echo "\"the list's run\" is the pull's own time (\`finished_at - received_at\`); each step's rows/s is its own time"
    echo "in the batch runtime. How to re-run: see the header of \`bench/list-pipeline/run.sh\`."
} >"$section"

write_section "## Lead pipeline: a purchased list" "$section"
echo "== wrote the lead pipeline section of docs/performance.md"
