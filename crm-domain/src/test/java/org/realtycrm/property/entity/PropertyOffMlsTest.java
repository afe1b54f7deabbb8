package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.property.entity.Listings.activeAt;
import static org.realtycrm.property.entity.Listings.listed;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

class PropertyOffMlsTest {

    private static final long AGENT = 42L;

    @Test
    void anAgentsPropertyIsOffMlsEditableAndTheirs() {
        PropertyUpdate created = Property.offMls(activeAt("300000").build(), AGENT);

        Property property = created.property();
        assertThat(property.getSource()).isEqualTo(PropertySource.OFF_MLS);
        assertThat(property.isEditable()).isTrue();
        assertThat(property.getCreatedById()).isEqualTo(AGENT);
        assertThat(property.getFeedId()).isNull();
        assertThat(property.getListingKey()).isNull();
        assertThat(property.getPayload()).isNull();
        assertThat(created.history()).extracting(PriceStatusChange::getField)
                .containsExactlyInAnyOrder(HistoryField.LIST_PRICE, HistoryField.STANDARD_STATUS);
        assertThat(created.history()).allSatisfy(change -> assertThat(change.getModificationTimestamp()).isNull());
    }

    @Test
    void aLeadsOwnHomeNeedsNeitherPriceNorStatus() {
        PropertyUpdate created = Property.offMls(ListingFields.builder().unparsedAddress("4 Oak Lane").build(), AGENT);

        assertThat(created.history()).isEmpty();
        assertThat(created.property().getStandardStatus()).isNull();
    }

    @Test
    void editsRecordPriceAndStatusChanges() {
        Property property = Property.offMls(activeAt("300000").build(), AGENT).property();

        PropertyUpdate edit = property.editOffMls(activeAt("290000").standardStatus(StandardStatus.WITHDRAWN).build());

        assertThat(edit.outcome()).isEqualTo(UpdateOutcome.APPLIED);
        assertThat(edit.history()).hasSize(2);
        assertThat(property.getListPrice()).isEqualByComparingTo("290000");
        assertThat(property.getStandardStatus()).isEqualTo(StandardStatus.WITHDRAWN);
        assertThat(property.editOffMls(activeAt("290000").standardStatus(StandardStatus.WITHDRAWN).city("Round Rock")
                .build()).history()).isEmpty();
        assertThat(property.getCity()).isEqualTo("Round Rock");
    }

    @Test
    void anOffMlsPropertyNeedsAnAddress() {
        assertThatThrownBy(() -> Property.offMls(ListingFields.builder().city("Austin").build(), AGENT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("address");
        Property property = Property.offMls(activeAt("300000").build(), AGENT).property();

        assertThatThrownBy(() -> property.editOffMls(activeAt("1").unparsedAddress("  ").build()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(property.getListPrice()).isEqualByComparingTo("300000");
        assertThat(Property.offMls(ListingFields.builder().streetNumber("4").streetName("Oak").build(), AGENT)
                .property().getStreetName()).isEqualTo("Oak");
    }

    @Test
    void anMlsListingCannotBeEditedByHand() {
        Property property = listed();

        assertThatThrownBy(() -> property.editOffMls(activeAt("1").build()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("MLS");
        assertThat(property.getListPrice()).isEqualByComparingTo("450000");
    }
}
