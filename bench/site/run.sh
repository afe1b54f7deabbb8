#!/usr/bin/env bash
# The public website at 100,000 listings: p50/p99 of listing pages and of search pages with 8 concurrent clients,
# next to the same Payara Micro node's trivial page (GET /robots.txt: a servlet, no database) measured in the same
# run. Writes its section of docs/performance.md and leaves the other sections as they are.
#
# Needs: the system running (./crm start: the server and the website's node at SITE_URL); the database of that
# system (CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD as for ./crm). Loads 100,000 listings into a feed of their own
# ("Bench site MLS", bench/site/seed.sql) unless they are there. wrk: apt-get install wrk.
# Options (environment): SITE_URL (http://localhost:8060), DURATION (30s), CONNECTIONS (8).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
site=${SITE_URL:-http://localhost:8060}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
. "$root/bench/bench-lib.sh"
use_crm_database
curl -fsS -o /dev/null "$site/robots.txt" || { echo "the website does not answer at $site: ./crm start" >&2; exit 1; }

echo "== loading the benchmark's listings (bench/site/seed.sql) where missing"
psql_crm -f "$here/seed.sql"
total=$(psql_crm -tA -c "select count(*) from site_listings")
(( total >= 100000 )) || { echo "only $total public listings" >&2; exit 1; }

# the listing pages' own addresses (a wrong slug would be a 301): from the site itself, for the ids in the database
paths=$here/paths.txt
psql_crm -tA -c "select id from site_listings order by random() limit 2000" | while read -r id; do
    curl -fsS -o /dev/null -w '%{redirect_url}\n' "$site/homes/x/y-$id"
done | sed -E 's|^https?://[^/]+||' >"$paths"
(( $(wc -l <"$paths") == 2000 )) || { echo "not every listing page answered" >&2; exit 1; }

run_wrk() { # label, path-or-script
    echo "== $1"
    if [[ "$2" == *.lua ]]; then
        BENCH_PATHS=$paths wrk -t"$connections" -c"$connections" -d"$duration" --latency -s "$2" "$site" >"$here/$1.txt"
    else
        wrk -t"$connections" -c"$connections" -d"$duration" --latency "$site$2" >"$here/$1.txt"
    fi
    cat "$here/$1.txt"
    if grep -q 'Non-2xx' "$here/$1.txt"; then
        echo "$1 answered $(awk '/Non-2xx/ {print $NF}' "$here/$1.txt") non-2xx responses" >&2
        exit 1
    fi
}

echo "== warming up"
BENCH_PATHS=$paths wrk -t2 -c2 -d10s -s "$here/pages.lua" "$site" >/dev/null
wrk -t2 -c2 -d10s -s "$here/search.lua" "$site" >/dev/null
wrk -t2 -c2 -d5s "$site/robots.txt" >/dev/null

run_wrk trivial /robots.txt
run_wrk listing "$here/pages.lua"
run_wrk search "$here/search.lua"

section=$(mktemp)
{
    echo "## Public website at 100,000 listings (target: listing page p99 < 50 ms with 8 clients)"
    echo
    echo "Measured by \`bench/site/run.sh\` on $(date -u +%Y-%m-%d) on this project's machine kind ($(nproc) cores,"
    echo "$(free -g | awk '/^Mem/ {print $2}') GiB; the Payara Micro node, Payara Server, PostgreSQL and wrk on the same machine)."
    echo "$connections concurrent connections for $duration each, after a warm-up; $total public listings."
    cat <<'HEAD'
The baseline is the same Micro node's trivial page (`GET /robots.txt`: a servlet, no database), measured in the
same run; the ratios are page ÷ baseline. Every request is a full render: wrk sends no `If-None-Match`, so no page
is answered 304 from its ETag as a returning browser's would be.

| workload | requests/s | p50 ms | p99 ms | p50 vs baseline | p99 vs baseline |
|---|---|---|---|---|---|
HEAD
    wrk_row trivial 'baseline: `GET /robots.txt` on the Micro node'
    wrk_row listing "a listing page: one of 2,000 random listings each time (listing, photos, price history, JSON-LD)"
    wrk_row search "a search page: 8 visitor searches (city, price range, beds and baths, ZIP, text, sold, sorts), pages 1-3, 24 results each with its count"
    cat <<'TAIL'

The listings are `bench/site/seed.sql`'s: 12 cities, about 76 % Active, 10 % Pending, 10 % Closed, 4 % Coming Soon,
1 % withheld from internet display, a price history for one in five. Raw wrk output is left in `bench/site/*.txt`
after a run.

What the profile (JFR on the Micro node, `EXPLAIN ANALYZE` in PostgreSQL) found on the way to these figures, first
measured at p99 75 ms for a listing page and 400 ms for a search:
- the listing's id was written into the SQL text, so the driver parsed, and PostgreSQL planned, every page's query
  anew; as a parameter they are parsed and planned once per connection (listing p99 to about a third);
- `Json.createObjectBuilder()` looks its provider up with a `ServiceLoader` at every call: the JSON-LD builders now
  share one factory;
- each `${listing.priceText()}` finds its method by reflection again: the pages read a listing from a map of what
  they print (`Listing.shown()`);
- a search's count (up to 2,000) is remembered 60 s per search, as long as browsers may cache its page, and a
  search that finds few reads them by its conditions' indexes and sorts them, instead of walking the newest-first
  index past most listings (search p99 400 → under 100 ms).

How to re-run: see the header of `bench/site/run.sh`.
TAIL
} >"$section"
write_section "## Public website at 100,000 listings" "$section"
rm -f "$section"
echo "== wrote its section of docs/performance.md"
