# The campaign's recipients, one line each: the number (E.164), what the compliance gate must do with it, and its area
# code. Every 20th recipient is on the National Registry (federal), the next one on the company's own list (internal,
# an opt-out), and of the rest those numbered a multiple of 6 are in the area code QUIET, whose local time the bench
# puts outside the calling hours (quiet); everyone else may be texted (ok). Federal, internal and ok recipients take the
# area codes OK (comma-separated) in turn. Opted-out numbers have lines from 2500000 on, the others from 2000000, so a
# number that the company's list holds (it keeps every entry, for good) is never another run's callable recipient.
# awk -v COUNT=5000 -v OK=213,720,501 -v QUIET=808 -f plan.awk
BEGIN {
    if (COUNT < 1 || COUNT > 499999) { print "COUNT must be 1 to 499999" > "/dev/stderr"; exit 1 }
    areas = split(OK, ok, ",")
    taken = 0
    for (g = 1; g <= COUNT; g++) {
        if (g % 20 == 1) what = "federal"
        else if (g % 20 == 2) what = "internal"
        else if (g % 6 == 0) what = "quiet"
        else what = "ok"
        if (what == "quiet") area = QUIET
        else area = ok[taken++ % areas + 1]
        printf "+1%s%07d\t%s\t%s\n", area, (what == "internal" ? 2500000 : 2000000) + g, what, area
    }
}
