package org.realtycrm.mls.entity;

final class Feeds {

    private Feeds() {
    }

    static FeedSettings settings() {
        return new FeedSettings("Central Texas MLS", FeedKind.RESO_WEB_API, "https://api.mlsgrid.com/v2",
                "https://api.mlsgrid.com/oauth/token", "crm-client", "crm.mls.secret.ctx", 300, 2, 7200, 1000,
                "ListingKey, ListPrice ,StandardStatus,,ListPrice");
    }

    static Feed feed() {
        return new Feed(settings());
    }
}
