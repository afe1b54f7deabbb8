#!/usr/bin/env bash
# The Do-Not-Call registry's targets, each next to a baseline measured in the same run (bench/dnc/DncBench.java):
# loading the Registry's per-area-code text files (target ≥ 20,000,000 numbers/s; baseline: reading the same files
# and counting their lines), the heap of a 50,000,000-number registry (target ≤ 120 MB; baseline: the same numbers
# as a sorted long[]), and scrubbing 1,000,000 phones (target ≤ 1 s; baseline: a binary search of each phone in that
# array). Writes its section of docs/performance.md and leaves the other sections as they are.
#
# Needs: a build of crm-ejb (mvn -B install -DskipTests -pl crm-ejb -am) and about 600 MB of disk for the files,
# which are generated once into WORK and reused. Options (environment): NUMBERS (50000000), AREA_CODES (70),
# PHONES (1000000), WORK (/tmp/crm-bench-dnc).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
numbers=${NUMBERS:-50000000}
area_codes=${AREA_CODES:-70}
phones=${PHONES:-1000000}
work=${WORK:-/tmp/crm-bench-dnc}

. "$root/bench/bench-lib.sh"

[[ -d "$root/crm-ejb/target/classes/org/realtycrm/pipeline" ]] \
    || { echo "build crm-ejb first: mvn -B install -DskipTests -pl crm-ejb -am" >&2; exit 1; }
mkdir -p "$work"
(cd "$root" && mvn -B -q -pl crm-ejb dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null)
classpath="$root/crm-ejb/target/classes:$(cat "$work/classpath")"

echo "== $numbers numbers in $area_codes area codes, $phones phones to scrub"
java -Xmx3g -cp "$classpath" "$here/DncBench.java" "$work/files" "$numbers" "$area_codes" "$phones" | tee "$work/result"
get() { sed -n "s/^$1=//p" "$work/result"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
millions() { awk -v n="$1" 'BEGIN {printf "%.1f M", n / 1000000}'; }
mb() { awk -v n="$1" 'BEGIN {printf "%.1f MB", n / 1048576}'; }
ms() { awk -v s="$1" 'BEGIN {printf "%.0f ms", s * 1000}'; }

section=$work/section.md
{
    echo "## Do-Not-Call registry (targets: 50,000,000 numbers in ≤ 120 MB of heap; 1,000,000 phones scrubbed in ≤ 1 s; loading ≥ 20,000,000 numbers/s)"
    echo
    echo "Measured by \`bench/dnc/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, Java $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p'),"
    echo "one JVM): $(get loaded_numbers) numbers in $area_codes area codes, one sorted text file each as the Registry"
    echo "publishes them ($(mb "$(get file_bytes)") of text), about $(awk -v n="$numbers" -v a="$area_codes" 'BEGIN {printf "%.0f", n / a / 80000}')% of each area code's numbers registered."
    echo "Each figure has its baseline from the same run; the ratio is the product's figure over the baseline's."
    echo
    echo "| what | target | product | baseline (same run) | ratio |"
    echo "|---|---|---|---|---|"
    echo "| load the text files (\`RegistryFileReader\`) | ≥ 20 M numbers/s | $(millions "$(get load_numbers_per_second)") numbers/s | read the files, count lines: $(millions "$(get baseline_numbers_per_second)") lines/s | $(ratio "$(get load_numbers_per_second)" "$(get baseline_numbers_per_second)") |"
    echo "| heap of the loaded registry (live heap after a full GC) | ≤ 120 MB | $(mb "$(get bitmap_heap_bytes)") (the bitmaps' own count: $(mb "$(get bitmap_size_in_bytes)")) | the same numbers as a sorted \`long[]\`: $(mb "$(get sorted_array_heap_bytes)") | $(ratio "$(get bitmap_heap_bytes)" "$(get sorted_array_heap_bytes)") |"
    echo "| scrub $phones phones (\`RegisteredLists.Day.hits\`: federal, a state list, litigators) | ≤ 1 s | $(ms "$(get scrub_seconds)") | binary search in the sorted \`long[]\`: $(ms "$(get search_seconds)") | $(ratio "$(get scrub_seconds)" "$(get search_seconds)") |"
    echo
    echo "Half the scrubbed phones are registered, half are the number after a registered one ($(get scrub_suppressed) suppressed,"
    echo "$(get search_found) found by the search: the state and litigator lists add their own). The scrub takes the day's view"
    echo "of the lists once (which area codes are loaded and current) and then costs a bitmap probe per list for each phone;"
    echo "it allocates nothing for a callable number. Loading reads ten digits and a newline in place and appends to a"
    echo "per-area-code bitmap writer; other line shapes (area code and number in two fields, change flags) take the"
    echo "general path. How to re-run: see the header of \`bench/dnc/run.sh\`."
} >"$section"

write_section "## Do-Not-Call registry (targets" "$section"
echo "== wrote the Do-Not-Call registry section of docs/performance.md"
