package org.realtycrm.property.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class KeysetTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aTokenCarriesTheLastRecordsOrderValueAndIdBackUnchanged() {
        OffsetDateTime time = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 123_000_000, ZoneOffset.UTC);
        ResoQuery byTime = query(Map.of("$orderby", "ModificationTimestamp desc"));
        assertThat(Keyset.parse(new Keyset(time, 42L).token(), ResoResource.PROPERTY, byTime.orderBy()))
                .isEqualTo(new Keyset(time, 42L));

        ResoQuery byPrice = query(Map.of("$orderby", "ListPrice"));
        assertThat(Keyset.parse(new Keyset(new BigDecimal("350000.50"), 7L).token(), ResoResource.PROPERTY,
                byPrice.orderBy())).isEqualTo(new Keyset(new BigDecimal("350000.50"), 7L));
        assertThat(Keyset.parse(new Keyset(null, 7L).token(), ResoResource.PROPERTY, byPrice.orderBy()))
                .as("a record without a price").isEqualTo(new Keyset(null, 7L));

        ResoQuery byStreet = query(Map.of("$orderby", "StreetName"));
        assertThat(Keyset.parse(new Keyset("O'Brien.\nx~", 9L).token(), ResoResource.PROPERTY,
                byStreet.orderBy())).isEqualTo(new Keyset("O'Brien.\nx~", 9L));
    }

    @Test
    void theNextPageStartsAfterTheRecordInTheReadersOrder() {
        assertCondition(Map.of(), new Keyset(null, 5L), "p.id > ?", 5L);
        assertCondition(Map.of("$orderby", "ListPrice"), new Keyset(new BigDecimal("10"), 5L),
                "(p.list_price, p.id) > (?, ?)", new BigDecimal("10"), 5L);
        assertCondition(Map.of("$orderby", "ListPrice desc"), new Keyset(new BigDecimal("10"), 5L),
                "((p.list_price, p.id) < (?, ?) or p.list_price is null)", new BigDecimal("10"), 5L);
        // nulls come first ascending: after a null, the other nulls further on, then every value
        assertCondition(Map.of("$orderby", "ListPrice"), new Keyset(null, 5L),
                "(p.list_price is not null or p.id > ?)", 5L);
        // and last descending: after a null, only the nulls further on
        assertCondition(Map.of("$orderby", "ListPrice desc"), new Keyset(null, 5L),
                "(p.list_price is null and p.id < ?)", 5L);
    }

    @Test
    void aTokenThisServiceDidNotMakeIsRefused() {
        List<ResoQuery.Order> byTime = query(Map.of("$orderby", "ModificationTimestamp")).orderBy();
        for (String forged : List.of("", "abc", "~.~", "x.y.z", "bm90LWEtZGF0ZQ.NDI", "MjAyNi0wMy0wMQ.bm90LWFuLWlk")) {
            assertThatThrownBy(() -> Keyset.parse(forged, ResoResource.PROPERTY, byTime)).as(forged)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("$skiptoken");
        }
        List<ResoQuery.Order> twoFields = query(Map.of("$orderby", "City,ListPrice")).orderBy();
        assertThatThrownBy(() -> Keyset.parse(new Keyset("Austin", 1L).token(), ResoResource.PROPERTY, twoFields))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ResoQuery.parse(ResoResource.PROPERTY, Map.of("$skiptoken", "%%%"), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aQueryFollowingAPageCarriesWhereItStarts() {
        String token = new Keyset(OffsetDateTime.parse("2026-03-01T12:00:00Z"), 3L).token();
        ResoQuery next = query(Map.of("$orderby", "ModificationTimestamp", "$skiptoken", token));
        assertThat(next.after()).isEqualTo(new Keyset(OffsetDateTime.parse("2026-03-01T12:00:00Z"), 3L));
        assertThat(Keyset.serves(next)).isTrue();
        assertThat(Keyset.serves(query(Map.of("$orderby", "City,ListPrice")))).isFalse();
    }

    private static void assertCondition(Map<String, String> options, Keyset after, String sql, Object... values) {
        List<Object> parameters = new ArrayList<>();
        assertThat(after.condition(query(options), parameters)).isEqualTo(sql);
        assertThat(parameters).containsExactly(values);
    }

    private static ResoQuery query(Map<String, String> options) {
        return ResoQuery.parse(ResoResource.PROPERTY, options, NOW);
    }
}
