package org.realtycrm.property.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.property.entity.BoundingBox;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertySort;
import org.realtycrm.property.entity.PropertySource;
import org.realtycrm.property.entity.PropertyVisibility;
import org.realtycrm.property.entity.StandardStatus;

class PropertySearchTest {

    private static final String NOT_DELETED = "p.standard_status is distinct from 'Delete'";

    @Test
    void anAdminsEmptySearchHidesOnlyDeletedListingsNewestFirst() {
        PropertySearch search = PropertySearch.of(PropertyQuery.ANY, PropertyVisibility.all());

        assertThat(search.whereClause()).isEqualTo(NOT_DELETED);
        assertThat(search.parameters()).isEmpty();
        assertThat(search.pageIdsSql()).endsWith(
                "order by p.modification_timestamp desc nulls last, p.id desc limit :limit offset :offset");
    }

    @Test
    void anAgentSeesMlsListingsAndTheirOwnOffMlsProperties() {
        PropertySearch search = PropertySearch.of(PropertyQuery.ANY, PropertyVisibility.mlsAndOwn(42));

        assertThat(search.whereClause()).isEqualTo(NOT_DELETED
                + " and (p.source = 'MLS' or p.created_by_id = :viewer)");
        assertThat(search.parameters()).containsEntry("viewer", 42L);
    }

    @Test
    void everyFilterIsABoundParameterOnAnIndexedExpression() {
        PropertyQuery query = PropertyQuery.builder()
                .price(new BigDecimal("300000"), new BigDecimal("600000"))
                .minBeds(3).minBaths(2)
                .city("AUSTIN").postalCode("78704")
                .statuses(Set.of(StandardStatus.PENDING, StandardStatus.ACTIVE_UNDER_CONTRACT))
                .propertyType("Residential")
                .source(PropertySource.MLS)
                .build();

        PropertySearch search = PropertySearch.of(query, PropertyVisibility.all());

        assertThat(search.whereClause()).contains(
                "p.standard_status in (:statuses)", "p.list_price >= :minPrice", "p.list_price <= :maxPrice",
                "p.bedrooms_total >= :minBeds", "p.bathrooms_total_integer >= :minBaths", "lower(p.city) = :city",
                "p.postal_code = :postalCode", "lower(p.property_type) = :propertyType", "p.source = :source");
        assertThat(search.parameters())
                .containsEntry("statuses", List.of("Active Under Contract", "Pending"))
                .containsEntry("minPrice", new BigDecimal("300000"))
                .containsEntry("maxPrice", new BigDecimal("600000"))
                .containsEntry("minBeds", 3)
                .containsEntry("minBaths", 2)
                .containsEntry("city", "austin")
                .containsEntry("postalCode", "78704")
                .containsEntry("propertyType", "residential")
                .containsEntry("source", "MLS");
    }

    @Test
    void textMatchesTheAddressLiterallyOrTheRemarksAsFullText() {
        PropertySearch search = PropertySearch.of(PropertyQuery.builder().text("100%_Elm").build(),
                PropertyVisibility.all());

        assertThat(search.whereClause()).contains("(p.search_text like :pattern escape '\\' "
                + "or p.remarks_tsv @@ plainto_tsquery('english', :text))");
        assertThat(search.parameters())
                .containsEntry("pattern", "%100\\%\\_elm%")
                .containsEntry("text", "100%_Elm");
        assertThat(search.whereClause()).doesNotContain("Elm");
    }

    @Test
    void theMapBoxIsTwoNumericRangesThatTheColumnsStatisticsEstimate() {
        PropertySearch search = PropertySearch.of(PropertyQuery.builder()
                .box(new BoundingBox(30.2, -97.8, 30.3, -97.7)).build(), PropertyVisibility.all());

        // V13: btree (latitude, longitude); numeric parameters, or PostgreSQL casts the numeric columns and no index
        // answers
        assertThat(search.whereClause())
                .contains("p.latitude between :south and :north and p.longitude between :west and :east");
        assertThat(search.parameters()).containsEntry("west", new BigDecimal("-97.8"))
                .containsEntry("south", new BigDecimal("30.2")).containsEntry("east", new BigDecimal("-97.7"))
                .containsEntry("north", new BigDecimal("30.3"));
    }

    @Test
    void sortsPutListingsWithoutTheValueLastAndBreakTiesById() {
        assertThat(orderOf("listPrice")).isEqualTo("p.list_price asc nulls last, p.id asc");
        assertThat(orderOf("-listPrice")).isEqualTo("p.list_price desc nulls last, p.id desc");
        assertThat(orderOf("-bedroomsTotal")).isEqualTo("p.bedrooms_total desc nulls last, p.id desc");
        assertThat(orderOf("modificationTimestamp"))
                .isEqualTo("p.modification_timestamp asc nulls last, p.id asc");
    }

    @Test
    void theCountStopsAtItsLimitAndIgnoresTheOrder() {
        PropertySearch search = PropertySearch.of(PropertyQuery.builder().minBeds(2).build(),
                PropertyVisibility.all());

        assertThat(search.cappedCountSql()).isEqualTo("select count(*) from (select 1 from properties p where "
                + NOT_DELETED + " and p.bedrooms_total >= :minBeds limit :limit) matches");
    }

    private static String orderOf(String sort) {
        String sql = PropertySearch.of(PropertyQuery.builder().sort(PropertySort.parse(sort)).build(),
                PropertyVisibility.all()).pageIdsSql();
        return sql.substring(sql.indexOf(" order by ") + 10, sql.indexOf(" limit "));
    }
}
