package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.property.entity.Listings.activeAt;
import static org.realtycrm.property.entity.Listings.listed;
import static org.realtycrm.property.entity.Listings.version;

import org.junit.jupiter.api.Test;

class PropertyVisibilityTest {

    private static final long ANA = 7L;
    private static final long BEN = 8L;

    private final Property mls = listed();
    private final Property anasPocketListing = Property.offMls(activeAt("300000").build(), ANA).property();

    @Test
    void everyAgentSeesMlsListings() {
        assertThat(PropertyVisibility.mlsAndOwn(BEN).allows(mls)).isTrue();
        assertThat(PropertyVisibility.all().allows(mls)).isTrue();
    }

    @Test
    void anOffMlsPropertyIsSeenByItsCreatorAndAdminsOnly() {
        assertThat(PropertyVisibility.mlsAndOwn(ANA).allows(anasPocketListing)).isTrue();
        assertThat(PropertyVisibility.mlsAndOwn(BEN).allows(anasPocketListing)).isFalse();
        assertThat(PropertyVisibility.all().allows(anasPocketListing)).isTrue();
    }

    @Test
    void aDeletedListingIsSeenByNobody() {
        mls.applyMlsUpdate(version(Listings.T2, activeAt("450000").standardStatus(StandardStatus.DELETE).build()));

        assertThat(PropertyVisibility.all().allows(mls)).isFalse();
        assertThat(PropertyVisibility.mlsAndOwn(BEN).allows(mls)).isFalse();
    }
}
