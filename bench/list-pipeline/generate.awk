# Writes a purchased list of ROWS owners in PropStream's export headers, already skip traced (awk -v ROWS=100000
# -v TAG=b1 -f generate.awk > list.csv): common US names; every property a new address (its street holds TAG, so
# each run's properties are new); about half the owners mail elsewhere (absentee), some out of state; equity,
# value and vacancy vary; each owner a phone of their own (real area codes, valid exchanges) and every third an
# email. Every 20th row is the previous row's owner again with another house (same name, mailing address and phone):
# the pipeline keeps one lead for them.
BEGIN {
    split("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth Carlos Maria Wei Priya Ahmed Fatima", first, " ")
    split("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Lee Nguyen Patel Kim Chen Obrien", last, " ")
    split("Boston|Dallas|Miami|Austin|Denver|Phoenix|Atlanta|Seattle", city, "|")
    split("MA TX FL TX CO AZ GA WA", state, " ")
    split("02134 75201 33101 78701 80202 85001 30301 98101", zip, " ")
    split("212 213 303 305 312 404 415 512 602 617 646 702 713 718 786 858 917 949 206 503", area, " ")
    print "Owner 1 First Name,Owner 1 Last Name,Mailing Address,Mailing City,Mailing State,Mailing Zip,Address,City,State,Zip,APN,Est. Value,Est. Equity %,Vacant,Phone 1,Phone 1 Type,Email 1"
    owner = 0
    for (i = 1; i <= ROWS; i++) {
        if (i % 20 != 0 || i == 1) owner = i                    # every 20th row: the previous owner again
        f = first[owner % 16 + 1]; l = last[int(owner / 16) % 16 + 1]
        c = i % 8 + 1
        street = i " " TAG " St"
        if (owner % 2 == 0) {                                    # owner-occupied: mail goes to the house
            mail = street; mcity = city[c]; mstate = state[c]; mzip = zip[c]
        } else {                                                 # absentee; every 4th of them out of state
            m = (owner % 8 == 1) ? (c % 8) + 1 : c
            mail = "PO Box " owner; mcity = city[m]; mstate = state[m]; mzip = zip[m]
        }
        value = 150000 + (i * 7919) % 600000
        equity = (i * 37) % 100
        vacant = (i % 7 == 0) ? "Y" : "N"
        phone = phone_of(owner)
        email = (owner % 3 == 0) ? tolower(f "." l "." TAG "." owner "@example.com") : ""
        printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,,%d,%d,%s,%s,Mobile,%s\n", f, l, mail, mcity, mstate, mzip, street,
            city[c], state[c], zip[c], value, equity, vacant, phone, email
    }
}

# A valid US number for owner n: an area code, an exchange 200-999 (no N11, not 555) and the line.
function phone_of(n,    a, exchange, line) {
    a = area[n % 20 + 1]
    exchange = 200 + int(n / 20 / 10000) % 800
    while (exchange % 100 == 11 || exchange == 555 || exchange == 950 || exchange == 958 || exchange == 959 || exchange == 976) exchange++
    line = int(n / 20) % 10000
    return sprintf("(%s) %03d-%04d", a, exchange, line)
}
