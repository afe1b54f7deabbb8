package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGobject;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Reso;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.StoredPhotos;
import org.realtycrm.it.support.Unique;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Our listings as a RESO Web API, as an integrator's tooling reads them: the OAuth2 client-credentials grant, the
 * service document and $metadata, each kind of $filter the Web API Core 2.0.0 endorsement tests, $select, $orderby,
 * $top/$skip with @odata.nextLink, $count, $expand=Media, the Member, Office and Lookup resources, and the refusals
 * (400 for a query it cannot honour, 404 for what is not here, 401/403 for the wrong caller).
 */
class ResoWebApiIT extends CrmIT {

    private static final Instant BASE = Instant.parse("2026-03-01T12:00:00Z");

    private static Reso integrator;
    private static MlsListings feed;
    private static String city;
    private static long cheap;
    private static long middle;
    private static long dear;
    private static long sold;
    private static long withheld;
    private static long withdrawn;

    @BeforeAll
    static void listings() {
        integrator = Reso.newClient();
        feed = MlsListings.newFeed();
        city = "Reso " + Unique.name();
        cheap = feed.add("city", city, "list_price", 200_000, "bedrooms_total", 2, "bathrooms_total_integer", 1,
                "listing_contract_date", java.sql.Date.valueOf("2026-01-10"), "modification_timestamp", BASE,
                "public_remarks", "Cozy 100% cotton-candy cottage", "property_type", "Residential",
                "street_number", "1", "street_name", "Oak", "list_agent_key", "AG-1", "list_office_key", "OF-1",
                // as a RESO 2.0 feed sends a multi-valued lookup (an array), and as a 1.7 feed did (a flags string)
                "payload", jsonb("{\"Appliances\": [\"Dishwasher\", \"Range\"], "
                        + "\"Cooling\": \"Central Air, Ceiling Fan(s)\"}"));
        middle = feed.add("city", city, "list_price", 350_000.50, "bedrooms_total", 3, "bathrooms_total_integer", 2,
                "listing_contract_date", java.sql.Date.valueOf("2026-02-01"),
                "modification_timestamp", BASE.plus(1, ChronoUnit.HOURS), "property_type", "Residential",
                "street_number", "2", "street_name", "O'Brien",
                "payload", jsonb("{\"Appliances\": [\"Refrigerator\"]}"));
        dear = feed.add("city", city, "list_price", 900_000, "bedrooms_total", 5, "bathrooms_total_integer", 4,
                "listing_contract_date", java.sql.Date.valueOf("2026-02-15"),
                "modification_timestamp", BASE.plus(2, ChronoUnit.HOURS), "property_type", "Land",
                "standard_status", "Pending", "street_number", "3", "street_name", "Pine");
        sold = feed.add("city", city, "list_price", 410_000, "close_price", 405_000, "bedrooms_total", 3,
                "close_date", java.sql.Date.valueOf("2026-02-20"), "standard_status", "Closed",
                "modification_timestamp", BASE.plus(3, ChronoUnit.HOURS), "property_type", "Residential",
                "payload", jsonb("{\"Appliances\": []}"));
        withheld = feed.add("city", city, "list_price", 300_000, "internet_entire_listing_display_yn", false,
                "modification_timestamp", BASE);
        withdrawn = feed.add("city", city, "list_price", 300_000, "standard_status", "Withdrawn",
                "modification_timestamp", BASE);
    }

    @Test
    void anIntegratorSignsInWithItsClientCredentialsAndReadsTheServiceAndItsMetadata() throws Exception {
        JsonObject basic = Reso.grantWithBasic(integrator.clientId(), integrator.secret()).expect(200).json();
        assertThat(basic.getString("token_type")).isEqualTo("Bearer");
        assertThat(basic.getJsonNumber("expires_in").longValue()).isPositive();

        Response service = Api.withToken(basic.getString("access_token")).get(Reso.ROOT + "/");
        assertThat(service.status()).isEqualTo(200);
        assertThat(service.header("OData-Version")).isEqualTo("4.0");
        assertThat(service.json().getString("@odata.context")).endsWith("/reso/odata/$metadata");
        assertThat(service.json().getJsonArray("value").getValuesAs(JsonObject.class))
                .extracting(set -> set.getString("name"))
                .containsExactly("Property", "Media", "Member", "Office", "Lookup");

        Response metadata = integrator.api().get(Reso.ROOT + "/$metadata", "application/xml");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.contentType()).startsWith("application/xml");
        assertThat(metadata.header("OData-Version")).isEqualTo("4.0");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(metadata.body())));
        Element schema = (Element) xml.getElementsByTagNameNS("http://docs.oasis-open.org/odata/ns/edm", "Schema")
                .item(0);
        assertThat(schema.getAttribute("Namespace")).isEqualTo("org.reso.metadata");
        Map<String, String> propertyTypes = fieldTypes(schema, "Property");
        assertThat(propertyTypes).containsEntry("ListingKey", "Edm.String").containsEntry("ListPrice", "Edm.Decimal")
                .containsEntry("BedroomsTotal", "Edm.Int64").containsEntry("CloseDate", "Edm.Date")
                .containsEntry("ModificationTimestamp", "Edm.DateTimeOffset")
                .containsEntry("StandardStatus", "Edm.String")
                .containsEntry("Appliances", "Collection(Edm.String)");
        assertThat(metadata.body()).contains("<NavigationProperty Name=\"Media\" "
                + "Type=\"Collection(org.reso.metadata.Media)\"")
                .contains("Term=\"RESO.OData.Metadata.LookupName\" String=\"StandardStatus\"")
                .contains("<EntityContainer Name=\"Default\">");
    }

    @Test
    void theListingsServedAreThoseTheWebsiteShows() {
        assertThat(keys(integrator.get("/Property?$filter=City eq '" + city + "'&$select=ListingKey")))
                .containsExactlyInAnyOrder(key(cheap), key(middle), key(dear), key(sold));

        JsonObject one = integrator.get("/Property('" + cheap + "')").expect(200).json();
        assertThat(one.getString("@odata.context")).endsWith("/reso/odata/$metadata#Property/$entity");
        assertThat(one.getString("ListingKey")).isEqualTo(key(cheap));
        assertThat(one.getJsonNumber("ListPrice").bigDecimalValue()).isEqualByComparingTo("200000");
        assertThat(one.getString("StandardStatus")).isEqualTo("Active");
        assertThat(one.getString("ModificationTimestamp")).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(one.getString("ListingContractDate")).isEqualTo("2026-01-10");
        assertThat(one.getString("OriginatingSystemKey")).startsWith("IT-");
        assertThat(integrator.get("/Property(ListingKey='" + middle + "')").expect(200).json()
                .getString("StreetName")).isEqualTo("O'Brien");
        assertThat(one.getJsonArray("Appliances").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("Dishwasher", "Range");
        assertThat(one.getJsonArray("Cooling").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .as("a flags string, split").containsExactly("Central Air", "Ceiling Fan(s)");
        assertThat(integrator.get("/Property('" + dear + "')?$select=Appliances").expect(200).json()
                .getJsonArray("Appliances")).as("none: empty, never null").isEmpty();

        for (long hidden : List.of(withheld, withdrawn)) {
            assertThat(integrator.get("/Property('" + hidden + "')").status()).as("listing " + hidden)
                    .isEqualTo(404);
        }
        JsonObject notFound = integrator.get("/Property('no-such-key')").expect(404).json();
        assertThat(notFound.getJsonObject("error").getString("code")).isEqualTo("404");
    }

    @Test
    void filtersOfEveryTypeTheCoreEndorsementTests() {
        String inCity = "City eq '" + city + "' and ";
        Map<String, List<Long>> expected = new TreeMap<>();
        // integers
        expected.put("BedroomsTotal eq 3", List.of(middle, sold));
        expected.put("BedroomsTotal ne 3", List.of(cheap, dear));
        expected.put("BedroomsTotal gt 3", List.of(dear));
        expected.put("BedroomsTotal ge 3", List.of(middle, dear, sold));
        expected.put("BedroomsTotal lt 3", List.of(cheap));
        expected.put("BedroomsTotal le 3", List.of(cheap, middle, sold));
        expected.put("(BedroomsTotal gt 2 and BedroomsTotal lt 5)", List.of(middle, sold));
        expected.put("(BedroomsTotal lt 3 or BedroomsTotal gt 4)", List.of(cheap, dear));
        expected.put("not (BedroomsTotal eq 3)", List.of(cheap, dear));
        // decimals
        expected.put("ListPrice ne 350000.50", List.of(cheap, dear, sold));
        expected.put("ListPrice gt 350000.25", List.of(middle, dear, sold));
        expected.put("ListPrice ge 350000.5", List.of(middle, dear, sold));
        expected.put("ListPrice lt 350000.50", List.of(cheap));
        expected.put("ListPrice le 350000.50", List.of(cheap, middle));
        // dates
        expected.put("ListingContractDate eq 2026-02-01", List.of(middle));
        expected.put("ListingContractDate ne 2026-02-01", List.of(cheap, dear, sold));
        expected.put("ListingContractDate gt 2026-02-01", List.of(dear));
        expected.put("ListingContractDate ge 2026-02-01", List.of(middle, dear));
        expected.put("ListingContractDate lt 2026-02-01", List.of(cheap));
        expected.put("ListingContractDate le 2026-02-01", List.of(cheap, middle));
        // timestamps, in UTC and with an offset (+ and -), and against now()
        expected.put("ModificationTimestamp gt 2026-03-01T13:00:00Z", List.of(dear, sold));
        expected.put("ModificationTimestamp ge 2026-03-01T13:00:00Z", List.of(middle, dear, sold));
        expected.put("ModificationTimestamp lt 2026-03-01T18:30:00+05:00", List.of(cheap, middle));
        expected.put("ModificationTimestamp le 2026-03-01T08:00:00.000-04:00", List.of(cheap));
        expected.put("ModificationTimestamp lt now()", List.of(cheap, middle, dear, sold));
        expected.put("ModificationTimestamp ne now()", List.of(cheap, middle, dear, sold));
        expected.put("year(ModificationTimestamp) eq 2026 and hour(ModificationTimestamp) eq 14", List.of(dear));
        // single-value lookups: eq, ne, has, in
        expected.put("StandardStatus eq 'Pending'", List.of(dear));
        expected.put("StandardStatus ne 'Active'", List.of(dear, sold));
        expected.put("StandardStatus has 'Closed'", List.of(sold));
        expected.put("StandardStatus has org.reso.metadata.enums.StandardStatus'Closed'", List.of(sold));
        expected.put("PropertyType in ('Land', 'Commercial')", List.of(dear));
        // strings
        expected.put("contains(PublicRemarks, '100%')", List.of(cheap));
        expected.put("startswith(StreetName, 'O''B')", List.of(middle));
        expected.put("endswith(StreetName, 'ne')", List.of(dear));
        expected.put("tolower(StreetName) eq 'oak'", List.of(cheap));
        expected.put("ClosePrice eq null", List.of(cheap, middle, dear));
        // multi-valued lookups: any(), all(), has
        expected.put("Appliances/any(a: a eq 'Dishwasher')", List.of(cheap));
        expected.put("Appliances/any(a: a eq 'Dishwasher' or a eq 'Refrigerator')", List.of(cheap, middle));
        expected.put("Appliances/all(a: a eq 'Refrigerator')", List.of(middle, dear, sold));
        expected.put("Appliances/any()", List.of(cheap, middle));
        expected.put("Appliances has 'Range'", List.of(cheap));
        expected.put("Appliances has 'Dishwasher' and Appliances has 'Range'", List.of(cheap));
        expected.put("Cooling/any(c: c eq 'Ceiling Fan(s)')", List.of(cheap));
        expected.put("ClosePrice ne null and CloseDate eq 2026-02-20", List.of(sold));

        expected.forEach((filter, listings) -> {
            Response answer = integrator.get("/Property?$select=ListingKey&$filter=" + inCity + filter);
            assertThat(answer.status()).as(filter + ": " + answer.body()).isEqualTo(200);
            assertThat(keys(answer)).as(filter)
                    .containsExactlyInAnyOrderElementsOf(listings.stream().map(ResoWebApiIT::key).toList());
        });
    }

    @Test
    void selectOrderByTopSkipNextLinkAndCount() {
        String query = "/Property?$filter=City eq '" + city + "'&$select=ListingKey,ModificationTimestamp,ListPrice";
        JsonObject selected = integrator.get(query + "&$orderby=ModificationTimestamp desc").expect(200).json();
        assertThat(selected.getString("@odata.context"))
                .endsWith("$metadata#Property(ListingKey,ModificationTimestamp,ListPrice)");
        List<JsonObject> records = selected.getJsonArray("value").getValuesAs(JsonObject.class);
        assertThat(records).extracting(record -> record.getString("ListingKey"))
                .containsExactly(key(sold), key(dear), key(middle), key(cheap));
        assertThat(records.get(0).keySet()).containsExactly("ListingKey", "ModificationTimestamp", "ListPrice");
        assertThat(keys(integrator.get(query + "&$orderby=ModificationTimestamp asc")))
                .containsExactly(key(cheap), key(middle), key(dear), key(sold));
        assertThat(keys(integrator.get(query + "&$orderby=ListPrice desc&$top=2")))
                .containsExactly(key(dear), key(sold));

        // $top=3 in pages of 2 is not possible for a client to ask, so page with $top and $skip, and follow nextLink
        JsonObject first = integrator.get(query + "&$orderby=ModificationTimestamp&$top=2&$count=true").expect(200)
                .json();
        assertThat(first.getJsonNumber("@odata.count").longValue()).isEqualTo(4);
        assertThat(first.containsKey("@odata.nextLink")).as("$top was reached").isFalse();
        JsonObject skipped = integrator.get(query + "&$orderby=ModificationTimestamp&$skip=2").expect(200).json();
        assertThat(skipped.getJsonArray("value").getValuesAs(JsonObject.class))
                .extracting(record -> record.getString("ListingKey")).containsExactly(key(dear), key(sold));
        assertThat(integrator.get("/Property/$count?$filter=City eq '" + city + "'").expect(200).body())
                .isEqualTo("4");

        // server-driven paging, in pages of the size the client prefers (OData's Prefer: odata.maxpagesize)
        List<String> all = new ArrayList<>();
        String next = Reso.ROOT + Reso.encoded(query + "&$orderby=ModificationTimestamp");
        Api paging = integrator.api().withHeader("Prefer", "odata.maxpagesize=3");
        int pages = 0;
        while (next != null) {
            Response answer = paging.get(next).expect(200);
            assertThat(answer.header("Preference-Applied")).isEqualTo("odata.maxpagesize=3");
            JsonObject page = answer.json();
            page.getJsonArray("value").getValuesAs(JsonObject.class).forEach(r -> all.add(r.getString("ListingKey")));
            next = page.containsKey("@odata.nextLink") ? pathOf(page.getString("@odata.nextLink")) : null;
            assertThat(next == null || next.contains("$skiptoken=") && !next.contains("$skip=")).as(next).isTrue();
            pages++;
        }
        assertThat(all).containsExactly(key(cheap), key(middle), key(dear), key(sold));
        assertThat(pages).isEqualTo(2);
        // a $top larger than a page is served in pages, and ends where it said
        JsonObject topped = paging.get(Reso.ROOT + Reso.encoded(query + "&$orderby=ModificationTimestamp&$top=4"))
                .expect(200).json();
        assertThat(topped.getJsonArray("value")).hasSize(3);
        JsonObject rest = paging.get(pathOf(topped.getString("@odata.nextLink"))).expect(200).json();
        assertThat(rest.getJsonArray("value").getJsonObject(0).getString("ListingKey")).isEqualTo(key(sold));
        assertThat(rest.containsKey("@odata.nextLink")).isFalse();
    }

    @Test
    void replicationFollowingNextLinkMissesNoListingThatChangesBetweenPages() {
        MlsListings changing = MlsListings.newFeed();
        String town = "Moving " + Unique.name();
        List<Long> listings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            listings.add(changing.add("city", town, "list_price", 100_000 + i,
                    "modification_timestamp", BASE.plus(i, ChronoUnit.MINUTES)));
        }
        Api paging = integrator.api().withHeader("Prefer", "odata.maxpagesize=2");
        String replication = "/Property?$select=ListingKey&$filter=City eq '" + town + "' and ModificationTimestamp gt "
                + "2026-01-01T00:00:00Z&$orderby=ModificationTimestamp";
        JsonObject first = paging.get(Reso.ROOT + Reso.encoded(replication)).expect(200).json();
        List<String> served = new ArrayList<>(first.getJsonArray("value").getValuesAs(JsonObject.class).stream()
                .map(record -> record.getString("ListingKey")).toList());
        assertThat(served).containsExactly(key(listings.get(0)), key(listings.get(1)));

        // the first listing changes while the client reads: it moves to the end of the order
        MlsListings.priceDropped(listings.get(0), 90_000);

        String next = pathOf(first.getString("@odata.nextLink"));
        while (next != null) {
            JsonObject page = paging.get(next).expect(200).json();
            page.getJsonArray("value").getValuesAs(JsonObject.class)
                    .forEach(record -> served.add(record.getString("ListingKey")));
            next = page.containsKey("@odata.nextLink") ? pathOf(page.getString("@odata.nextLink")) : null;
        }
        assertThat(served).as("with an offset, the third would have slid into the page already read")
                .containsExactly(key(listings.get(0)), key(listings.get(1)), key(listings.get(2)),
                        key(listings.get(3)), key(listings.get(4)), key(listings.get(0)));
    }

    @Test
    void mediaIsExpandedAndPointsAtOurOwnCopies() {
        long photo = StoredPhotos.add(cheap);
        long second = StoredPhotos.add(cheap);
        StoredPhotos.add(withheld);

        JsonObject listing = integrator.get("/Property('" + cheap + "')?$select=ListingKey&$expand=Media")
                .expect(200).json();
        List<JsonObject> media = listing.getJsonArray("Media").getValuesAs(JsonObject.class);
        assertThat(media).extracting(m -> m.getString("MediaKey")).containsExactly(key(photo), key(second));
        JsonObject first = media.get(0);
        assertThat(first.getString("ResourceRecordKey")).isEqualTo(key(cheap));
        assertThat(first.getString("ResourceName")).isEqualTo("Property");
        assertThat(first.getString("MediaCategory")).isEqualTo("Photo");
        assertThat(first.getString("MediaType")).isEqualTo("jpeg");
        String url = first.getString("MediaURL");
        assertThat(url).startsWith("http").contains("/api/v1/public/photos/" + photo + "?v=");
        String photoPath = URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();
        assertThat(Api.anonymous().get(photoPath).expect(200).contentType()).isEqualTo("image/jpeg");
        assertThat(integrator.api().get(photoPath).status()).as("with the integrator's token too").isEqualTo(200);

        JsonObject limited = integrator.get("/Property?$filter=ListingKey eq '" + cheap + "'&$select=ListingKey"
                + "&$expand=Media($select=MediaKey,Order;$top=1)").expect(200).json();
        JsonObject only = limited.getJsonArray("value").getJsonObject(0);
        assertThat(only.getJsonArray("Media").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(m -> assertThat(m.keySet()).containsExactly("MediaKey", "Order"));
        assertThat(keys(integrator.get("/Media?$filter=ResourceRecordKey eq '" + withheld + "'")))
                .as("the photos of a listing not served are not served").isEmpty();
    }

    @Test
    void membersAndOfficesAreThoseThatListServedListings() {
        feed.member("AG-1", "Ada Lister", "ada@example.test", "5125550101", "OF-1");
        feed.member("AG-2", "Bo Nolistings", "bo@example.test", "5125550102");
        feed.office("OF-1", "Lister Realty", "5125550100");
        String feedName = integrator.get("/Property('" + cheap + "')").expect(200).json()
                .getString("OriginatingSystemName");

        List<JsonObject> members = integrator.get("/Member?$filter=OriginatingSystemName eq '" + feedName + "'")
                .expect(200).json().getJsonArray("value").getValuesAs(JsonObject.class);
        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.getString("MemberFullName")).isEqualTo("Ada Lister");
            assertThat(member.getString("OriginatingSystemMemberKey")).isEqualTo("AG-1");
            assertThat(member.getString("OfficeName")).isEqualTo("Lister Realty");
            assertThat(member.keySet()).as("the website shows names, not the MLS roster's contact data")
                    .doesNotContain("MemberEmail", "MemberPreferredPhone");
        });
        JsonObject listing = integrator.get("/Property('" + cheap + "')?$select=ListAgentKey,ListOfficeKey")
                .expect(200).json();
        assertThat(listing.getString("ListAgentKey")).isEqualTo(members.get(0).getString("MemberKey"));
        JsonObject office = integrator.get("/Office('" + listing.getString("ListOfficeKey") + "')").expect(200)
                .json();
        assertThat(office.getString("OfficeName")).isEqualTo("Lister Realty");
        assertThat(office.keySet()).doesNotContain("OfficePhone", "OfficeEmail");

        List<JsonObject> statuses = integrator.get("/Lookup?$filter=LookupName eq 'StandardStatus'").expect(200)
                .json().getJsonArray("value").getValuesAs(JsonObject.class);
        assertThat(statuses).extracting(lookup -> lookup.getString("LookupValue"))
                .contains("Active", "Pending", "Closed").doesNotContain("Withdrawn");
        assertThat(statuses).filteredOn(lookup -> lookup.getString("LookupValue").equals("Active")).singleElement()
                .satisfies(lookup -> assertThat(lookup.getString("StandardLookupValue")).isEqualTo("Active"));
        assertThat(integrator.get("/Lookup?$filter=LookupName eq 'Appliances'").expect(200).json()
                .getJsonArray("value").getValuesAs(JsonObject.class))
                .extracting(lookup -> lookup.getString("LookupValue")).contains("Dishwasher", "Range", "Refrigerator");
    }

    @Test
    void queriesItCannotHonourAre400AndWhatIsNotHereIs404() {
        Map<String, String> refused = new TreeMap<>();
        refused.put("/Property?$filter=NoSuchField eq 1", "NoSuchField");
        refused.put("/Property?$filter=ListPrice eq 'cheap'", "ListPrice");
        refused.put("/Property?$filter=ListPrice eq", "$filter");
        refused.put("/Property?$filter=ListingContractDate eq 2026-02-30", "$filter");
        refused.put("/Property?$filter=ListPrice add 5 gt 10", "$filter");
        refused.put("/Property?$select=ListPrice,Nope", "Nope");
        refused.put("/Property?$orderby=ListPrice sideways", "$orderby");
        refused.put("/Property?$top=-1", "$top");
        refused.put("/Property?$skip=many", "$skip");
        refused.put("/Property?$search=pool", "$search");
        refused.put("/Property?$expand=Rooms", "Rooms");
        refused.put("/Property?$top=1&$top=2", "$top");
        refused.put("/Property?$count=maybe", "$count");
        refused.put("/Media?$expand=Media", "Media");
        refused.put("/Property?$orderby=Appliances", "Appliances");
        refused.put("/Property?$filter=Appliances eq 'Range'", "any");
        refused.put("/Property?$filter=City/any(c: c eq 'x')", "City");
        refused.forEach((query, mention) -> {
            Response answer = integrator.get(query);
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.header("OData-Version")).isEqualTo("4.0");
            assertThat(answer.json().getJsonObject("error").getString("message")).as(query).contains(mention);
        });
        assertThat(integrator.get("/Rooms").status()).isEqualTo(404);
        assertThat(integrator.get("/Property('1')/Rooms").status()).isEqualTo(404);
        assertThat(integrator.get("/Member('999999999')").status()).isEqualTo(404);
        assertThat(integrator.get("/Property('" + cheap + "')?$filter=ListPrice gt 1").status())
                .as("a filter on one record").isEqualTo(400);
        assertThat(integrator.get("/Property?$skiptoken=forged").status()).isEqualTo(400);
        for (String method : List.of("DELETE", "PATCH", "POST", "PUT")) {
            boolean body = !method.equals("DELETE");
            Response refusedMethod = integrator.api().send(method, Reso.ROOT + "/Property('" + cheap + "')",
                    body ? "application/json" : null, body ? "{}" : null);
            assertThat(refusedMethod.status()).as(method).isEqualTo(405);
            assertThat(refusedMethod.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        }
    }

    @Test
    void onlyAnActiveApiClientsTokenReadsTheService() {
        assertThat(Reso.grant(integrator.clientId(), "rcs_wrong").status()).isEqualTo(401);
        assertThat(Reso.grant(integrator.clientId(), "rcs_wrong").json().getString("error"))
                .isEqualTo("invalid_client");
        assertThat(Reso.grant("rc_000000000000000000000000", integrator.secret()).status()).isEqualTo(401);
        assertThat(Api.anonymous().send("POST", Reso.TOKEN, "application/x-www-form-urlencoded",
                "grant_type=password&username=a&password=b").json().getString("error"))
                .isEqualTo("unsupported_grant_type");

        Response anonymous = Api.anonymous().get(Reso.ROOT + "/Property");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        // a forged or expired token is refused before the service runs, and still answered in OData's shape
        Response forged = Api.withToken("not.a.token").get(Reso.ROOT + "/Property");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).contains("realm=\"reso\"");
        assertThat(forged.header("OData-Version")).isEqualTo("4.0");
        assertThat(forged.json().getJsonObject("error").getString("code")).isEqualTo("401");
        assertThat(Api.anonymous().send("POST", Reso.TOKEN + "?client_id=" + integrator.clientId()
                        + "&client_secret=" + integrator.secret(), "application/x-www-form-urlencoded",
                "grant_type=client_credentials").status()).as("credentials in the URL").isEqualTo(400);
        assertThat(Accounts.agent().api().get(Reso.ROOT + "/Property").status()).as("an agent's token")
                .isEqualTo(403);
        assertThat(Accounts.admin().get(Reso.ROOT + "/$metadata").status()).as("an admin's token").isEqualTo(403);
        assertThat(integrator.api().get("/api/v1/leads").status()).as("the CRM's API").isEqualTo(403);
        assertThat(integrator.api().get("/api/v1/properties").status()).isEqualTo(403);
        assertThat(Accounts.agent().api().get(Reso.CLIENTS).status()).as("clients are the admins' to issue")
                .isEqualTo(403);

        Reso leaving = Reso.newClient();
        leaving.get("/Property?$top=1").expect(200);
        JsonObject rotated = admin().post(Reso.CLIENTS + "/" + leaving.id() + "/secret", JsonValue.EMPTY_JSON_OBJECT)
                .expect(200).json();
        assertThat(Reso.grant(leaving.clientId(), leaving.secret()).status()).as("the old secret").isEqualTo(401);
        Reso.grant(leaving.clientId(), rotated.getString("clientSecret")).expect(200);
        leaving.get("/Property?$top=1").expect(200);

        admin().delete(Reso.CLIENTS + "/" + leaving.id()).expect(204);
        assertThat(leaving.get("/Property?$top=1").status()).as("its token, at the next request").isEqualTo(401);
        assertThat(Reso.grant(leaving.clientId(), rotated.getString("clientSecret")).status()).isEqualTo(401);
        assertThat(admin().get(Reso.CLIENTS + "/" + leaving.id()).expect(200).json().getBoolean("active")).isFalse();
        assertThat(admin().get(Reso.CLIENTS).expect(200).array())
                .allSatisfy(client -> assertThat(client.isNull("clientSecret")).isTrue());
    }

    private static PGobject jsonb(String json) {
        try {
            PGobject value = new PGobject();
            value.setType("jsonb");
            value.setValue(json);
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fieldTypes(Element schema, String entityType) {
        NodeList types = schema.getElementsByTagNameNS("*", "EntityType");
        Map<String, String> fields = new TreeMap<>();
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("Name").equals(entityType)) {
                NodeList properties = type.getElementsByTagNameNS("*", "Property");
                for (int j = 0; j < properties.getLength(); j++) {
                    Element property = (Element) properties.item(j);
                    fields.put(property.getAttribute("Name"), property.getAttribute("Type"));
                }
            }
        }
        return fields;
    }

    private static List<String> keys(Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("value").getValuesAs(JsonObject.class).stream()
                .map(record -> record.getString(record.containsKey("ListingKey") ? "ListingKey" : "MediaKey"))
                .toList();
    }

    private static String key(long id) {
        return Long.toString(id);
    }

    /** The path and query of an absolute link, for the test's client, which resolves against its base URL. */
    private static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
