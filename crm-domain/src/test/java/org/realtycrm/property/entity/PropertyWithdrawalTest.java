package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.property.entity.Listings.T1;
import static org.realtycrm.property.entity.Listings.T2;
import static org.realtycrm.property.entity.Listings.T3;
import static org.realtycrm.property.entity.Listings.activeAt;
import static org.realtycrm.property.entity.Listings.listed;
import static org.realtycrm.property.entity.Listings.version;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.RuleViolationException;

class PropertyWithdrawalTest {

    @Test
    void aDeletionRecordWithdrawsTheListingWithOneStatusRow() {
        Property property = listed();

        PropertyUpdate update = property.withdrawnByFeed(T2);

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(property.isWithdrawn()).isTrue();
        assertThat(property.getStandardStatus()).isEqualTo(StandardStatus.DELETE);
        assertThat(property.getModificationTimestamp()).isEqualTo(T2);
        assertThat(update.history()).singleElement().satisfies(change -> {
            assertThat(change.getOldStatus()).isEqualTo(StandardStatus.ACTIVE);
            assertThat(change.getNewStatus()).isEqualTo(StandardStatus.DELETE);
            assertThat(change.getModificationTimestamp()).isEqualTo(T2);
        });
        assertThat(property.getListPrice()).as("the last version's facts stay").isEqualByComparingTo("450000");
    }

    @Test
    void reconciliationWithdrawsWithoutAVersion() {
        Property property = listed();

        PropertyUpdate update = property.withdrawnByFeed(null);

        assertThat(update.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(property.getModificationTimestamp()).isEqualTo(T1);
        assertThat(update.history()).singleElement()
                .satisfies(change -> assertThat(change.getModificationTimestamp()).isNull());
    }

    @Test
    void anOlderDeletionOrASecondOneChangesNothing() {
        Property property = listed();
        property.applyMlsUpdate(version(T2, activeAt("440000").build()));

        assertThat(property.withdrawnByFeed(T1).outcome()).isEqualTo(UpdateOutcome.STALE);
        assertThat(property.isWithdrawn()).isFalse();

        property.withdrawnByFeed(T3);
        PropertyUpdate again = property.withdrawnByFeed(Instant.parse("2025-03-04T10:00:00Z"));
        assertThat(again.outcome()).isEqualTo(UpdateOutcome.ALREADY_CURRENT);
        assertThat(again.history()).isEmpty();
    }

    @Test
    void aNewerVersionBringsAWithdrawnListingBack() {
        Property property = listed();
        property.withdrawnByFeed(T2);

        PropertyUpdate back = property.applyMlsUpdate(version(T3, activeAt("450000").build()));

        assertThat(back.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(property.isWithdrawn()).isFalse();
        assertThat(back.history()).singleElement()
                .satisfies(change -> assertThat(change.getNewStatus()).isEqualTo(StandardStatus.ACTIVE));
    }

    @Test
    void aListingReconciliationWithdrewComesBackWhenTheFeedSendsItsSameVersionAgain() {
        Property property = listed();
        property.withdrawnByFeed(null);

        PropertyUpdate back = property.applyMlsUpdate(version(T1, activeAt("450000").build()));

        assertThat(back.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(property.isWithdrawn()).isFalse();
    }

    @Test
    void aFeedCannotWithdrawAnOffMlsProperty() {
        Property own = Property.offMls(activeAt("300000").build(), 5L).property();

        assertThatThrownBy(() -> own.withdrawnByFeed(T2)).isInstanceOf(RuleViolationException.class);
    }
}
