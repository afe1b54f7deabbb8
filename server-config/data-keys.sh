#!/usr/bin/env bash
# The data key file and the sealed values in the database (platform.sealing, platform.crypto.Resealer).
#
# Usage:
#   data-keys.sh rotate <key file>      add a key with the next version and make it the active one: one server
#   data-keys.sh add <key file>         add a key with the next version, not active yet (the active one is pinned
#                                       with an active: line); with several servers, copy the file to every server,
#   data-keys.sh activate <key file> N  then activate N in every server's file: no server ever meets a value sealed
#                                       with a key it does not hold. Each server reads its file again within seconds,
#                                       seals with the active version and moves the stored values to it.
#   data-keys.sh status                 how many stored values each key version sealed, per column: when an old
#                                       version has no values left (and no backup or document made with it is kept),
#                                       its line may go
#
# Environment for status (defaults in brackets): CRM_DB_URL [jdbc:postgresql://127.0.0.1:5432/crm],
# CRM_DB_USER [crm], CRM_DB_PASSWORD (required), CRM_DB_SSLMODE [prefer].
set -euo pipefail

die() { printf '[data-keys] error: %s\n' "$*" >&2; exit 1; }

versions() { grep -oE '^[[:space:]]*[0-9]{1,9}[[:space:]]*:' "$1" | tr -dc '0-9\n' | sort -n; }
active_of() {
    local pinned
    pinned=$(grep -oE '^[[:space:]]*active[[:space:]]*:[[:space:]]*[0-9]{1,9}' "$1" | grep -oE '[0-9]+$' | tail -1 || true)
    if [[ -n "$pinned" ]]; then echo "$pinned"; else versions "$1" | tail -1; fi
}
check_file() {
    local file=$1
    [[ -z "$(versions "$file" | uniq -d)" ]] || die "$file holds a version twice: fix it before any server reads it"
    grep -qE '^[[:space:]]*index[[:space:]]*:' "$file" || die "$file has no index: line"
}

add() {
    local file=${1:?usage: data-keys.sh add <key file>} highest next
    [[ -w "$file" ]] || die "cannot write $file"
    highest=$(versions "$file" | tail -1)
    [[ -n "$highest" ]] || die "$file holds no data key (version:base64 lines)"
    next=$((highest + 1))
    [[ -z "$(tail -c1 "$file")" ]] || echo >>"$file" # a last line without its newline would be joined to ours
    grep -qE '^[[:space:]]*active[[:space:]]*:' "$file" || printf 'active:%s\n' "$(active_of "$file")" >>"$file"
    printf '%s:%s\n' "$next" "$(openssl rand -base64 32)" >>"$file"
    check_file "$file"
    echo "added key version $next to $file (active: $(active_of "$file"))"
}

activate() {
    local file=${1:?usage: data-keys.sh activate <key file> <version>} version=${2:?usage: data-keys.sh activate <key file> <version>}
    [[ "$version" =~ ^[0-9]{1,9}$ ]] || die "the version is a number"
    versions "$file" | grep -qx "$version" || die "$file holds no key version $version"
    if grep -qE '^[[:space:]]*active[[:space:]]*:' "$file"; then
        sed -i -E "s/^[[:space:]]*active[[:space:]]*:.*/active:$version/" "$file"
    else
        printf 'active:%s\n' "$version" >>"$file"
    fi
    check_file "$file"
    echo "key version $version is active in $file"
}

rotate() {
    local file=${1:?usage: data-keys.sh rotate <key file>}
    add "$file" >/dev/null
    activate "$file" "$(versions "$file" | tail -1)" >/dev/null
    echo "added key version $(active_of "$file") to $file and made it active"
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
    select 'intake_sources.secret', substring(secret from '^v([0-9]+):')::int, count(*) from intake_sources group by 2
    union all
    select 'pipeline_rows.contacts', substring(contacts from '^v([0-9]+):')::int, count(*)
      from pipeline_rows where contacts is not null group by 2
    union all
    select 'pipeline_rows.extra', substring(extra from '^v([0-9]+):')::int, count(*)
      from pipeline_rows where extra is not null group by 2
    union all
    select 'skip_trace_cache.contacts', substring(contacts from '^v([0-9]+):')::int, count(*)
      from skip_trace_cache where contacts is not null group by 2
    union all
    select 'outbox_mails.' || c.name, substring(c.value from '^v([0-9]+):')::int, count(*)
      from outbox_mails o
     cross join lateral (values ('to_address', o.to_address), ('to_name', o.to_name), ('text_body', o.text_body),
                                ('html_body', o.html_body)) c(name, value)
     where c.value is not null group by 1, 2
    union all
    select 'outbox_texts.' || c.name, substring(c.value from '^v([0-9]+):')::int, count(*)
      from outbox_texts o cross join lateral (values ('to_phone', o.to_phone), ('body', o.body)) c(name, value)
     group by 1, 2
    union all
    select 'inbound_texts.' || c.name, substring(c.value from '^v([0-9]+):')::int, count(*)
      from inbound_texts i cross join lateral (values ('from_phone', i.from_phone), ('body', i.body)) c(name, value)
     group by 1, 2
    union all
    select 'inbound_mails.' || c.name, substring(c.value from '^v([0-9]+):')::int, count(*)
      from inbound_mails i
     cross join lateral (values ('from_address', i.from_address), ('subject', i.subject), ('body', i.body)) c(name, value)
     group by 1, 2
    union all
    select 'email_opt_outs.email', substring(email from '^v([0-9]+):')::int, count(*) from email_opt_outs group by 2
    union all
    select 'activities.changes', substring(v.value from '^v([0-9]+):')::int, count(distinct a.id)
      from activities a
     cross join lateral jsonb_each(a.changes) f(field, change)
     cross join lateral (values (f.change ->> 'from'), (f.change ->> 'to')) v(value)
     where f.field in ('email', 'phones', 'notes', 'note', 'message', 'pageUrl') and jsonb_typeof(f.change) = 'object'
       and v.value ~ '^v[0-9]+:'
     group by 2
) counted order by 1, 2;
SQL
}

case "${1:-}" in
    rotate) shift; rotate "$@" ;;
    add) shift; add "$@" ;;
    activate) shift; activate "$@" ;;
    status) status ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
