package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;
import static org.realtycrm.it.support.Properties.PROPERTIES;
import static org.realtycrm.it.support.Properties.offMls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Properties;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Unique;

/**
 * Listings through the API: the search and its filters, paging, off-MLS properties and who sees them, MLS listings
 * being read-only, and linking leads to properties. MLS listings are stored with SQL, as the feed sync will.
 */
class PropertiesApiIT extends CrmIT {

    private static MlsListings mls;

    @Test
    void searchFiltersByPriceBedsBathsStatusTypeAndPostalCode() {
        String city = Unique.name();
        long cheap = mls().add("city", city, "list_price", 300000, "bedrooms_total", 2, "bathrooms_total_integer", 1,
                "property_type", "Residential", "postal_code", "78701");
        long family = mls().add("city", city, "list_price", 550000, "bedrooms_total", 4, "bathrooms_total_integer", 3,
                "property_type", "Residential", "postal_code", "78704", "standard_status", "Pending");
        long land = mls().add("city", city, "list_price", 120000, "property_type", "Land", "postal_code", "78704");
        long deleted = mls().add("city", city, "list_price", 400000, "bedrooms_total", 4, "standard_status", "Delete");
        Properties search = Properties.as(admin());

        assertThat(search.search("city", city.toUpperCase()).expect(200).ids())
                .containsExactlyInAnyOrder(cheap, family, land);
        assertThat(search.search("city", city, "minPrice", 200000, "maxPrice", 550000).ids())
                .containsExactlyInAnyOrder(cheap, family);
        assertThat(search.search("city", city, "minBeds", 3).ids()).containsExactly(family);
        assertThat(search.search("city", city, "minBaths", 1).ids()).containsExactlyInAnyOrder(cheap, family);
        assertThat(search.search("city", city, "standardStatus", "Pending").ids()).containsExactly(family);
        assertThat(search.search("city", city, "standardStatus", "active,pending").ids())
                .containsExactlyInAnyOrder(cheap, family, land);
        assertThat(search.search("city", city, "propertyType", "land").ids()).containsExactly(land);
        assertThat(search.search("city", city, "postalCode", "78704").ids()).containsExactlyInAnyOrder(family, land);
        assertThat(search.search("city", city, "source", "OFF_MLS").total()).isZero();
        assertThatProblem(admin().get(Properties.path(deleted))).hasStatus(404).hasType("not-found");

        JsonObject pending = search.search("city", city, "standardStatus", "Pending").items().get(0);
        assertThat(pending.getString("standardStatus")).isEqualTo("Pending");
        assertThat(pending.getJsonNumber("listPrice").bigDecimalValue()).isEqualByComparingTo("550000");
        assertThat(pending.getInt("bedroomsTotal")).isEqualTo(4);
        assertThat(pending.getString("source")).isEqualTo("MLS");
        assertThat(pending.getBoolean("editable")).isFalse();
    }

    @Test
    void textFindsTheAddressAnyCaseOrAWordOfTheRemarks() {
        String street = Unique.name();
        String word = Unique.word();
        long byAddress = mls().add("unparsed_address", "18 " + street + " Road", "city", "Austin");
        long byRemarks = mls().add("unparsed_address", "7 Other Street", "city", "Austin",
                "public_remarks", "Bright kitchen, a " + word + " garden and two pools.");
        long byMlsNumber = mls().add("unparsed_address", "9 Third Street", "listing_id", "ML" + word.toUpperCase());

        Properties search = Properties.as(admin());
        assertThat(search.search("q", street.toUpperCase() + " ro").expect(200).ids()).containsExactly(byAddress);
        assertThat(search.search("q", word).ids()).containsExactlyInAnyOrder(byRemarks, byMlsNumber);
        assertThat(search.search("q", "ml" + word).ids()).containsExactly(byMlsNumber);
        assertThat(search.search("q", word + " pool").ids()).containsExactly(byRemarks); // full text: pools
        assertThat(search.search("q", "100%_" + word).total()).isZero(); // wildcards are literal
    }

    @Test
    void theMapBoxFindsTheListingsInsideIt() {
        // a spot of the South Pacific of this run's own, so that no other test's listing is in the box
        double lat = -40 - ThreadLocalRandom.current().nextDouble(5);
        double lon = -140 - ThreadLocalRandom.current().nextDouble(5);
        long inside = mls().add("latitude", new BigDecimal(lat), "longitude", new BigDecimal(lon));
        long corner = mls().add("latitude", new BigDecimal(lat + 0.01), "longitude", new BigDecimal(lon + 0.01));
        long outside = mls().add("latitude", new BigDecimal(lat + 0.02), "longitude", new BigDecimal(lon));
        mls().add("city", "Nowhere"); // no coordinates: never on the map

        Response found = Properties.as(admin()).search("south", lat - 0.001, "west", lon - 0.001,
                "north", lat + 0.0101, "east", lon + 0.0101);

        assertThat(found.expect(200).ids()).containsExactlyInAnyOrder(inside, corner).doesNotContain(outside);
        assertThatProblem(Properties.as(admin()).search("south", lat, "north", lat + 1)).hasStatus(400)
                .hasType("invalid-input").hasFieldErrorsExactly("west", "east");
        assertThatProblem(Properties.as(admin()).search("south", 10, "west", 0, "north", 5, "east", 1))
                .hasStatus(400).hasFieldErrorsExactly("south");
    }

    @Test
    void pagesFollowTheSortWithoutGapsOrRepeats() {
        String city = Unique.name();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Long> byPrice = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byPrice.add(mls().add("city", city, "list_price", 100000 + i * 50000, "bedrooms_total", 5 - i,
                    "modification_timestamp", now.minusSeconds(600 - i)));
        }
        mls().add("city", city, "modification_timestamp", now.minusSeconds(3600)); // no price, no beds: always last
        Properties search = Properties.as(admin());

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Response answer = search.search("city", city, "sort", "listPrice", "size", 2, "page", page).expect(200);
            assertThat(answer.total()).isEqualTo(6);
            assertThat(answer.json().getBoolean("totalCapped")).isFalse();
            paged.addAll(answer.ids());
        }
        assertThat(paged.subList(0, 5)).isEqualTo(byPrice);
        assertThat(paged).doesNotHaveDuplicates().hasSize(6);
        assertThat(search.search("city", city, "sort", "-listPrice", "size", 5).ids())
                .isEqualTo(reversed(byPrice));
        assertThat(search.search("city", city, "size", 5).ids()).isEqualTo(reversed(byPrice)); // newest first
        assertThat(search.search("city", city, "sort", "-bedroomsTotal", "size", 5).ids()).isEqualTo(byPrice);
        assertThatProblem(search.search("sort", "price")).hasStatus(400).hasFieldError("sort");
    }

    @Test
    void aTotalIsRememberedOnlyUntilTheListingsChange() {
        String city = Unique.name();
        mls().add("city", city, "list_price", 200000);
        Properties search = Properties.as(admin());
        assertThat(search.search("city", city).expect(200).total()).isEqualTo(1);
        // another sort and page of the same filters: the remembered total, still right
        assertThat(search.search("city", city, "sort", "-listPrice", "page", 1).expect(200).total()).isEqualTo(1);

        long added = mls().add("city", city, "list_price", 300000);
        assertThat(search.search("city", city).total()).isEqualTo(2);
        mls().statusChanged(added, "Delete");
        assertThat(search.search("city", city).total()).isEqualTo(1);
        mls().statusChanged(added, "Pending");
        assertThat(search.search("city", city, "standardStatus", "Pending").ids()).containsExactly(added);
        assertThat(search.search("city", city).total()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"minPrice, abc", "minBeds, 1.5", "minPrice, -1", "standardStatus, Sold", "standardStatus, Delete",
        "source, FEED", "page, -1"})
    void aWrongSearchParameterIsAFieldError(String parameter, String value) {
        assertThatProblem(Properties.as(admin()).search(parameter, value)).hasStatus(400).hasType("invalid-input")
                .hasFieldError(parameter);
    }

    @Test
    void anAgentEntersAnOffMlsPropertyAndEditsIt() {
        Account agent = Accounts.agent();

        Response created = agent.api().post(PROPERTIES, offMls().add("latitude", 30.2465).add("longitude", -97.7731)
                .add("publicRemarks", "Owner wants a quiet sale").build());

        JsonObject property = created.expect(201).json();
        assertThat(created.header("Location")).endsWith(Properties.path(id(property)));
        assertThat(property.getString("source")).isEqualTo("OFF_MLS");
        assertThat(property.getBoolean("editable")).isTrue();
        assertThat(property.getJsonNumber("createdBy").longValue()).isEqualTo(agent.id());
        assertThat(property.getString("standardStatus")).isEqualTo("Coming Soon");
        assertThat(property.getJsonNumber("latitude").bigDecimalValue()).isEqualByComparingTo("30.2465");
        assertThat(property.getJsonArray("history")).hasSize(2);

        JsonObject edited = agent.api().put(Properties.path(id(property)), offMls()
                .add("unparsedAddress", property.getString("unparsedAddress")).add("listPrice", 599000)
                .add("standardStatus", "Active").add("version", property.getJsonNumber("version")).build())
                .expect(200).json();

        assertThat(edited.getJsonNumber("listPrice").bigDecimalValue()).isEqualByComparingTo("599000");
        assertThat(edited.getJsonNumber("version").longValue()).isGreaterThan(property.getJsonNumber("version")
                .longValue());
        List<JsonObject> history = edited.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).hasSize(4);
        assertThat(history.subList(0, 2)).extracting(h -> h.getString("field"))
                .containsExactlyInAnyOrder("LIST_PRICE", "STANDARD_STATUS");
        JsonObject priceChange = history.stream().filter(h -> h.getString("field").equals("LIST_PRICE")).findFirst()
                .orElseThrow();
        assertThat(priceChange.getJsonNumber("oldPrice").bigDecimalValue()).isEqualByComparingTo("625000");
        assertThat(priceChange.getJsonNumber("newPrice").bigDecimalValue()).isEqualByComparingTo("599000");

        assertThat(agent.api().get(Properties.path(id(property))).expect(200).json().getString("standardStatus"))
                .isEqualTo("Active");
        assertThatProblem(agent.api().put(Properties.path(id(property)), offMls().add("version", 0).build()))
                .hasStatus(409).hasType("stale-version");
    }

    @Test
    void badOffMlsInputIsAnsweredFieldByField() {
        Account agent = Accounts.agent();

        assertThatProblem(agent.api().post(PROPERTIES, Json.createObjectBuilder().add("city", "Austin").build()))
                .hasStatus(400).hasType("invalid-input").hasFieldError("unparsedAddress");
        assertThatProblem(agent.api().post(PROPERTIES, offMls().add("listPrice", -1).add("bedroomsTotal", -2)
                .add("latitude", 91).add("stateOrProvince", "Texas").build()))
                .hasStatus(400).hasType("invalid-input")
                .hasFieldErrorsExactly("listPrice", "bedroomsTotal", "latitude", "stateOrProvince");
        assertThatProblem(agent.api().post(PROPERTIES, offMls().add("standardStatus", "Sold").build()))
                .hasStatus(400).hasFieldError("standardStatus");
        assertThatProblem(agent.api().post(PROPERTIES, offMls().add("standardStatus", "Delete").build()))
                .hasStatus(400).hasFieldError("standardStatus");
        assertThatProblem(agent.api().post(PROPERTIES, offMls().add("listPrice", "a lot").build()))
                .hasStatus(400).hasType("malformed-request").hasFieldError("listPrice");
        assertThatProblem(agent.api().send("POST", PROPERTIES, "application/json", "{\"city\": "))
                .hasStatus(400).hasType("malformed-request");

        JsonObject property = Properties.as(agent.api()).create();
        assertThatProblem(agent.api().put(Properties.path(id(property)), offMls().build()))
                .hasStatus(400).hasFieldError("version");
    }

    @Test
    void anMlsListingRefusesEditsAndStaysAsItWas() {
        long listing = mls().add("unparsed_address", "1 Feed Street", "list_price", 450000);
        JsonObject before = admin().get(Properties.path(listing)).expect(200).json();

        Response edit = admin().put(Properties.path(listing), offMls().add("version", before.getJsonNumber("version"))
                .build());

        assertThatProblem(edit).hasStatus(422).hasType("rule-violation");
        JsonObject after = admin().get(Properties.path(listing)).expect(200).json();
        assertThat(after.getString("unparsedAddress")).isEqualTo("1 Feed Street");
        assertThat(after.getJsonNumber("version")).isEqualTo(before.getJsonNumber("version"));
    }

    @Test
    void anOffMlsPropertyIsItsCreatorsAndTheAdminsOnly() {
        Account ana = Accounts.agent();
        Account ben = Accounts.agent();
        JsonObject anas = Properties.as(ana.api()).create();
        String city = anas.getString("city");

        assertThat(Properties.as(ana.api()).search("city", city).expect(200).ids()).containsExactly(id(anas));
        assertThat(Properties.as(admin()).search("city", city).ids()).containsExactly(id(anas));
        assertThat(Properties.as(ben.api()).search("city", city).expect(200).total()).isZero();
        assertThatProblem(ben.api().get(Properties.path(id(anas)))).hasStatus(404).hasType("not-found");
        assertThatProblem(ben.api().put(Properties.path(id(anas)), offMls().add("version", 0).build()))
                .hasStatus(404);
        assertThat(admin().put(Properties.path(id(anas)), offMls().add("unparsedAddress", "Admin's fix")
                .add("version", anas.getJsonNumber("version")).build()).expect(200).json()
                .getString("unparsedAddress")).isEqualTo("Admin's fix");
    }

    @Test
    void aLeadIsLinkedAndUnlinkedOnItsTimeline() {
        Account agent = Accounts.agent();
        JsonObject lead = agent.leads().create(newLead());
        long listing = mls().add("unparsed_address", "5 Link Street", "city", "Austin");
        Properties asAgent = Properties.as(agent.api());

        JsonObject link = asAgent.link(id(lead), listing, "INTERESTED_IN").expect(201).json();
        assertThat(link.getJsonNumber("propertyId").longValue()).isEqualTo(listing);
        assertThat(link.getJsonObject("property").getString("unparsedAddress")).isEqualTo("5 Link Street");
        asAgent.link(id(lead), listing, "INTERESTED_IN").expect(200);
        asAgent.link(id(lead), listing, "owner_of").expect(201);

        assertThat(agent.api().get(Properties.leadProperties(id(lead))).expect(200).body()).contains("OWNER_OF",
                "INTERESTED_IN");
        JsonObject property = agent.api().get(Properties.path(listing)).expect(200).json();
        assertThat(property.getJsonArray("leads").getValuesAs(JsonObject.class))
                .extracting(l -> l.getJsonNumber("leadId").longValue()).containsExactly(id(lead), id(lead));
        assertThat(Accounts.agent().api().get(Properties.path(listing)).expect(200).json().getJsonArray("leads"))
                .isEmpty(); // another agent sees the listing, not the lead

        asAgent.unlink(id(lead), listing, "OWNER_OF").expect(204);
        assertThatProblem(asAgent.unlink(id(lead), listing, "OWNER_OF")).hasStatus(404);
        assertThat(agent.api().get(Properties.leadProperties(id(lead))).expect(200).body())
                .contains("INTERESTED_IN").doesNotContain("OWNER_OF");

        List<String> timeline = agent.api().get(Leads.path(lead) + "/activities").expect(200).items().stream()
                .map(a -> a.getString("action")).toList();
        assertThat(timeline).containsSubsequence("PROPERTY_UNLINKED", "PROPERTY_LINKED", "PROPERTY_LINKED");
        assertThat(timeline.stream().filter(a -> a.startsWith("PROPERTY_"))).hasSize(3);
    }

    @Test
    void onlyLeadsAndPropertiesTheCallerSeesCanBeLinked() {
        Account ana = Accounts.agent();
        Account ben = Accounts.agent();
        JsonObject bensLead = ben.leads().create(newLead());
        JsonObject anasLead = ana.leads().create(newLead());
        JsonObject bensProperty = Properties.as(ben.api()).create();
        long listing = mls().add("unparsed_address", "6 Link Street");
        Properties asAna = Properties.as(ana.api());

        assertThatProblem(asAna.link(id(bensLead), listing, "INTERESTED_IN")).hasStatus(404).hasType("not-found");
        assertThatProblem(asAna.link(id(anasLead), id(bensProperty), "INTERESTED_IN")).hasStatus(404);
        assertThatProblem(ana.api().get(Properties.leadProperties(id(bensLead)))).hasStatus(404);
        assertThatProblem(asAna.link(id(anasLead), listing, "LIKES")).hasStatus(400).hasFieldError("relation");
        assertThatProblem(ana.api().post(Properties.leadProperties(id(anasLead)), Json.createObjectBuilder()
                .add("relation", "OWNER_OF").build())).hasStatus(400).hasFieldError("propertyId");
        assertThatProblem(ana.api().delete(Properties.leadProperties(id(anasLead)) + "/" + listing))
                .hasStatus(400).hasFieldError("relation");

        // an admin may link Ben's lead to Ben's property; Ana, who sees neither, still cannot reach them
        Properties.as(admin()).link(id(bensLead), id(bensProperty), "OWNER_OF").expect(201);
        assertThat(ben.api().get(Properties.leadProperties(id(bensLead))).expect(200).body()).contains("OWNER_OF");
    }

    private static List<Long> reversed(List<Long> ids) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    private static synchronized MlsListings mls() {
        if (mls == null) {
            mls = MlsListings.newFeed();
        }
        return mls;
    }
}
