#!/usr/bin/env bash
# The data key file and the sealed values in the database (platform.sealing, platform.crypto.Resealer).
#
# Usage:
#   data-keys.sh rotate <key file>   adds a key with the next version to the file; every server that reads the
#                                    file seals with it within seconds and moves the stored values to it in the
#                                    background. With several servers, give each the same new line (copy the file).
#   data-keys.sh status              how many stored values each key version sealed, per column: when an old
#                                    version has no values left (and no backup made with it is kept), its line may go
#
# Environment for status (defaults in brackets): CRM_DB_URL [jdbc:postgresql://127.0.0.1:5432/crm],
# CRM_DB_USER [crm], CRM_DB_PASSWORD (required), CRM_DB_SSLMODE [prefer].
set -euo pipefail

die() { printf '[data-keys] error: %s\n' "$*" >&2; exit 1; }

rotate() {
    local file=${1:?usage: data-keys.sh rotate <key file>} highest next
    [[ -w "$file" ]] || die "cannot write $file"
    highest=$(grep -oE '^[0-9]{1,9}[[:space:]]*:' "$file" | tr -d ': \t' | sort -n | tail -1)
    [[ -n "$highest" ]] || die "$file holds no data key (version:base64 lines)"
    next=$((highest + 1))
    printf '%s:%s\n' "$next" "$(openssl rand -base64 32)" >>"$file"
    echo "added key version $next to $file"
}

status() {
    : "${CRM_DB_PASSWORD:?CRM_DB_PASSWORD is required}"
    local url=${CRM_DB_URL:-jdbc:postgresql://127.0.0.1:5432/crm}
    [[ "$url" =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+) ]] \
        || die "CRM_DB_URL must look like jdbc:postgresql://host:port/database (got $url)"
    PGPASSWORD=$CRM_DB_PASSWORD PGSSLMODE=${CRM_DB_SSLMODE:-prefer} psql -X -q -v ON_ERROR_STOP=1 \
        -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[3]:-5432}" -U "${CRM_DB_USER:-crm}" -d "${BASH_REMATCH[4]}" <<'SQL'
select field as "sealed column", version as "key version", values as "values" from (
    select 'leads.email' as field, substring(email from '^v([0-9]+):')::int as version, count(*) as values
      from leads where email is not null group by 2
    union all
    select 'leads.notes', substring(notes from '^v([0-9]+):')::int, count(*) from leads where notes is not null group by 2
    union all
    select 'lead_phones.number', substring(number from '^v([0-9]+):')::int, count(*) from lead_phones group by 2
    union all
    select 'lead_import_rejects.original', substring(original from '^v([0-9]+):')::int, count(*)
      from lead_import_rejects group by 2
    union all
    select 'activities.changes', m.version::int, count(*)
      from activities a
     cross join lateral (select distinct (regexp_matches(a.changes::text, '"v([0-9]+):', 'g'))[1] as version) m
     group by 2
) counted order by 1, 2;
SQL
}

case "${1:-}" in
    rotate) shift; rotate "$@" ;;
    status) status ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
