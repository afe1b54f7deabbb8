#!/usr/bin/env bash
# CSV lead import: rows/s of the import job (POST /api/v1/imports → COMPLETED) next to the floor measured in the
# same run on the same file: psql \copy into a scratch table with the same indexes as email and phone, and into a
# bare table. Writes the "CSV lead import" section of docs/performance.md (the other sections are kept).
#
# Needs: the system running (./crm start) and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator; the
# database of that system (CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD as for ./crm). Leads imported by earlier runs
# of this script are deleted first (their numbers would all be duplicates).
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
writers() { echo "${CRM_IMPORT_WRITERS:-2}"; }
. "$root/bench/bench-lib.sh"
use_crm_database

token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
agents=$(psql_crm -tA -c "select count(*) from users where role = 'AGENT' and active")
if (( agents < 5 )); then
    echo "== adding benchmark agents (routing spreads the leads over them)"
    for i in 1 2 3 4 5; do
        curl -fsS "$base/api/v1/users" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "{\"email\":\"bench.importer.$i@example.com\",\"name\":\"Bench Agent $i\",\"role\":\"AGENT\",\"password\":\"bench-agent-password-1\"}" \
            >/dev/null 2>&1 || true
    done
fi

forget_earlier_runs() {
    psql_crm <<'SQL'
delete from notifications where kind = 'LEADS_IMPORTED' and message like '%(bench-%.csv)';
-- the list pipeline benchmark's leads too: both generators number their phones by row, so every row would be a
-- duplicate of one (their lists stay, without their leads)
create temp table list_bench_leads as select id from leads where source = 'List: Bench list';
update pipeline_rows set lead_id = null where lead_id in (select id from list_bench_leads);
delete from notifications where lead_id in (select id from list_bench_leads);
delete from activities where lead_id in (select id from list_bench_leads);
delete from leads where id in (select id from list_bench_leads);
delete from activities where lead_id in (select l.id from leads l join lead_imports i on i.id = l.import_id
                                          where i.file_name like 'bench-%');
delete from leads where import_id in (select id from lead_imports where file_name like 'bench-%');
delete from lead_imports where file_name like 'bench-%';
vacuum analyze leads;
vacuum analyze lead_phones;
vacuum analyze activities;
SQL
}

results=()
for rows in $sizes; do
    file=$work/bench-$rows.csv
    echo "== generating $rows rows"
    awk -v ROWS="$rows" -v TAG="b$rows" -f "$here/generate.awk" >"$file"
    size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN {printf "%.0f", b / 1048576}')

    echo "== floor: psql \\copy into an indexed table and into a bare table"
    psql_crm -c "drop table if exists bench_import_floor, bench_import_bare" \
        -c "create table bench_import_bare (first_name text, last_name text, email text, phone text, source text, temperature text, notes text)" \
        -c "create table bench_import_floor (like bench_import_bare)" \
        -c "create index on bench_import_floor (email)" -c "create index on bench_import_floor (phone)"
    start=$(now); psql_crm -c "\\copy bench_import_floor from '$file' with (format csv, header true)"; floor_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
    start=$(now); psql_crm -c "\\copy bench_import_bare from '$file' with (format csv, header true)"; bare_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
    psql_crm -c "drop table bench_import_floor, bench_import_bare"

    forget_earlier_runs
    echo "== import through the job"
    start=$(now)
    id=$(curl -fsS "$base/api/v1/imports" -H "Authorization: Bearer $token" -F "file=@$file;type=text/csv;filename=bench-$rows.csv" | json_field id)
    uploaded=$(now)
    while true; do
        state=$(curl -fsS "$base/api/v1/imports/$id" -H "Authorization: Bearer $token")
        status=$(echo "$state" | json_field status)
        [[ $status == COMPLETED || $status == FAILED ]] && break
        sleep 0.5
    done
    total_s=$(awk -v a="$start" -v b="$(now)" 'BEGIN {print b - a}')
    upload_s=$(awk -v a="$start" -v b="$uploaded" 'BEGIN {print b - a}')
    job_s=$(psql_crm -tA -c "select extract(epoch from finished_at - started_at) from lead_imports where id = $id")
    echo "$state"
    [[ $status == COMPLETED ]] || { echo "import $id FAILED" >&2; exit 1; }
    counts="$(echo "$state" | json_field imported) imported, $(echo "$state" | json_field duplicates) duplicates, $(echo "$state" | json_field rejected) rejected"
    job_rate=$(rate "$rows" "$job_s"); floor_rate=$(rate "$rows" "$floor_s")
    results+=("| $rows ($size_mb MB) | $(rate "$rows" "$bare_s") | $floor_rate | $job_rate | $(rate "$rows" "$total_s") | $(awk -v f="$floor_rate" -v j="$job_rate" 'BEGIN {printf "%.1f×", f / j}') | $counts |")
    echo "   floor $floor_s s, bare $bare_s s, upload $upload_s s, job $job_s s, end to end $total_s s"
done

section=$work/section.md
{
    echo "## CSV lead import (target: ≥ 50,000 rows/s at 1,000,000 rows, within 3× of the indexed floor)"
    echo
    echo "Measured by \`bench/lead-import/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores; Payara Server, PostgreSQL and"
    echo "the client on the same machine), $(psql_crm -tA -c "select count(*) from users where role = 'AGENT' and active")"
    echo "active agents. Rows/s, higher is better. The floor is \`psql \\copy\` of the same file in the same run into a"
    echo "table with indexes on email and phone (not unique: the file holds deliberate duplicates, which would abort a"
    echo "COPY), and into a bare table. The job validates every row (names, email, phones to E.164 with"
    echo "libphonenumber), drops duplicates of live leads and within the file, routes, and writes each lead with its phones"
    echo "and its import and line (the import audits itself once, not each lead) into \`leads\` and its 12 indexes (among"
    echo "them the trigram index of the search), rejects with line and reason, and progress, one transaction per chunk"
    echo "of 5,000 rows; the file is cut into parts of 20,000 rows, stored $(writers) at a time (\`crm.import.writers\`)."
    echo
    echo "| rows (file) | bare \\copy | indexed \\copy (floor) | import job | end to end (upload + job + polling) | floor ÷ job | outcome |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${results[@]}"
    echo
    echo "\"import job\" is the job's own time (\`finished_at - started_at\` of the import); \"end to end\" adds the upload"
    echo "of the file and the client's polling. How to re-run: see the header of \`bench/lead-import/run.sh\`."
} >"$section"

write_section "## CSV lead import (target" "$section"
echo "== wrote the CSV lead import section of docs/performance.md"
