# Shared by the benchmarks. Source it after setting root (the repository); the functions that talk to the system
# also need base (the server's URL) and a psql_crm function for the system's database.

BENCH_AGENT_PASSWORD=bench-agent-password-1

# The system's database as ./crm configures it (CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD or build/secrets):
# defines psql_crm, which runs psql on it and stops at the first error (scripts that define their own keep it).
use_crm_database() {
    local db_url=${CRM_DB_URL:-jdbc:postgresql://127.0.0.1:5432/crm}
    db_name=${db_url##*/}
    db_host_port=${db_url#jdbc:postgresql://}; db_host_port=${db_host_port%%/*}
    db_user=${CRM_DB_USER:-crm}
    db_password=${CRM_DB_PASSWORD:-$(cat "$root/build/secrets/db-password")}
    psql_crm() { PGPASSWORD=$db_password psql -X -q -v ON_ERROR_STOP=1 -h "${db_host_port%%:*}" \
        -p "${db_host_port##*:}" -U "$db_user" -d "$db_name" "$@"; }
}

# seconds since the epoch, with nanoseconds; rows a second of N rows in S seconds, whole
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}'; }

json_field() { sed -E "s/.*\"$1\":\"?([^\",}]+)\"?.*/\1/"; }

# an API access token for an email and password
token_for() {
    curl -fsS "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"$2\"}" | json_field access_token
}

# Creates the 7 benchmark agents (bench.agent.N@example.com) when missing, through the API with an admin's token,
# and sets agent_ids and agent_emails.
bench_agents() {
    local admin_token=$1 i email
    agent_ids=()
    agent_emails=()
    for i in 1 2 3 4 5 6 7; do
        email=bench.agent.$i@example.com
        curl -fsS "$base/api/v1/users" -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
            -d "{\"email\":\"$email\",\"name\":\"Bench Agent $i\",\"role\":\"AGENT\",\"password\":\"$BENCH_AGENT_PASSWORD\"}" \
            >/dev/null 2>&1 || true
        agent_ids+=("$(psql_crm -tA -c "select id from users where email = '$email'")")
        agent_emails+=("$email")
    done
}

# Loads COUNT benchmark leads spread over agent_ids (bench/leads-list/seed.sql, fed by SealedSeed.java with the
# system's data keys, KEY_FILE or build/secrets/data-keys) unless that many are there: the earlier ones go first,
# with their phones and timelines.
seed_bench_leads() {
    local count=$1 existing key_file=${KEY_FILE:-$root/build/secrets/data-keys} domain_jar
    existing=$(psql_crm -tA -c "select count(*) from leads where search_text like '% ~bench' and deleted_at is null")
    if (( existing < count )); then
        echo "== loading $count leads (set-based insert)"
        psql_crm -c "delete from lead_phones where lead_id in (select id from leads where search_text like '% ~bench')" \
                 -c "delete from activities where lead_id in (select id from leads where search_text like '% ~bench')" \
                 -c "delete from leads where search_text like '% ~bench'"
        domain_jar=$(ls "$root"/crm-domain/target/crm-domain-*.jar | head -1)
        java -cp "$domain_jar" "$root/bench/leads-list/SealedSeed.java" "$count" "$(IFS=,; echo "${agent_ids[*]}")" \
            "$key_file" | psql_crm -f "$root/bench/leads-list/seed.sql"
    fi
}

# Puts the file SECTION into docs/performance.md in place of the section that starts with the line HEADING (up to
# the next "## " heading), or at the end when there is none; every other section stays as it is.
write_section() {
    local heading=$1 section=$2 doc="$root/docs/performance.md" replaced
    replaced=$(mktemp)
    awk -v heading="$heading" -v section="$section" '
        index($0, heading) == 1 && !done { while ((getline line < section) > 0) print line; print ""; skipping = 1; done = 1; next }
        skipping && /^## / { skipping = 0 }
        !skipping { print }
    ' "$doc" >"$replaced"
    grep -qF -- "$heading" "$replaced" || { echo; cat "$section"; } >>"$replaced"
    mv "$replaced" "$doc"
}

# wrk output of a run saved as $here/<label>.txt: its percentile (50%, 99%), requests a second, and a wrk time
# (us, ms, s) in milliseconds
percentile() { awk -v p="$2" '$1 == p {print $2}' "$here/$1.txt"; }
rps() { awk '/^Requests\/sec/ {print $2}' "$here/$1.txt"; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) {sub(/us$/,"",v); printf "%.2f", v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); printf "%.2f", v} else {sub(/s$/,"",v); printf "%.2f", v*1000} }'; }

# A table row for the run LABEL described as TEXT: requests/s, p50, p99 and both against the run "trivial"
wrk_row() {
    local p50 p99; p50=$(to_ms "$(percentile "$1" 50%)"); p99=$(to_ms "$(percentile "$1" 99%)")
    local base50 base99; base50=$(to_ms "$(percentile trivial 50%)"); base99=$(to_ms "$(percentile trivial 99%)")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$2" "$(rps "$1")" "$p50" "$p99" \
        "$(awk -v a="$p50" -v b="$base50" 'BEGIN {printf "%.1f×", a/b}')" "$(awk -v a="$p99" -v b="$base99" 'BEGIN {printf "%.1f×", a/b}')"
}
