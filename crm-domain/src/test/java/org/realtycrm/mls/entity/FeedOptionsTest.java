package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class FeedOptionsTest {

    private static FeedSettings feed(FeedKind kind, Map<String, String> options) {
        return new FeedSettings("MLS", kind, "https://mls.example.com", null, "user", "crm.mls.secret.mls", 300, 2, 7200, 100,
                null, options);
    }

    @Test
    void aRetsFeedNamesItsClassAndTheFieldsReplicationNeeds() {
        FeedSettings rets = feed(FeedKind.RETS, Map.of("class", "RE_1", "keyField", "LIST_1",
                "modificationField", "LIST_87", "field.ListPrice", "LIST_22", "serverZone", "America/Chicago",
                "photoType", " "));

        assertThat(rets.options()).containsExactly(Map.entry("class", "RE_1"),
                Map.entry("field.ListPrice", "LIST_22"), Map.entry("keyField", "LIST_1"),
                Map.entry("modificationField", "LIST_87"), Map.entry("serverZone", "America/Chicago"));
    }

    @Test
    void eachMissingOrWrongOptionIsNamed() {
        assertThatThrownBy(() -> feed(FeedKind.RETS, Map.of("keyField", "LIST 1", "serverZone", "Mars/Base",
                "field.listPrice", "LIST_22")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("options.keyField", "options.serverZone", "options.field.listPrice",
                                "options.class", "options.modificationField"));
    }

    @Test
    void aRetsFeedNamesTheSearchOfARosterWholeOrNotAtAll() {
        Map<String, String> listings = Map.of("class", "RE_1", "keyField", "LIST_1", "modificationField", "LIST_87");
        Map<String, String> withAgents = new HashMap<>(listings);
        withAgents.putAll(Map.of("memberClass", "Agent", "memberKeyField", "AGENT_ID",
                "memberModificationField", "AGENT_MODIFIED", "field.MemberFullName", "AGENT_NAME"));

        assertThat(feed(FeedKind.RETS, withAgents).options()).containsEntry("memberClass", "Agent")
                .containsEntry("field.MemberFullName", "AGENT_NAME");
        Map<String, String> halfOffice = new HashMap<>(listings);
        halfOffice.putAll(Map.of("officeClass", "Office", "officeKeyField", "OFFICE ID"));
        assertThatThrownBy(() -> feed(FeedKind.RETS, halfOffice))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("options.officeKeyField", "options.officeModificationField"));
    }

    @Test
    void aResoFeedMayNameItsRosterResources() {
        assertThat(feed(FeedKind.RESO_WEB_API, Map.of("memberResource", "Agents", "officeResource", "Offices"))
                .options()).hasSize(2);
        assertThatThrownBy(() -> feed(FeedKind.RESO_WEB_API, Map.of("memberClass", "Agent")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("options.memberClass");
    }

    @Test
    void aRetsStatusLookupNamesADataDictionaryStatus() {
        FeedSettings rets = feed(FeedKind.RETS, Map.of("class", "RE_1", "keyField", "LIST_1",
                "modificationField", "LIST_87", "lookup.StandardStatus.Sold", "Closed",
                "lookup.StandardStatus.Under Contract", "Active Under Contract", "pagesPerWindow", "4"));

        assertThat(rets.options()).containsEntry("lookup.StandardStatus.Sold", "Closed")
                .containsEntry("lookup.StandardStatus.Under Contract", "Active Under Contract")
                .containsEntry("pagesPerWindow", "4");
        assertThatThrownBy(() -> feed(FeedKind.RETS, Map.of("class", "RE_1", "keyField", "LIST_1",
                "modificationField", "LIST_87", "lookup.StandardStatus.Sold", "Sold", "lookup.StandardStatus. ", "Closed",
                "lookup.PropertyType.RES", "Residential", "pagesPerWindow", "0")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("options.lookup.StandardStatus.Sold",
                                "options.lookup.StandardStatus. ", "options.lookup.PropertyType.RES",
                                "options.pagesPerWindow"));
        assertThatThrownBy(() -> feed(FeedKind.RESO_WEB_API, Map.of("lookup.StandardStatus.Sold", "Closed")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not an option of a RESO_WEB_API feed");
    }

    @Test
    void aResoFeedTakesOnlyItsOwnOptions() {
        assertThat(feed(FeedKind.RESO_WEB_API, Map.of("expandMedia", "true",
                "filter", "OriginatingSystemName eq 'actris'")).options()).hasSize(2);
        assertThatThrownBy(() -> feed(FeedKind.RESO_WEB_API, Map.of("keyField", "LIST_1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("options.keyField");
        assertThatThrownBy(() -> feed(FeedKind.RESO_WEB_API, Map.of("expandMedia", "yes")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("true or false");
    }

    @Test
    void aFeedKeepsItsOptionsThroughAReconfiguration() {
        Feed feed = new Feed(feed(FeedKind.RESO_WEB_API, Map.of("resource", "Property")));
        feed.reconfigure(feed(FeedKind.RESO_WEB_API, Map.of("expandMedia", "true")));

        assertThat(feed.getOptions()).containsExactly(Map.entry("expandMedia", "true"));
        assertThat(feed.settings().options()).isEqualTo(feed.getOptions());
    }
}
