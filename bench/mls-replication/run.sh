#!/usr/bin/env bash
# MLS replication: the initial replication of LISTINGS listings (100,000) with MEDIA Media records each (10) from a
# local RESO Web API (ResoServer.java, in this directory), next to the time the same server takes to serve those
# pages to a plain HTTP client in the same run (the ratio is the CRM's own cost); then an incremental pass of
# CHANGED (1,000) changed listings; and the rate at which the first photos are downloaded and thumbnailed. Writes its
# section of docs/performance.md and leaves the other sections as they are.
#
# Needs: the system running (./crm start), started with the benchmark feed's token in its environment and a small
# photo share per sync (so that a sync's photo pass, measured on its own, ends soon):
#   ./crm stop; CRM_MLS_SECRET_BENCH=bench-mls-token CRM_MLS_MEDIA_PRIVATE_HOSTS=127.0.0.1 CRM_MLS_PHOTO_LISTINGS_PER_SYNC=200 CRM_ADMIN_PASSWORD=... ./crm start
# and CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD of an administrator. Java 17 (the server is a single-file program).
# Options (environment): LISTINGS (100000), MEDIA (10), PAGE (1000), CHANGED (1000), PORT (19090).
# The listings stay in the database afterwards (feed "bench-…"): bench/listing-search/run.sh searches them. The next
# run removes them first.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
base=${BASE_URL:-http://localhost:8080}
listings=${LISTINGS:-100000}
media=${MEDIA:-10}
page=${PAGE:-1000}
changed=${CHANGED:-1000}
port=${PORT:-19090}
token=bench-mls-token
admin_email=${CRM_ADMIN_EMAIL:-admin@realtycrm.local}
: "${CRM_ADMIN_PASSWORD:?set CRM_ADMIN_PASSWORD to the password of the administrator}"
db_password=${CRM_DB_PASSWORD:-$(cat "$root/build/secrets/db-password")}
psql_crm() { PGPASSWORD=$db_password psql -X -q -h 127.0.0.1 -U crm -d crm -tA "$@"; }

. "$root/bench/bench-lib.sh"

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
await() { # sql, wanted value, timeout in seconds: waits until the query answers the value
    local deadline=$(( $(date +%s) + $3 ))
    until [[ "$(psql_crm -c "$1")" == "$2" ]]; do
        (( $(date +%s) < deadline )) || { echo "timed out waiting for: $1 = $2 (at $(psql_crm -c "$1"))" >&2; exit 1; }
        sleep 0.25
    done
}

echo "== removing the listings of earlier runs (their feeds, named bench-…, stay disabled with their history)"
psql_crm -c "delete from properties where feed_id in (select id from mls_feeds where name like 'bench-%' and not enabled)"
# autovacuum may be off or late: without this the first load below would start on a million dead media rows
psql_crm -c "vacuum analyze properties, property_media, property_history"

echo "== starting the local RESO server: $listings listings, $media media each, on port $port"
java "$here/ResoServer.java" serve "$port" "$listings" "$media" "$token" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/reso/Property?\$top=1"; do sleep 0.5; done

echo "== baseline: the same pages read by a plain HTTP client"
first_page="http://127.0.0.1:$port/reso/Property?\$orderby=ModificationTimestamp,ListingKey&\$top=$page&\$expand=Media"
java "$here/ResoServer.java" fetch "$first_page" "$token" >/dev/null # warm-up: the JIT of both sides
read -r baseline_s baseline_listings baseline_bytes < <(java "$here/ResoServer.java" fetch "$first_page" "$token")
echo "   $baseline_listings listings, $baseline_bytes bytes in ${baseline_s}s"

echo "== adding the feed; its first sync starts at once"
admin_token=$(token_for "$admin_email" "$CRM_ADMIN_PASSWORD")
name="bench-$(date +%Y%m%d%H%M%S)"
started=$(now)
feed=$(curl -fsS "$base/api/v1/mls/feeds" -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"kind\":\"RESO_WEB_API\",\"baseUrl\":\"http://127.0.0.1:$port/reso\",
         \"secretRef\":\"crm.mls.secret.bench\",\"cadenceSeconds\":86400,\"requestsPerSecond\":100,
         \"requestsPerHour\":1000000,\"pageSize\":$page,\"options\":{\"expandMedia\":\"true\"}}" | json_field id)
# the run's own count (one row) rather than counting the listings table while the sync writes it
await "select created from mls_sync_runs where feed_id = $feed and kind = 'FULL'" "$listings" 1800
described=$(now)
stored_media=$(psql_crm -c "select count(*) from property_media m join properties p on p.id = m.property_id
                            where p.feed_id = $feed")
(( stored_media == listings * media )) || { echo "only $stored_media media records stored" >&2; exit 1; }
echo "   listings and their $stored_media media records stored after $(seconds "$started" "$described")s"
await "select status from mls_sync_runs where feed_id = $feed and kind = 'FULL'" SUCCEEDED 1800
finished=$(now)
photos=$(psql_crm -c "select count(*) from property_media m join properties p on p.id = m.property_id
                      where p.feed_id = $feed and m.stored_key is not null")
thumbs=$(psql_crm -c "select count(*) from property_media m join properties p on p.id = m.property_id
                      where p.feed_id = $feed and m.thumbnail_key is not null")
pages=$(psql_crm -c "select pages from mls_sync_runs where feed_id = $feed and kind = 'FULL'")
echo "   then $photos photos downloaded ($thumbs thumbnails) in $(seconds "$described" "$finished")s"

echo "== incremental pass: $changed listings change"
java "$here/ResoServer.java" touch "$port" "$changed" >/dev/null
touched_at=$(psql_crm -c "select max(modification_timestamp) from properties where feed_id = $feed")
asked=$(now)
curl -fsS -X POST "$base/api/v1/mls/feeds/$feed/sync" -H "Authorization: Bearer $admin_token" -o /dev/null
await "select count(*) from properties where feed_id = $feed and modification_timestamp > '$touched_at'" "$changed" 600
increment=$(now)
echo "   $changed changed listings stored $(seconds "$asked" "$increment")s after the request"
curl -fsS -X POST "$base/api/v1/mls/feeds/$feed/disable" -H "Authorization: Bearer $admin_token" -o /dev/null

full=$(seconds "$started" "$described")
section=$(mktemp)
cat >"$section" <<SECTION
## MLS replication from a local RESO Web API (targets: 100,000 listings ≤ 60 s; 1,000 changes ≤ 2 s)

Measured by \`bench/mls-replication/run.sh\` on $(date +%Y-%m-%d) on this project's machine kind ($(nproc) cores,
$(free -g | awk '/^Mem/ {print $2}') GiB; Payara Server, PostgreSQL and the RESO server on the same machine).
$listings listings with $media Media records each, sent with each listing (\`\$expand=Media\`), $page a page
($pages pages): $baseline_bytes bytes of JSON before gzip.
The baseline is the time the same RESO server takes to serve all those pages to a plain HTTP client (Java's
HttpClient, gzip, following \`@odata.nextLink\`), measured in the same run; the ratio is the CRM's replication ÷
baseline.

| what | seconds | vs baseline |
|---|---|---|
| baseline: a plain client reads every page | $baseline_s | 1.0× |
| initial replication: every listing (fields, payload, first price and status) and its Media records stored | $full | $(awk -v a="$full" -v b="$baseline_s" 'BEGIN {printf "%.1f×", a/b}') |
| incremental pass: $changed changed listings, from "sync now" to the last one stored | $(seconds "$asked" "$increment") | |
| first photos: $photos downloaded and stored with $thumbs thumbnails (1024×768 JPEG) | $(seconds "$described" "$finished") | |

The replication is timed from the \`POST /api/v1/mls/feeds\` that adds the feed (its first sync starts at once) to
the moment the run has stored every listing (each page commits its listings, their Media records and the feed's
cursor together).
Photos are fetched after the pages, at most \`crm.mls.photo-listings-per-sync\` listings a sync (here 200), so
their rate is shown on its own.

How to re-run: see the header of \`bench/mls-replication/run.sh\`.
SECTION
write_section "## MLS replication from a local RESO Web API" "$section"
cat "$section"
