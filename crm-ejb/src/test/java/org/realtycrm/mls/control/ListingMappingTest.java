package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.StandardStatus;

class ListingMappingTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-01T10:00:00Z");

    private static ListingRecord record(String json) {
        JsonObject raw = Json.createReader(new StringReader(json)).readObject();
        return new ListingRecord("K1", MODIFIED, Optional.empty(), raw, false, List.of());
    }

    @Test
    void aResoRecordIsReadUnderItsDataDictionaryNamesAndTypes() {
        MlsListing listing = ListingMapping.ddNames().listing(record("""
                {"ListingKey":"K1","StandardStatus":"Active Under Contract","ListPrice":425000.00,"BedroomsTotal":3,
                 "BathroomsTotalInteger":2,"LivingArea":1850.5,"YearBuilt":1998,"City":"Austin","PostalCode":"78701",
                 "CloseDate":null,"ListingContractDate":"2026-10-02","Latitude":30.26715,"Longitude":-97.74306,
                 "InternetEntireListingDisplayYN":true,"UnparsedAddress":"  12 Elm St ","MlgCanView":true}"""));

        assertThat(listing.fields().standardStatus()).isEqualTo(StandardStatus.ACTIVE_UNDER_CONTRACT);
        assertThat(listing.fields().listPrice()).isEqualByComparingTo("425000");
        assertThat(listing.fields().bedroomsTotal()).isEqualTo(3);
        assertThat(listing.fields().livingArea()).isEqualByComparingTo("1850.5");
        assertThat(listing.fields().listingContractDate()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(listing.fields().closeDate()).isNull();
        assertThat(listing.fields().latitude()).isEqualByComparingTo(new BigDecimal("30.26715"));
        assertThat(listing.fields().internetEntireListingDisplayYN()).isTrue();
        assertThat(listing.fields().unparsedAddress()).isEqualTo("12 Elm St");
        assertThat(listing.payload()).contains("\"MlgCanView\":true");
        assertThat(listing.modificationTimestamp()).isEqualTo(MODIFIED);
    }

    @Test
    void aRetsRowIsTextUnderTheMlsOwnNames() {
        ListingMapping rets = ListingMapping.of(Map.of("field.ListPrice", "LIST_22", "field.StandardStatus", "LIST_15",
                "field.BedroomsTotal", "LIST_66", "field.InternetEntireListingDisplayYN", "LIST_104"));

        MlsListing listing = rets.listing(record("""
                {"LIST_1":"K1","LIST_15":"Pending","LIST_22":"1,250,000","LIST_66":"4.0","LIST_104":"Y",
                 "City":"Round Rock","CloseDate":"2026-11-20T00:00:00Z","LIST_200":""}"""));

        assertThat(listing.fields().standardStatus()).isEqualTo(StandardStatus.PENDING);
        assertThat(listing.fields().listPrice()).isEqualByComparingTo("1250000");
        assertThat(listing.fields().bedroomsTotal()).isEqualTo(4);
        assertThat(listing.fields().internetEntireListingDisplayYN()).isTrue();
        assertThat(listing.fields().city()).isEqualTo("Round Rock");
        assertThat(listing.fields().closeDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aRetsStatusInTheMlsOwnWordsIsTheDataDictionaryStatusItsLookupNames() {
        ListingMapping rets = ListingMapping.of(Map.of("field.StandardStatus", "LIST_15",
                "lookup.StandardStatus.Sold", "Closed", "lookup.StandardStatus.Under Contract", "Active Under Contract"));

        assertThat(rets.listing(record("{\"LIST_15\":\"Sold\"}")).fields().standardStatus())
                .isEqualTo(StandardStatus.CLOSED);
        assertThat(rets.listing(record("{\"LIST_15\":\" Under Contract \"}")).fields().standardStatus())
                .isEqualTo(StandardStatus.ACTIVE_UNDER_CONTRACT);
        // a value the MLS spells as the Data Dictionary does needs no lookup
        assertThat(rets.listing(record("{\"LIST_15\":\"Pending\"}")).fields().standardStatus())
                .isEqualTo(StandardStatus.PENDING);
        assertThatThrownBy(() -> rets.listing(record("{\"LIST_15\":\"Temp Off Market\"}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("StandardStatus");
                            assertThat(error.message()).contains("'Temp Off Market'")
                                    .contains("lookup.StandardStatus.Temp Off Market");
                        }));
    }

    @Test
    void aResoFeedsStatusIsTheDataDictionarysOwnValue() {
        assertThatThrownBy(() -> ListingMapping.ddNames().listing(record("{\"StandardStatus\":\"Sold\"}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'Sold' is not a Data Dictionary");
    }

    @Test
    void everyWrongFieldIsNamedAndTheRecordRefused() {
        assertThatThrownBy(() -> ListingMapping.ddNames().listing(record("""
                {"StandardStatus":"Sold","ListPrice":"cheap","BedroomsTotal":2.5,"CloseDate":"yesterday",
                 "InternetEntireListingDisplayYN":"maybe"}""")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("StandardStatus", "ListPrice", "BedroomsTotal", "CloseDate",
                                "InternetEntireListingDisplayYN"));
    }

    @Test
    void aValueOfTheRightTypeTheDictionaryRefusesIsNamedToo() {
        assertThatThrownBy(() -> ListingMapping.ddNames().listing(record("""
                {"StandardStatus":"Active","ListPrice":-5}""")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listPrice");
        assertThatThrownBy(() -> ListingMapping.ddNames().listing(record("{\"City\":\"Austin\"}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("StandardStatus");
    }
}
