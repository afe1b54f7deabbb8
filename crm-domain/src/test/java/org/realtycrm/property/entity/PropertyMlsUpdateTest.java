package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.realtycrm.property.entity.Listings.FEED;
import static org.realtycrm.property.entity.Listings.KEY;
import static org.realtycrm.property.entity.Listings.T1;
import static org.realtycrm.property.entity.Listings.T2;
import static org.realtycrm.property.entity.Listings.T3;
import static org.realtycrm.property.entity.Listings.activeAt;
import static org.realtycrm.property.entity.Listings.listed;
import static org.realtycrm.property.entity.Listings.version;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

class PropertyMlsUpdateTest {

    @Test
    void aNewListingIsAnMlsRecordWhoseHistoryStartsWithItsPriceAndStatus() {
        MlsListing listing = version(T1, activeAt("450000").build());

        PropertyUpdate update = Property.listedOnMls(FEED, listing);

        Property property = update.property();
        assertThat(update.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(property.getSource()).isEqualTo(PropertySource.MLS);
        assertThat(property.getFeedId()).isEqualTo(FEED);
        assertThat(property.getListingKey()).isEqualTo(KEY);
        assertThat(property.getModificationTimestamp()).isEqualTo(T1);
        assertThat(property.getPayload()).isEqualTo(listing.payload());
        assertThat(property.getCreatedById()).isNull();
        assertThat(property.isEditable()).isFalse();
        assertThat(property.toFields()).isEqualTo(listing.fields());
        assertThat(update.history())
                .extracting(PriceStatusChange::getField, PriceStatusChange::getOldPrice, PriceStatusChange::getNewPrice,
                        PriceStatusChange::getOldStatus, PriceStatusChange::getNewStatus,
                        PriceStatusChange::getModificationTimestamp)
                .containsExactlyInAnyOrder(
                        tuple(HistoryField.LIST_PRICE, null, new BigDecimal("450000.00"), null, null, T1),
                        tuple(HistoryField.STANDARD_STATUS, null, null, null, StandardStatus.ACTIVE, T1));
        assertThat(update.history()).allSatisfy(change -> assertThat(change.getProperty()).isSameAs(property));
    }

    @Test
    void aVersionFinerThanTheDatabaseKeepsIsTheSameVersionWhenSentAgain() {
        // PostgreSQL keeps microseconds; a provider's 100 ns must not make a record look newer than its stored copy
        MlsListing sent = version(Instant.parse("2025-03-01T10:00:00.1234567Z"), activeAt("450000").build());
        Property property = Property.listedOnMls(FEED, sent).property();

        assertThat(property.getModificationTimestamp()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123456Z"));
        assertThat(property.applyMlsUpdate(sent).outcome()).isEqualTo(UpdateOutcome.ALREADY_CURRENT);
    }

    @Test
    void aPriceChangeIsExactlyOneHistoryRow() {
        Property property = listed();

        PropertyUpdate update = property.applyMlsUpdate(version(T2, activeAt("439900").build()));

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(update.history()).singleElement().satisfies(change -> {
            assertThat(change.getField()).isEqualTo(HistoryField.LIST_PRICE);
            assertThat(change.getOldPrice()).isEqualByComparingTo("450000");
            assertThat(change.getNewPrice()).isEqualByComparingTo("439900");
            assertThat(change.getOldStatus()).isNull();
            assertThat(change.getNewStatus()).isNull();
            assertThat(change.getModificationTimestamp()).isEqualTo(T2);
        });
        assertThat(property.getListPrice()).isEqualByComparingTo("439900");
        assertThat(property.getModificationTimestamp()).isEqualTo(T2);
    }

    @Test
    void aStatusChangeIsExactlyOneHistoryRow() {
        Property property = listed();

        PropertyUpdate update = property.applyMlsUpdate(
                version(T2, activeAt("450000").standardStatus(StandardStatus.ACTIVE_UNDER_CONTRACT).build()));

        assertThat(update.history())
                .extracting(PriceStatusChange::getField, PriceStatusChange::getOldStatus, PriceStatusChange::getNewStatus)
                .containsExactly(tuple(HistoryField.STANDARD_STATUS, StandardStatus.ACTIVE,
                        StandardStatus.ACTIVE_UNDER_CONTRACT));
        assertThat(property.getStandardStatus()).isEqualTo(StandardStatus.ACTIVE_UNDER_CONTRACT);
    }

    @Test
    void aPriceAndStatusChangeTogetherAreTwoRows() {
        Property property = listed();

        PropertyUpdate update = property.applyMlsUpdate(
                version(T2, activeAt("455000").standardStatus(StandardStatus.PENDING).build()));

        assertThat(update.history()).extracting(PriceStatusChange::getField)
                .containsExactlyInAnyOrder(HistoryField.LIST_PRICE, HistoryField.STANDARD_STATUS);
    }

    @Test
    void otherChangesAndTheSamePriceWrittenDifferentlyMakeNoHistory() {
        Property property = listed();

        PropertyUpdate update = property.applyMlsUpdate(version(T2, activeAt("450000.0").bedroomsTotal(4)
                .publicRemarks("Now with a pool").build()));

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(update.history()).isEmpty();
        assertThat(property.getBedroomsTotal()).isEqualTo(4);
        assertThat(property.getPublicRemarks()).isEqualTo("Now with a pool");
    }

    @Test
    void aPriceWithdrawnIsAChangeToNoPrice() {
        Property property = listed();

        PropertyUpdate update = property.applyMlsUpdate(version(T2, activeAt("1").listPrice(null).build()));

        assertThat(update.history()).singleElement().satisfies(change -> {
            assertThat(change.getOldPrice()).isEqualByComparingTo("450000");
            assertThat(change.getNewPrice()).isNull();
        });
    }

    @Test
    void anOlderVersionIsRefusedAndChangesNothing() {
        Property property = listed();
        property.applyMlsUpdate(version(T3, activeAt("440000").build()));
        String payload = property.getPayload();

        PropertyUpdate update = property.applyMlsUpdate(
                version(T2, activeAt("999999").standardStatus(StandardStatus.CLOSED).build()));

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.STALE);
        assertThat(update.applied()).isFalse();
        assertThat(update.history()).isEmpty();
        assertThat(property.getListPrice()).isEqualByComparingTo("440000");
        assertThat(property.getStandardStatus()).isEqualTo(StandardStatus.ACTIVE);
        assertThat(property.getModificationTimestamp()).isEqualTo(T3);
        assertThat(property.getPayload()).isEqualTo(payload);
    }

    @Test
    void theSameVersionAgainIsIgnored() {
        Property property = listed();

        PropertyUpdate update = property.applyMlsUpdate(version(T1, activeAt("450000").build()));

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.ALREADY_CURRENT);
        assertThat(update.applied()).isFalse();
        assertThat(update.history()).isEmpty();
    }

    @Test
    void theSameVersionMappedToOtherValuesIsTakenAsTheMlsSaysNow() {
        Property property = listed();

        // e.g. read again after the feed's mapping of ListPrice was corrected
        PropertyUpdate update = property.applyMlsUpdate(version(T1, activeAt("455000").build()));

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(property.getListPrice()).isEqualByComparingTo("455000");
        assertThat(property.getModificationTimestamp()).isEqualTo(T1);
        assertThat(update.history()).singleElement()
                .satisfies(change -> assertThat(change.getModificationTimestamp()).isEqualTo(T1));
    }

    @Test
    void thePayloadIsReplacedWholeByTheNewerVersion() {
        Property property = listed();
        MlsListing next = new MlsListing(KEY, T2, null, activeAt("450000").build(),
                "{\"ListingKey\":\"" + KEY + "\",\"HorseYN\":true,\"WaterfrontFeatures\":[\"Lake\"]}");

        property.applyMlsUpdate(next);

        assertThat(property.getPayload()).isEqualTo(next.payload()).contains("\"HorseYN\":true");
    }

    @Test
    void photosAreMarkedForFetchingWhenPhotosChangeTimestampMovesForward() {
        Property property = Property.listedOnMls(FEED, version(T1, T1, activeAt("450000").build())).property();
        assertThat(property.isPhotosChanged()).as("a new listing with photos").isTrue();
        property.photosFetched(T1);
        assertThat(property.isPhotosChanged()).isFalse();

        property.applyMlsUpdate(version(T2, T1, activeAt("450000").build()));
        assertThat(property.isPhotosChanged()).as("same PhotosChangeTimestamp").isFalse();

        property.applyMlsUpdate(version(T3, T3, activeAt("450000").build()));
        assertThat(property.isPhotosChanged()).as("PhotosChangeTimestamp moved").isTrue();
        assertThat(property.getPhotosChangeTimestamp()).isEqualTo(T3);
    }

    @Test
    void aListingTriedGoesToTheBackOfThePhotoQueueUntilItsPhotosChangeAgain() {
        Property property = Property.listedOnMls(FEED, version(T1, T1, activeAt("450000").build())).property();
        assertThat(property.getPhotosTriedAt()).as("never tried: first in the queue").isNull();

        property.photosTried(T2);
        property.applyMlsUpdate(version(T2, T1, activeAt("440000").build()));
        assertThat(property.getPhotosTriedAt()).as("a price change moves no photo").isEqualTo(T2);

        property.applyMlsUpdate(version(T3, T3, activeAt("440000").build()));
        assertThat(property.getPhotosTriedAt()).as("new photos: to the front again").isNull();
    }

    @Test
    void photosFetchedBeforeTheyChangedAgainLeaveTheFlagSet() {
        Property property = Property.listedOnMls(FEED, version(T1, T1, activeAt("450000").build())).property();
        property.applyMlsUpdate(version(T2, T2, activeAt("450000").build()));

        property.photosFetched(T1);

        assertThat(property.isPhotosChanged()).isTrue();
    }

    @Test
    void aListingWithoutPhotosNeedsNoFetching() {
        assertThat(listed().isPhotosChanged()).isFalse();
    }

    @Test
    void anotherListingsVersionIsRefused() {
        Property property = listed();
        MlsListing other = new MlsListing("OTHER-KEY", T2, null, activeAt("1").build(), "{}");

        assertThatThrownBy(() -> property.applyMlsUpdate(other)).isInstanceOf(RuleViolationException.class);
        assertThat(property.getListPrice()).isEqualByComparingTo("450000");
    }

    @Test
    void aFeedCannotUpdateAnOffMlsProperty() {
        Property property = Property.offMls(activeAt("300000").build(), 42L).property();

        assertThatThrownBy(() -> property.applyMlsUpdate(version(T2, activeAt("1").build())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("off-MLS");
    }

    @Test
    void aListingNeedsItsKeyTimestampStatusAndJsonPayload() {
        ListingFields fields = activeAt("1").build();
        assertThatThrownBy(() -> new MlsListing(" ", T1, null, fields, "{}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MlsListing(KEY, null, null, fields, "{}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MlsListing(KEY, T1, null, fields.toBuilder().standardStatus(null).build(), "{}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MlsListing(KEY, T1, null, fields, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MlsListing(KEY, T1, null, fields, "[1]"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MlsListing("k".repeat(256), T1, null, fields, "{}"))
                .isInstanceOf(InvalidInputException.class);
    }
}
