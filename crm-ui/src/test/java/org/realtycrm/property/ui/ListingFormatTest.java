package org.realtycrm.property.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.realtycrm.property.entity.StandardStatus;

class ListingFormatTest {

    @Test
    void pricesHaveCentsOnlyWhenTheyHaveThem() {
        assertThat(ListingFormat.money(new BigDecimal("525000.00"))).isEqualTo("$525,000");
        assertThat(ListingFormat.money(new BigDecimal("1999.50"))).isEqualTo("$1,999.50");
        assertThat(ListingFormat.money(null)).isEmpty();
    }

    @Test
    void statusesInTheDictionarysWordsAndDeleteIsNeverOffered() {
        assertThat(ListingFormat.status(StandardStatus.ACTIVE_UNDER_CONTRACT)).isEqualTo("Active Under Contract");
        assertThat(ListingFormat.STATUSES).doesNotContain(StandardStatus.DELETE).contains(StandardStatus.ACTIVE);
    }

    @Test
    void thePhotoEndpointTakesOnlyANumber() {
        assertThat(ListingFormat.thumbnailPath(42)).isEqualTo("/photos/42?thumbnail");
        assertThat(PhotoServlet.mediaId("/42")).isEqualTo(42L);
        assertThat(PhotoServlet.mediaId("/42/../7")).isNull();
        assertThat(PhotoServlet.mediaId(null)).isNull();
    }

    @Test
    void aChoiceTravelsAsIdAndLabel() {
        ChoiceConverter converter = new ChoiceConverter();
        Choice choice = new Choice(12, "Rosa Diaz | rosa@example.test");
        Choice back = converter.getAsObject(null, null, converter.getAsString(null, null, choice));
        assertThat(back.getId()).isEqualTo(12);
        assertThat(back.getLabel()).isEqualTo("Rosa Diaz | rosa@example.test");
    }
}
