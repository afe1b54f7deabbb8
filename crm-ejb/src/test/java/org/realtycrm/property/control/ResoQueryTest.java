package org.realtycrm.property.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class ResoQueryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void withoutOptionsEveryFieldInKeyOrderTheFirstPage() {
        ResoQuery query = parse(ResoResource.PROPERTY, Map.of());

        assertThat(query.select()).isEqualTo(ResoResource.PROPERTY.fields());
        assertThat(query.filter()).isNull();
        assertThat(query.orderBy()).isEmpty();
        assertThat(query.top()).isNull();
        assertThat(query.skip()).isZero();
        assertThat(query.count()).isFalse();
        assertThat(query.expand()).isEmpty();
    }

    @Test
    void selectOrderTopSkipAndCountAreRead() {
        ResoQuery query = parse(ResoResource.PROPERTY, Map.of("$select", "ListPrice, ListingKey,ListPrice",
                "$orderby", "ModificationTimestamp desc, ListingKey", "$top", "5", "$skip", "10", "$count", "true"));

        assertThat(query.select()).extracting(ResoField::name).containsExactly("ListPrice", "ListingKey");
        assertThat(query.orderBy()).extracting(order -> order.field().name() + " " + order.descending())
                .containsExactly("ModificationTimestamp true", "ListingKey false");
        assertThat(query.top()).isEqualTo(5);
        assertThat(query.skip()).isEqualTo(10);
        assertThat(query.count()).isTrue();
    }

    @Test
    void mediaIsExpandedWithItsOwnOptions() {
        ResoQuery query = parse(ResoResource.PROPERTY, Map.of("$expand",
                "Media($select=MediaURL,Order;$orderby=Order desc;$top=3;$filter=MediaCategory eq 'Photo')"));

        ResoQuery.Expansion media = query.expand().get(0);
        assertThat(media.navigation()).isEqualTo("Media");
        assertThat(media.query().resource()).isEqualTo(ResoResource.MEDIA);
        assertThat(media.query().select()).extracting(ResoField::name).containsExactly("MediaURL", "Order");
        assertThat(media.query().top()).isEqualTo(3);
        assertThat(media.query().filter().parameters()).containsExactly("Photo");
        assertThat(parse(ResoResource.PROPERTY, Map.of("$expand", "Media")).expand().get(0).query().select())
                .isEqualTo(ResoResource.MEDIA.fields());
    }

    @Test
    void whatTheServiceCannotHonourIsRefusedNamingTheOption() {
        refused(ResoResource.PROPERTY, "$select", "ListPrice,Garage", "$select", "no field named 'Garage'");
        refused(ResoResource.PROPERTY, "$orderby", "ListPrice up", "$orderby", "not 'up'");
        refused(ResoResource.PROPERTY, "$orderby", "Nope desc", "$orderby", "no field named 'Nope'");
        refused(ResoResource.PROPERTY, "$top", "-1", "$top", "0 or more");
        refused(ResoResource.PROPERTY, "$skip", "1e3", "$skip", "whole number");
        refused(ResoResource.PROPERTY, "$count", "yes", "$count", "true or false");
        refused(ResoResource.PROPERTY, "$search", "pool", "$search", "not supported");
        refused(ResoResource.PROPERTY, "$apply", "groupby((City))", "$apply", "not supported");
        refused(ResoResource.PROPERTY, "$format", "xml", "$format", "only json");
        refused(ResoResource.PROPERTY, "$expand", "Rooms", "$expand", "no navigation property 'Rooms'");
        refused(ResoResource.PROPERTY, "$expand", "Media($levels=2)", "$expand", "not '$levels=2'");
        refused(ResoResource.PROPERTY, "$expand", "Media,Media", "$expand", "expanded twice");
        refused(ResoResource.PROPERTY, "$expand", "Media($top=1", "$expand", "unbalanced");
        refused(ResoResource.MEDIA, "$expand", "Media", "$expand", "Media has no navigation property");
    }

    @Test
    void customOptionsWithoutADollarAreIgnored() {
        assertThat(parse(ResoResource.OFFICE, Map.of("access_token", "x", "client", "tool")).select())
                .isEqualTo(ResoResource.OFFICE.fields());
    }

    private static ResoQuery parse(ResoResource resource, Map<String, String> options) {
        return ResoQuery.parse(resource, new LinkedHashMap<>(options), NOW);
    }

    private static void refused(ResoResource resource, String option, String value, String field, String message) {
        assertThatThrownBy(() -> parse(resource, Map.of(option, value)))
                .as(option + "=" + value)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo(field);
                    assertThat(e.errors().get(0).message()).contains(message);
                });
    }
}
