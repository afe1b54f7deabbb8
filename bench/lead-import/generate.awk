# Writes a CSV import file of ROWS leads (awk -v ROWS=100000 -v TAG=run1 -f generate.awk > file.csv): common US
# names, unique emails and valid phone numbers (real area codes, exchanges 200-999 without N11 and 555), a mix of
# sources and temperatures, quoted notes with commas, about 2% invalid rows (malformed email, or neither email nor
# phone) and about 1% duplicates of the row before (same email). Numbers follow the row number, so the same
# ROWS give the same file for a given TAG.
BEGIN {
    split("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth Carlos Maria Wei Priya Ahmed Fatima", first, " ")
    split("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Lee Nguyen Patel Kim Chen O'Brien", last, " ")
    split("Zillow|Realtor.com|Website|Referral|Open house|Facebook ad|Google ad|Purchased list", source, "|")
    split("212 213 303 305 312 404 415 512 602 617 646 702 713 718 786 858 917 949 206 503", area, " ")
    split("HOT WARM COLD", temperature, " ")
    print "First Name,Last Name,Email,Phone,Source,Temperature,Notes"
    previous = ""
    for (i = 1; i <= ROWS; i++) {
        f = first[i % 16 + 1]; l = last[int(i / 16) % 16 + 1]
        email = tolower(f "." l "." TAG "." i "@example.com")
        gsub("'", "", email)
        phone = phone_of(i)
        if (i % 50 == 0) {
            email = "not-an-email-" i                              # invalid: malformed email
        } else if (i % 113 == 0) {
            email = ""; phone = ""                                 # invalid: no way to reach them
        } else if (i % 97 == 0 && previous != "") {
            email = previous; phone = ""                           # duplicate of the row before
        } else if (i % 10 == 0) {
            email = ""                                             # phone only
        }
        notes = (i % 4 == 0) ? "\"Pre-approved, wants 3 bed, near schools\"" : ""
        printf "%s,%s,%s,%s,%s,%s,%s\n", f, l, email, phone, source[i % 8 + 1], temperature[i % 3 + 1], notes
        if (email ~ /@/) previous = email
    }
}
function phone_of(n,    m, ex, k) {
    m = int(n / 20)
    k = int(m / 10000)
    ex = 199
    while (k >= 0) { ex++; if (ex % 100 != 11 && ex != 555) k-- }
    return "(" area[n % 20 + 1] ") " ex "-" sprintf("%04d", m % 10000)
}
