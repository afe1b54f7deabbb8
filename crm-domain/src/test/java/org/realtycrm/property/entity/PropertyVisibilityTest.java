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

    @Test
    void thePublicSeesMlsListingsOnTheMarketOrSoldOnly() {
        PropertyVisibility visitor = PropertyVisibility.publicListings();
        assertThat(visitor.allows(mls)).isTrue();
        assertThat(visitor.allows(anasPocketListing)).isFalse();
        for (StandardStatus status : StandardStatus.values()) {
            Property listing = Property.listedOnMls(Listings.FEED,
                    version(Listings.T1, activeAt("450000").standardStatus(status).build())).property();
            boolean shown = switch (status) {
                case ACTIVE, ACTIVE_UNDER_CONTRACT, COMING_SOON, PENDING, CLOSED -> true;
                default -> false;
            };
            assertThat(visitor.allows(listing)).as(status.wireValue()).isEqualTo(shown);
        }
    }

    @Test
    void aListingItsFeedWithholdsFromInternetDisplayIsNotPublic() {
        Property withheld = Property.listedOnMls(Listings.FEED, version(Listings.T1,
                activeAt("450000").internetEntireListingDisplayYN(false).build())).property();
        Property allowed = Property.listedOnMls(Listings.FEED, version(Listings.T1,
                activeAt("450000").internetEntireListingDisplayYN(true).build())).property();

        assertThat(PropertyVisibility.publicListings().allows(withheld)).isFalse();
        assertThat(PropertyVisibility.publicListings().allows(allowed)).isTrue();
        assertThat(PropertyVisibility.mlsAndOwn(BEN).allows(withheld)).as("agents still see it").isTrue();
    }
}
